using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace FentanylHelp.Bot.Storage;

/// <summary><c>Storage</c>: which provider keeps conversation state, and how long the bot waits for it.</summary>
public sealed partial class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// How long one load or save may take. Past it the bot answers without the saved place (and says it may
    /// not remember) rather than keep a person waiting, possibly in a crisis.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How often idle conversations (older than <c>Conversation:Expiry</c>) are deleted.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    public SqliteStorageOptions Sqlite { get; set; } = new();

    public BlobStorageOptions Blob { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == StorageProvider.Sqlite && string.IsNullOrWhiteSpace(Sqlite.Path))
        {
            yield return new ValidationResult("Storage:Sqlite:Path is empty: name the SQLite file, or leave the key out for App_Data/conversations.db.");
        }

        if (Provider != StorageProvider.Blob)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Blob.ConnectionString) && Blob.AccountUrl is null)
        {
            yield return new ValidationResult("Storage:Provider is Blob: set Storage:Blob:ConnectionString, or Storage:Blob:AccountUrl (with a managed identity).");
        }

        if (Blob.AccountUrl is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
        {
            yield return new ValidationResult("Storage:Blob:AccountUrl must be an absolute https URL, e.g. https://account.blob.core.windows.net.");
        }

        if (!ContainerName().IsMatch(Blob.Container ?? string.Empty))
        {
            yield return new ValidationResult("Storage:Blob:Container must be 3 to 63 lower-case letters, digits or single hyphens, starting with a letter or digit.");
        }
    }

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9](?!.*--)[a-z0-9-]*[a-z0-9]$")]
    private static partial Regex ContainerName();
}

namespace FentanylHelp.Bot.Storage;

/// <summary>
/// <c>Storage:Blob</c>: a connection string (Azurite, development) or an account URL reached with the app's
/// managed identity (the identity needs the <c>Storage Blob Data Contributor</c> role on the account).
/// </summary>
public sealed class BlobStorageOptions
{
    public const string DefaultContainer = "conversation-state";

    public string? ConnectionString { get; set; }

    /// <summary>For example https://account.blob.core.windows.net; used when no connection string is set.</summary>
    public Uri? AccountUrl { get; set; }

    /// <summary>The client id of a user-assigned managed identity; empty means the system-assigned identity.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public string Container { get; set; } = DefaultContainer;
}

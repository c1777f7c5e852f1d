using System.Text.Json;
using System.Text.Json.Serialization;

namespace FentanylHelp.TeamsPackage;

/// <summary>
/// What the manifest template needs besides its fixed text: the bot's app id, the Teams app's own id, the
/// version, and the publishing organisation's name and web pages. Read from teamsAppManifest/package-settings.json,
/// then overridden by command-line options.
/// </summary>
internal sealed record PackageSettings
{
    public string BotAppId { get; init; } = string.Empty;

    /// <summary>The Teams app's id; the bot's app id when not given (one id for both is the common choice).</summary>
    public string? TeamsAppId { get; init; }

    public string Version { get; init; } = string.Empty;

    public string DeveloperName { get; init; } = string.Empty;

    public string WebsiteUrl { get; init; } = string.Empty;

    public string PrivacyUrl { get; init; } = string.Empty;

    public string TermsOfUseUrl { get; init; } = string.Empty;

    private static readonly JsonSerializerOptions FileOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    public static PackageSettings Load(string path) =>
        JsonSerializer.Deserialize<PackageSettings>(File.ReadAllText(path), FileOptions) ?? new PackageSettings();

    /// <summary>Every problem, each naming the setting and the option that sets it.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!Guid.TryParseExact(BotAppId, "D", out _))
        {
            problems.Add($"--app-id must be the bot's Microsoft App ID, a GUID such as 00000000-0000-0000-0000-000000000000 (got '{BotAppId}').");
        }

        if (TeamsAppId is not null && !Guid.TryParseExact(TeamsAppId, "D", out _))
        {
            problems.Add($"--teams-app-id must be a GUID (got '{TeamsAppId}').");
        }

        if (!IsSemanticVersion(Version))
        {
            problems.Add($"version (--version) must be MAJOR.MINOR.PATCH, such as 1.0.0 (got '{Version}').");
        }

        if (DeveloperName.Trim().Length is 0 or > 32)
        {
            problems.Add("developerName (--developer-name) must be 1 to 32 characters: the organisation that publishes the app.");
        }

        CheckUrl(problems, "websiteUrl", "--website-url", WebsiteUrl);
        CheckUrl(problems, "privacyUrl", "--privacy-url", PrivacyUrl);
        CheckUrl(problems, "termsOfUseUrl", "--terms-url", TermsOfUseUrl);
        return problems;
    }

    /// <summary>The manifest template's placeholders and their values.</summary>
    public IReadOnlyDictionary<string, string> Placeholders() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BOT_ID"] = BotAppId.ToLowerInvariant(),
        ["TEAMS_APP_ID"] = (TeamsAppId ?? BotAppId).ToLowerInvariant(),
        ["APP_VERSION"] = Version,
        ["DEVELOPER_NAME"] = DeveloperName.Trim(),
        ["WEBSITE_URL"] = WebsiteUrl,
        ["PRIVACY_URL"] = PrivacyUrl,
        ["TERMS_OF_USE_URL"] = TermsOfUseUrl,
    };

    private static void CheckUrl(List<string> problems, string name, string option, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || value.Length > 2048)
        {
            problems.Add($"{name} ({option}) must be an https:// address (got '{value}').");
        }
    }

    private static bool IsSemanticVersion(string version)
    {
        var parts = version.Split('.');
        return parts.Length == 3 && parts.All(part => part.Length is > 0 and < 10 && part.All(char.IsAsciiDigit));
    }
}

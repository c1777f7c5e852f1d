namespace FentanylHelp.Bot.WebPages;

/// <summary>The keys of dialogs/web.yaml; the words belong to the file.</summary>
public static class WebTextKeys
{
    public const string FileName = "web.yaml";

    public const string PageTitle = "page-title";
    public const string ProductName = "product-name";
    public const string AboutLine = "about-line";
    public const string EmergencyHeading = "emergency-heading";
    public const string EmergencyLinks = "emergency-links";
    public const string ChatLabel = "chat-label";
    public const string ChatLoading = "chat-loading";
    public const string ChatFailed = "chat-failed";
    public const string ChatEnded = "chat-ended";
    public const string ChatRestart = "chat-restart";
    public const string NoScript = "no-script";
    public const string FilesNotReceived = "files-not-received";

    /// <summary>The page's languages: every text needs each of them.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "es"];

    public static IReadOnlyList<string> Texts { get; } =
        [PageTitle, ProductName, AboutLine, EmergencyHeading, ChatLabel, ChatLoading, ChatFailed, ChatEnded, ChatRestart, NoScript, FilesNotReceived];
}

namespace FentanylHelp.Dialogs.Content;

/// <summary>Keys of strings.yaml that the engine itself asks for; the validator checks they exist.</summary>
public static class StringKeys
{
    public const string NotUnderstood = "not-understood";
    public const string NotUnderstoodAgain = "not-understood-again";
    public const string DidYouMean = "did-you-mean";
    public const string ResumeAfterEmergency = "resume-after-emergency";
    public const string ErrorApology = "error-apology";
    public const string BackAtStart = "back-at-start";
    public const string LanguageComingSoon = "language-coming-soon";
    public const string LanguageSwitched = "language-switched";
    public const string LanguageDetected = "language-detected";
    public const string SourcesNone = "sources-none";
    public const string SourcesTitle = "sources-title";
    public const string SourceLabel = "source-label";
    public const string ReviewedLabel = "reviewed-label";
    public const string ReportedLabel = "reported-label";
    public const string DateFormat = "date-format";

    /// <summary>Said once when conversation storage is down: the bot answers, but may not remember.</summary>
    public const string StateMayBeLost = "state-may-be-lost";

    public static readonly IReadOnlyList<string> All =
    [
        NotUnderstood, NotUnderstoodAgain, DidYouMean, ResumeAfterEmergency, ErrorApology, BackAtStart, LanguageComingSoon, LanguageSwitched, LanguageDetected,
        SourcesNone, SourcesTitle, SourceLabel, ReviewedLabel, ReportedLabel, DateFormat, StateMayBeLost,
    ];
}

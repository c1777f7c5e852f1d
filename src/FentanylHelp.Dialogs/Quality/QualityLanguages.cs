using FentanylHelp.Dialogs.Content;

namespace FentanylHelp.Dialogs.Quality;

/// <summary>The languages every text must have: the gates check both, whatever the content has today.</summary>
public static class QualityLanguages
{
    public const string English = LocalizedText.BaseLanguage;
    public const string Spanish = "es";

    public static readonly IReadOnlyList<string> All = [English, Spanish];

    public static string Other(string language) => language == English ? Spanish : English;

    /// <summary>The language's name for findings ("English", "Spanish").</summary>
    public static string Name(string language) => language switch
    {
        English => "English",
        Spanish => "Spanish",
        _ => language,
    };
}

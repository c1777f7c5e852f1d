using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;

namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// Tells English from Spanish by their small words (Lucene's stop word lists for each language), so a
/// Spanish message from a browser set to English still gets a Spanish answer. Words both languages share
/// ("a", "no", "se") count for neither; short messages with too few small words are left undecided.
/// </summary>
public static class LanguageGuesser
{
    private const int MinimumEvidence = 2;

    private static readonly HashSet<string> English = [.. EnglishAnalyzer.DefaultStopSet.Select(word => word.ToString()!)
        .Concat(["i", "my", "me", "you", "your", "what", "how", "where", "who", "why", "when", "does", "do", "can", "get", "from", "about", "is", "are", "he", "she", "we", "have", "has"])];

    private static readonly HashSet<string> Spanish = [.. SpanishAnalyzer.DefaultStopSet.Select(word => TextNormalizer.Normalize(word.ToString()))
        .Concat(["donde", "como", "que", "quien", "cual", "por", "puedo", "hay", "viene", "esta", "estoy", "tengo", "necesito"])];

    /// <summary>True when the (normalized) word is one of the language's small words: articles, pronouns, auxiliaries.</summary>
    public static bool IsSmallWord(string language, string word) =>
        (language == LocalizedText.BaseLanguage ? English : Spanish).Contains(word);

    /// <summary>"en", "es", or null when the message does not say clearly.</summary>
    public static string? Guess(string? text)
    {
        var words = TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var english = words.Count(word => English.Contains(word) && !Spanish.Contains(word));
        var spanish = words.Count(word => Spanish.Contains(word) && !English.Contains(word));
        return spanish >= MinimumEvidence && spanish > 2 * english ? "es"
            : english >= MinimumEvidence && english > 2 * spanish ? LocalizedText.BaseLanguage
            : null;
    }
}

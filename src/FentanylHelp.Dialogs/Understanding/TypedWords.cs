using FentanylHelp.Dialogs.Engine;
using Lucene.Net.Analysis;

namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// A typed message as the crisis matchers see it: one set of readings per word, in order. A word's readings are
/// the word itself and whatever the matcher lets it stand for (known words one typo away, stems it starts with).
/// </summary>
internal static class TypedWords
{
    public static HashSet<string>[] Read(string? text, Analyzer analyzer, Func<string, HashSet<string>> readings)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return [];
        }

        HashSet<string>[] words = [.. TextAnalyzers.Terms(analyzer, normalized).Select(readings)];

        // A letter held down ("tooo much", "cant feeel") is kept once by the normalizer; the word typed with it
        // twice ("too", "feel") is the other reading.
        var doubled = TextNormalizer.Normalize(text, keepDoubled: true);
        if (doubled != normalized)
        {
            var terms = TextAnalyzers.Terms(analyzer, doubled).ToArray();
            if (terms.Length == words.Length)
            {
                for (var i = 0; i < terms.Length; i++)
                {
                    words[i].UnionWith(readings(terms[i]));
                }
            }
        }

        return words;
    }
}

using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using Lucene.Net.Analysis;

namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// Finds words that signal an emergency happening now. A crisis phrase matches when its words appear in
/// order, with at most one extra word between them ("isnt even breathing"); words of six letters or more
/// may carry one typo ("breathng"), judged by Lucene's Levenshtein automata. Every language's phrases are
/// checked whatever the conversation's language, because a person in crisis may write in either.
/// </summary>
public sealed class CrisisDetector
{
    /// <summary>Words at least this long may carry one typo; shorter ones must be exact ("od", "die").</summary>
    private const int FuzzyMinLength = 6;

    /// <summary>Typos rarely hit the first two letters; requiring them exact keeps unrelated short words apart.</summary>
    private const int ExactPrefix = 2;

    /// <summary>Words that may stand between a phrase's words.</summary>
    private const int Slop = 1;

    private readonly Analyzer analyzer = TextAnalyzers.Plain();
    private readonly IReadOnlyList<(CrisisMatch Match, (string Language, string[] Terms)[] Phrases)> categories;
    private readonly FuzzyVocabulary vocabulary;

    /// <summary>Every phrase under its first word, numbered in crisis.yaml order so the first category still wins.</summary>
    private readonly Dictionary<string, List<(int Order, int Category, string Language, string[] Terms)>> byFirstWord = new(StringComparer.Ordinal);

    public CrisisDetector(IEnumerable<CrisisCategory> categories)
    {
        this.categories = [.. categories.Select(category => (
            new CrisisMatch(category.Name, category.ReplyNode),
            category.Phrases.All()
                .Select(entry => (entry.Language, Terms: TextAnalyzers.Terms(analyzer, TextNormalizer.Normalize(entry.Phrase)).ToArray()))
                .Where(phrase => phrase.Terms.Length > 0)
                .DistinctBy(phrase => string.Join(' ', phrase.Terms))
                .ToArray()))];
        var order = 0;
        for (var category = 0; category < this.categories.Count; category++)
        {
            foreach (var (language, terms) in this.categories[category].Phrases)
            {
                if (!byFirstWord.TryGetValue(terms[0], out var list))
                {
                    byFirstWord[terms[0]] = list = [];
                }

                list.Add((order++, category, language, terms));
            }
        }

        vocabulary = new FuzzyVocabulary(
            this.categories.SelectMany(category => category.Phrases).SelectMany(phrase => phrase.Terms),
            term => term.Length >= FuzzyMinLength ? 1 : 0,
            ExactPrefix);
    }

    /// <summary>The first category (in crisis.yaml order) with a phrase in the text, or null.</summary>
    public CrisisMatch? Detect(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        var words = TextAnalyzers.Terms(analyzer, normalized).Select(Readings).ToArray();

        // Only phrases whose first word is in the message can match: look those up instead of trying all.
        var candidates = words.SelectMany(readings => readings)
            .Distinct()
            .SelectMany(word => byFirstWord.GetValueOrDefault(word, []))
            .OrderBy(candidate => candidate.Order);
        foreach (var (_, category, language, terms) in candidates)
        {
            if (Contains(words, terms))
            {
                return categories[category].Match with { Language = language };
            }
        }

        return null;
    }

    /// <summary>What a typed word can stand for: itself, and every crisis word one typo away from it.</summary>
    private HashSet<string> Readings(string word) =>
        [word, .. vocabulary.Match(word).Select(match => match.Word)];

    /// <summary>True when the phrase's words appear in order, each at most <see cref="Slop"/> words after the previous one.</summary>
    private static bool Contains(HashSet<string>[] words, string[] phrase)
    {
        for (var start = 0; start <= words.Length - phrase.Length; start++)
        {
            if (!words[start].Contains(phrase[0]))
            {
                continue;
            }

            var position = start;
            var matched = 1;
            while (matched < phrase.Length)
            {
                var next = Array.FindIndex(words, position + 1, Math.Min(Slop + 1, words.Length - position - 1), reading => reading.Contains(phrase[matched]));
                if (next < 0)
                {
                    break;
                }

                position = next;
                matched++;
            }

            if (matched == phrase.Length)
            {
                return true;
            }
        }

        return false;
    }
}

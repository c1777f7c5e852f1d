using Lucene.Net.Util.Automaton;

namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// The words a matcher knows, and for a typed word the known words within a few typos of it. Each known
/// word's Levenshtein automaton (Lucene's, transpositions counted as one typo) is built the first time a
/// typed word of a similar shape needs it, then kept: a message costs a few automaton runs, not a build.
/// Candidates must share the first <c>prefixLength</c> letters, since typos rarely hit the start of a word.
/// </summary>
internal sealed class FuzzyVocabulary
{
    private readonly Dictionary<string, List<Entry>> byPrefix = new(StringComparer.Ordinal);
    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private readonly int prefixLength;

    /// <param name="allowedEdits">How many typos a known word may carry, by that word.</param>
    public FuzzyVocabulary(IEnumerable<string> knownWords, Func<string, int> allowedEdits, int prefixLength)
    {
        this.prefixLength = prefixLength;
        foreach (var word in knownWords.Where(word => word.Length > 0 && words.Add(word)))
        {
            var edits = allowedEdits(word);
            if (edits > 0 && word.Length > prefixLength)
            {
                var key = word[..prefixLength];
                if (!byPrefix.TryGetValue(key, out var bucket))
                {
                    byPrefix[key] = bucket = [];
                }

                bucket.Add(new Entry(word, edits));
            }
        }
    }

    /// <summary>Known words matching the typed word, with the typos each needs (0 for the word itself).</summary>
    public List<(string Word, int Edits)> Match(string typed)
    {
        var matches = new List<(string, int)>();
        if (words.Contains(typed))
        {
            matches.Add((typed, 0));
        }

        if (typed.Length <= prefixLength || !byPrefix.TryGetValue(typed[..prefixLength], out var bucket))
        {
            return matches;
        }

        foreach (var entry in bucket)
        {
            if (entry.Word != typed && Math.Abs(entry.Word.Length - typed.Length) <= entry.MaxEdits && entry.Edits(typed) is { } edits)
            {
                matches.Add((entry.Word, edits));
            }
        }

        return matches;
    }

    private sealed class Entry(string word, int maxEdits)
    {
        private CharacterRunAutomaton[]? automata;

        public string Word => word;

        public int MaxEdits => maxEdits;

        /// <summary>The fewest typos (1..MaxEdits) that turn this word into the typed one, or null.</summary>
        public int? Edits(string typed)
        {
            automata ??= [.. Enumerable.Range(1, maxEdits).Select(edits =>
                new CharacterRunAutomaton(new LevenshteinAutomata(word, withTranspositions: true).ToAutomaton(edits)))];
            for (var index = 0; index < automata.Length; index++)
            {
                if (automata[index].Run(typed))
                {
                    return index + 1;
                }
            }

            return null;
        }
    }
}

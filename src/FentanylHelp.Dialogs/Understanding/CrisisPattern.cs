using System.Text.RegularExpressions;
using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using Lucene.Net.Analysis;

namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// One crisis phrase, compiled: a row of slots, each a word or a word group ("{child}") whose members are
/// alternatives of one or more words. The slots must appear in order; between two slots stands at most one
/// extra word, or up to the category's window where the phrase writes "...". Groups are expanded here, at
/// load time, into alternatives per slot rather than into every combination, so "{child} ... {swallowed} ...
/// {substance}" stays one pattern instead of thousands of phrases. A phrase starting with "^" must begin at
/// the message's first word, and one ending with "$" must end at its last word: "^overdosing$" is the whole
/// message "overdosing", a cry for help, while the same word inside a question is not.
/// </summary>
internal sealed partial class CrisisPattern
{
    /// <summary>Words that may stand between a phrase's words when it does not write "...".</summary>
    public const int Slop = 1;

    private const string Wide = "...";

    private const string StartAnchor = "^";

    private const string EndAnchor = "$";

    /// <summary>Marks a stem: "desmay*" matches any word starting with "desmay".</summary>
    public const char StemMark = '*';

    /// <summary>Shorter stems would match too many unrelated words.</summary>
    public const int MinStemLength = 3;

    private readonly Slot[] slots;

    /// <summary>The first slot must match at the message's first word.</summary>
    private readonly bool fromStart;

    /// <summary>The last slot must end at the message's last word.</summary>
    private readonly bool toEnd;

    private CrisisPattern(string text, string language, Slot[] slots, bool fromStart, bool toEnd)
    {
        Text = text;
        Language = language;
        this.slots = slots;
        this.fromStart = fromStart;
        this.toEnd = toEnd;
    }

    public string Text { get; }

    public string Language { get; }

    /// <summary>Words a message must hold for this pattern to have a chance: the first word of each first-slot alternative.</summary>
    public IEnumerable<string> FirstWords => slots[0].Alternatives.Select(alternative => alternative[0]).Distinct();

    public IEnumerable<string> Terms => slots.SelectMany(slot => slot.Alternatives).SelectMany(alternative => alternative);

    /// <summary>
    /// Compiles a phrase; null when it has no words or names a group the language lacks (those names are
    /// added to <paramref name="unknownGroups"/> for the validator to report).
    /// </summary>
    /// <param name="slop">Extra words allowed between the phrase's words where it does not write "...".</param>
    public static CrisisPattern? Compile(string text, string language, CrisisLexicon lexicon, int window, Analyzer analyzer, ICollection<string>? unknownGroups = null, int slop = Slop)
    {
        var slots = new List<Slot>();
        var unknown = false;
        var body = text.Trim();
        var fromStart = body.StartsWith(StartAnchor, StringComparison.Ordinal);
        var toEnd = body.EndsWith(EndAnchor, StringComparison.Ordinal);
        body = body[(fromStart ? StartAnchor.Length : 0)..^(toEnd ? EndAnchor.Length : 0)];
        var segments = body.Split(Wide);
        for (var segment = 0; segment < segments.Length; segment++)
        {
            var gap = segment == 0 ? slop : window;
            foreach (var (literal, name) in Parts(segments[segment]))
            {
                if (name is null)
                {
                    foreach (var term in LiteralTerms(analyzer, literal))
                    {
                        slots.Add(new Slot([[term]], gap));
                        gap = slop;
                    }

                    continue;
                }

                if (lexicon.Members(language, name) is not { } members)
                {
                    unknownGroups?.Add(name);
                    unknown = true;
                    continue;
                }

                slots.Add(new Slot([.. members.Select(member => Analyze(analyzer, member)).Where(terms => terms.Length > 0).DistinctBy(terms => string.Join(' ', terms))], gap));
                gap = slop;
            }
        }

        return unknown || slots.Count == 0 || slots[0].Alternatives.Length == 0 ? null : new CrisisPattern(text, language, [.. slots], fromStart, toEnd);
    }

    /// <summary>True when the slots appear in order in the message, within their gaps.</summary>
    public bool IsIn(HashSet<string>[] words) => MatchSlot(words, 0, 0, fromStart ? 0 : words.Length - 1);

    private bool MatchSlot(HashSet<string>[] words, int slot, int from, int to)
    {
        if (slot == slots.Length)
        {
            return true;
        }

        // Look up the alternatives that start with a reading of each word, rather than trying every alternative
        // of a large group at every position.
        var last = Math.Min(to, words.Length - 1);
        var byFirstWord = slots[slot].ByFirstWord;
        for (var position = from; position <= last; position++)
        {
            foreach (var reading in words[position])
            {
                if (!byFirstWord.TryGetValue(reading, out var alternatives))
                {
                    continue;
                }

                foreach (var alternative in alternatives)
                {
                    if (MatchRest(words, slot, alternative, 1, position))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The remaining words of one alternative, each at most <see cref="Slop"/> words after the previous one, then the next slot.</summary>
    private bool MatchRest(HashSet<string>[] words, int slot, string[] alternative, int term, int position)
    {
        if (term == alternative.Length)
        {
            return slot + 1 == slots.Length
                ? !toEnd || position == words.Length - 1
                : MatchSlot(words, slot + 1, position + 1, position + 1 + slots[slot + 1].Gap);
        }

        var last = Math.Min(position + 1 + Slop, words.Length - 1);
        for (var next = position + 1; next <= last; next++)
        {
            if (words[next].Contains(alternative[term]) && MatchRest(words, slot, alternative, term + 1, next))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The literal text and the group references of a phrase, in order: (text, null) or ("", name).</summary>
    private static IEnumerable<(string Literal, string? Group)> Parts(string text)
    {
        var at = 0;
        foreach (Match reference in GroupReference().Matches(text))
        {
            yield return (text[at..reference.Index], null);
            yield return (string.Empty, reference.Groups["name"].Value.Trim());
            at = reference.Index + reference.Length;
        }

        yield return (text[at..], null);
    }

    /// <summary>
    /// The words of a literal part of a phrase. A word ending in "*" stands for every word that starts with it
    /// ("desmay*" for "desmayo", "desmayada", "desmayó"); it is kept as the stem with its star, and a matcher that
    /// allows stems gives typed words that reading (<see cref="IsStem"/>).
    /// </summary>
    private static IEnumerable<string> LiteralTerms(Analyzer analyzer, string literal)
    {
        foreach (var token in literal.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsStem(token) && TextNormalizer.Normalize(token[..^1]) is { Length: >= MinStemLength } stem && !stem.Contains(' ', StringComparison.Ordinal))
            {
                yield return stem + StemMark;
                continue;
            }

            foreach (var term in Analyze(analyzer, token))
            {
                yield return term;
            }
        }
    }

    /// <summary>True for a word written as a stem ("desmay*").</summary>
    public static bool IsStem(string term) => term.Length > 1 && term[^1] == StemMark;

    private static string[] Analyze(Analyzer analyzer, string text) => [.. TextAnalyzers.Terms(analyzer, TextNormalizer.Normalize(text))];

    [GeneratedRegex(@"\{(?<name>[^{}]*)\}")]
    private static partial Regex GroupReference();

    /// <summary>One position of a phrase: its alternatives (each one or more words) and the words allowed before it.</summary>
    private sealed record Slot(string[][] Alternatives, int Gap)
    {
        public Dictionary<string, string[][]> ByFirstWord { get; } = Alternatives
            .GroupBy(alternative => alternative[0], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
    }
}

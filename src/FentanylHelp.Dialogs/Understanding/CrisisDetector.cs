using FentanylHelp.Dialogs.Content;
using Lucene.Net.Analysis;

namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// Finds words that signal an emergency happening now. A crisis phrase matches when its words appear in
/// order, with at most one extra word between them ("isnt even breathing") or up to the category's window
/// where the phrase writes "..."; a phrase may name word groups ("{person} overdosing"). Words of six
/// letters or more may carry one typo ("breathng"), judged by Lucene's Levenshtein automata. Every
/// language's phrases are checked whatever the conversation's language, because a person in crisis may
/// write in either. A guarded category (overdose) does not fire for a story placed in the past or a joke,
/// unless the message also shows danger now; suicidal thoughts and poisonings are never guarded.
/// </summary>
public sealed class CrisisDetector
{
    /// <summary>Words at least this long may carry one typo; shorter ones must be exact ("od", "die").</summary>
    private const int FuzzyMinLength = 6;

    /// <summary>Typos rarely hit the first two letters; requiring them exact keeps unrelated short words apart.</summary>
    private const int ExactPrefix = 2;

    private readonly Analyzer analyzer = TextAnalyzers.Plain();
    private readonly CrisisCategory[] categories;
    private readonly CrisisMatch[] matches;
    private readonly CrisisPattern[] notNow;
    private readonly CrisisPattern[] now;
    private readonly FuzzyVocabulary vocabulary;

    private readonly List<UnknownGroup> unknownGroups = [];

    /// <summary>Every phrase under each word it can start with, numbered in crisis.yaml order so the first category still wins.</summary>
    private readonly Dictionary<string, List<Entry>> byFirstWord = new(StringComparer.Ordinal);

    public CrisisDetector(IEnumerable<CrisisCategory> categories, CrisisLexicon? lexicon = null)
    {
        lexicon ??= CrisisLexicon.None;
        this.categories = [.. categories];
        matches = [.. this.categories.Select(category => new CrisisMatch(category.Name, category.ReplyNode))];
        var patterns = new List<CrisisPattern>();
        var order = 0;
        for (var category = 0; category < this.categories.Length; category++)
        {
            var phrases = this.categories[category].Phrases.All().ToList();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var index = 0; index < phrases.Count; index++)
            {
                var (language, text) = phrases[index];
                var line = this.categories[category].LineOf(index);
                if (Compile(text, language, lexicon, this.categories[category].Window, line) is not { } pattern
                    || !seen.Add(language + ":" + text))
                {
                    continue;
                }

                patterns.Add(pattern);
                var entry = new Entry(order++, category, pattern, line);
                foreach (var word in pattern.FirstWords)
                {
                    var list = byFirstWord.GetOrCreate(word);
                    list.Add(entry);
                }
            }
        }

        notNow = [.. lexicon.Guards.NotNow.SelectMany(markers => CompileMarkers(markers, lexicon))];
        now = CompileMarkers(lexicon.Guards.Now, lexicon);

        // Guard markers are matched exactly: as known words they would lend typed words their readings, and
        // "overdosed" read as the marker "overdoses" would silence a real emergency.
        vocabulary = new FuzzyVocabulary(
            patterns.SelectMany(pattern => pattern.Terms),
            term => term.Length >= FuzzyMinLength ? 1 : 0,
            ExactPrefix);
    }

    /// <summary>Word groups that phrases or guard markers name but their language lacks; those phrases are left out (DLG013).</summary>
    public IReadOnlyList<UnknownGroup> UnknownGroups => unknownGroups;

    /// <summary>The first category (in crisis.yaml order) with a phrase in the text, or null.</summary>
    public CrisisMatch? Detect(string? text)
    {
        var words = Words(text);
        bool? guardHolds = null;
        foreach (var entry in Candidates(words))
        {
            if (categories[entry.Category].Guarded && (guardHolds ??= GuardHolds(words)))
            {
                continue;
            }

            return matches[entry.Category] with { Language = entry.Pattern.Language, Phrase = entry.Pattern.Text, Line = entry.Line };
        }

        return null;
    }

    /// <summary>The first phrase in the text, guards ignored, with the line it is written on: what would make content be taken for a crisis.</summary>
    public (string Phrase, SourceLocation Line)? FirstPhraseIn(string? text) =>
        Candidates(Words(text)).Select(entry => ((string, SourceLocation)?)(entry.Pattern.Text, entry.Line)).FirstOrDefault();

    private IEnumerable<Entry> Candidates(HashSet<string>[] words) =>

        // Only phrases that can start with a word of the message can match: look those up instead of trying all.
        words.SelectMany(readings => readings)
            .Distinct()
            .SelectMany(word => byFirstWord.GetValueOrDefault(word, []))
            .DistinctBy(entry => entry.Order)
            .OrderBy(entry => entry.Order)
            .Where(entry => entry.Pattern.IsIn(words));

    /// <summary>A story in the past, a worry about what may happen, or a joke, with no sign of danger now.</summary>
    private bool GuardHolds(HashSet<string>[] words) =>
        notNow.Any(marker => marker.IsIn(words)) && !now.Any(marker => marker.IsIn(words));

    private HashSet<string>[] Words(string? text) => TypedWords.Read(text, analyzer, Readings);

    /// <summary>What a typed word can stand for: itself, and every crisis word one typo away from it.</summary>
    private HashSet<string> Readings(string word) =>
        [word, .. vocabulary.Match(word).Select(match => match.Word)];

    private CrisisPattern[] CompileMarkers(LocalizedPhrases markers, CrisisLexicon lexicon) =>
        [.. markers.All()
            .Select(marker => Compile(marker.Phrase, marker.Language, lexicon, CrisisLexicon.DefaultWindow, lexicon.Guards.Location))
            .OfType<CrisisPattern>()];

    private CrisisPattern? Compile(string text, string language, CrisisLexicon lexicon, int window, SourceLocation line)
    {
        var unknown = new List<string>();
        var pattern = CrisisPattern.Compile(text, language, lexicon, window, analyzer, unknown);
        unknownGroups.AddRange(unknown.Select(name => new UnknownGroup(text, language, name, line)));
        return pattern;
    }

    /// <summary>A phrase naming a word group its language does not have.</summary>
    public sealed record UnknownGroup(string Phrase, string Language, string Group, SourceLocation Line);

    private sealed record Entry(int Order, int Category, CrisisPattern Pattern, SourceLocation Line);
}

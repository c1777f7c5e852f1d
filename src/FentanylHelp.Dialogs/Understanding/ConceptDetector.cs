using FentanylHelp.Dialogs.Content;
using Lucene.Net.Analysis;

namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// Finds the concepts of dialogs/crisis-concepts.yaml in a message: who (a friend, a child, a pet, the writer), a
/// sign (not breathing, won't wake), a substance or means, intent, time. A concept's words are matched like crisis
/// phrases (in order, one extra word allowed between them, one typo in words of six letters or more) and may be
/// stems ("desmay*"). Every language's words are looked for in every message, since people mix them. The words of
/// the concepts named exact (the calming ones) take no typo and no extra word between their words: a misspelt or
/// stretched phrase must never silence a sign, as "carro" read as "carrot" and "on the coffee table" as "on coffee"
/// once did.
/// </summary>
public sealed class ConceptDetector
{
    private const int FuzzyMinLength = 6;
    private const int ExactPrefix = 2;
    private const int MinPluralLength = 4;

    private readonly Analyzer analyzer = TextAnalyzers.Plain();
    private readonly Dictionary<string, List<Entry>> byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> stemsByStart = new(StringComparer.Ordinal);
    private readonly FuzzyVocabulary vocabulary;

    public ConceptDetector(IEnumerable<CrisisConcept> concepts, IReadOnlySet<string>? exact = null)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var exactTerms = new HashSet<string>(StringComparer.Ordinal);
        var order = 0;
        foreach (var concept in concepts)
        {
            var phrases = concept.Phrases.All().ToList();
            var exactConcept = exact?.Contains(concept.Name) == true;
            var slop = exactConcept ? 0 : CrisisPattern.Slop;
            for (var index = 0; index < phrases.Count; index++)
            {
                var (language, text) = phrases[index];
                if (CrisisPattern.Compile(text, language, CrisisLexicon.None, CrisisLexicon.DefaultWindow, analyzer, slop: slop) is not { } pattern)
                {
                    continue;
                }

                var line = index < concept.PhraseLines.Count ? concept.PhraseLines[index] : concept.Location;
                var entry = new Entry(order++, new ConceptHit(concept.Name, text, language, line), pattern);
                foreach (var word in pattern.FirstWords)
                {
                    var list = byFirstWord.GetOrCreate(word);
                    list.Add(entry);
                }

                (exactConcept ? exactTerms : terms).UnionWith(pattern.Terms);
            }
        }

        foreach (var stem in terms.Concat(exactTerms).Where(CrisisPattern.IsStem).Select(term => term[..^1]).Distinct(StringComparer.Ordinal))
        {
            var start = stem[..CrisisPattern.MinStemLength];
            var list = stemsByStart.GetOrCreate(start);
            list.Add(stem);
        }

        vocabulary = new FuzzyVocabulary(
            terms.Where(term => !CrisisPattern.IsStem(term)),
            term => term.Length >= FuzzyMinLength ? 1 : 0,
            ExactPrefix);
    }

    /// <summary>Each concept found in the text, once, with the first of its phrases that matched.</summary>
    public IReadOnlyList<ConceptHit> Find(string? text)
    {
        var words = TypedWords.Read(text, analyzer, Readings);
        var found = new List<ConceptHit>();
        var candidates = words.SelectMany(readings => readings)
            .Distinct()
            .SelectMany(word => byFirstWord.GetValueOrDefault(word, []))
            .DistinctBy(entry => entry.Order)
            .OrderBy(entry => entry.Order);
        foreach (var entry in candidates)
        {
            if (!found.Exists(hit => hit.Concept == entry.Hit.Concept) && entry.Pattern.IsIn(words))
            {
                found.Add(entry.Hit);
            }
        }

        return found;
    }

    /// <summary>What a typed word can stand for: itself, itself without a final "s", known words one typo away, and the stems it starts with.</summary>
    private HashSet<string> Readings(string word)
    {
        var known = vocabulary.Match(word);
        HashSet<string> readings = [word, .. known.Select(match => match.Word)];

        // A possessive loses its apostrophe ("baby's" is "babys") and a plural adds an "s": both read as the word,
        // unless the word is a concept word itself ("blues" the pills is not "blue").
        if (word.Length >= MinPluralLength && word[^1] == 's' && !known.Exists(match => match.Edits == 0))
        {
            readings.Add(word[..^1]);
        }

        if (word.Length >= CrisisPattern.MinStemLength && stemsByStart.TryGetValue(word[..CrisisPattern.MinStemLength], out var stems))
        {
            foreach (var stem in stems.Where(stem => word.StartsWith(stem, StringComparison.Ordinal)))
            {
                readings.Add(stem + CrisisPattern.StemMark);
            }
        }

        return readings;
    }

    private sealed record Entry(int Order, ConceptHit Hit, CrisisPattern Pattern);
}

/// <summary>A concept found in a message, with the phrase of dialogs/crisis-concepts.yaml that showed it (never the typed words).</summary>
public sealed record ConceptHit(string Concept, string Phrase, string Language, SourceLocation Line);

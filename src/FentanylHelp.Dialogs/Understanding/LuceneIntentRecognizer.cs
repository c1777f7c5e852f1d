using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util.Automaton;

namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// Understanding free text with Lucene: every training phrase (a node's ask phrases, and the labels of
/// buttons that lead to it) is a document in an in-memory index, analyzed per language; a message becomes
/// a query of fuzzy terms (typos allowed by word length) against both languages' fields. Candidates are
/// the nodes whose best phrase scores highest once weighted by how much of that phrase the message
/// covers (a phrase found whole beats one found in part); the coverage itself is what the engine's
/// thresholds are set on.
/// </summary>
public sealed class LuceneIntentRecognizer : IIntentRecognizer, IDisposable
{
    private const string NodeField = "node";
    private const string OrdinalField = "ordinal";
    private const int CandidateDocuments = 30;
    private const float LabelWeight = 0.8f;
    private static readonly string[] Languages = [LocalizedText.BaseLanguage, "es"];

    private readonly Dictionary<string, Analyzer> analyzers = Languages.ToDictionary(language => language, TextAnalyzers.For);
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly List<(string Language, string[] Terms)> documents = [];

    public LuceneIntentRecognizer(IEnumerable<DialogNode> nodes)
    {
        var config = new IndexWriterConfig(TextAnalyzers.Version, TextAnalyzers.Plain()) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var phrase in TrainingPhrases(nodes.ToList()))
            {
                var terms = TextAnalyzers.Terms(analyzers[phrase.Language], TextNormalizer.Normalize(phrase.Text)).ToArray();
                if (terms.Length < phrase.MinimumTerms)
                {
                    continue;
                }

                var text = new TextField(phrase.Language, string.Join(' ', terms), Field.Store.NO) { Boost = phrase.Weight };
                writer.AddDocument([new StringField(NodeField, phrase.Node, Field.Store.YES), new StoredField(OrdinalField, documents.Count), text]);
                documents.Add((phrase.Language, terms));
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
    }

    public IReadOnlyList<Intent> Recognize(string text, string language)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return [];
        }

        var query = new BooleanQuery();
        var messageTerms = new Dictionary<string, List<(string Term, CharacterRunAutomaton Reading)>>(StringComparer.Ordinal);
        foreach (var field in Languages)
        {
            var terms = TextAnalyzers.Terms(analyzers[field], normalized).Distinct().ToList();
            messageTerms[field] = [.. terms.Select(term => (term, Reading(term)))];
            foreach (var term in terms)
            {
                query.Add(TermQuery(field, term), Occur.SHOULD);
            }
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var hits = new List<(string Node, double Score, double Coverage)>();
        foreach (var hit in searcher.Search(query, CandidateDocuments).ScoreDocs)
        {
            var document = searcher.Doc(hit.Doc);
            var phrase = documents[document.GetField(OrdinalField).GetInt32Value()!.Value];
            var coverage = Coverage(phrase.Terms, messageTerms[phrase.Language]);
            hits.Add((document.Get(NodeField, System.Globalization.CultureInfo.InvariantCulture), hit.Score * coverage * coverage, coverage));
        }

        return [.. hits
            .GroupBy(hit => hit.Node)
            .Select(group => group.MaxBy(hit => hit.Score))
            .Select(hit => new Intent(hit.Node, hit.Score, hit.Coverage))
            .OrderByDescending(intent => intent.Score)];
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        foreach (var analyzer in analyzers.Values)
        {
            analyzer.Dispose();
        }
    }

    /// <summary>Typos allowed grow with word length: none up to 3 letters, one up to 7, two beyond.</summary>
    private static int AllowedEdits(string term) => term.Length switch
    {
        <= 3 => 0,
        <= 7 => 1,
        _ => 2,
    };

    private static Query TermQuery(string field, string term) =>
        AllowedEdits(term) == 0
            ? new TermQuery(new Term(field, term))
            : new FuzzyQuery(new Term(field, term), AllowedEdits(term), prefixLength: 1);

    private static CharacterRunAutomaton Reading(string term) =>
        new(new LevenshteinAutomata(term, withTranspositions: true).ToAutomaton(AllowedEdits(term)));

    /// <summary>
    /// How well a phrase and a message fit each other: the harmonic mean of the share of the phrase's words
    /// found in the message and the share of the message's words found in the phrase (typos allowed). A short
    /// phrase inside a long, different message, or a message that only touches a long phrase, scores low.
    /// </summary>
    private static double Coverage(string[] phraseTerms, List<(string Term, CharacterRunAutomaton Reading)> messageTerms)
    {
        if (messageTerms.Count == 0)
        {
            return 0;
        }

        var phraseShare = (double)phraseTerms.Count(term => messageTerms.Any(word => word.Reading.Run(term))) / phraseTerms.Length;
        var messageShare = (double)messageTerms.Count(word => phraseTerms.Any(word.Reading.Run)) / messageTerms.Count;
        return phraseShare + messageShare == 0 ? 0 : 2 * phraseShare * messageShare / (phraseShare + messageShare);
    }

    /// <summary>
    /// Ask phrases count fully. A button label that leads to a node counts a little less, unless it is
    /// generic: the same words lead to different nodes, stand on many buttons ("Done", "More help"), or come
    /// down to a single word ("What about China?" would claim every message naming China).
    /// </summary>
    private static IEnumerable<TrainingPhrase> TrainingPhrases(List<DialogNode> nodes)
    {
        var labels = nodes
            .SelectMany(node => node.Choices)
            .Where(choice => choice.Action is ChoiceAction.Goto or ChoiceAction.Call && choice.Target is not null)
            .SelectMany(choice => choice.Label.ByLanguage.Select(label => (Language: label.Key, Text: label.Value, Node: choice.Target!)))
            .GroupBy(label => (label.Language, Text: TextNormalizer.Normalize(label.Text)))
            .Where(group => group.Count() <= 2 && group.Select(label => label.Node).Distinct().Count() == 1)
            .Select(group => group.First());
        foreach (var (language, text, node) in labels)
        {
            yield return new TrainingPhrase(node, language, text, LabelWeight, MinimumTerms: 2);
        }

        foreach (var node in nodes)
        {
            foreach (var (language, phrase) in node.Ask.All())
            {
                yield return new TrainingPhrase(node.Id, language, phrase, 1.0f, MinimumTerms: 1);
            }
        }
    }
}

using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// Understanding free text with Lucene: every training phrase (a node's ask phrases, and the labels of
/// buttons that lead to it) is a document in an in-memory index, analyzed per language and indexed by its
/// words' Snowball stems; a message becomes a query of the stems each typed word may stand for (the written
/// words it matches, typos allowed by word length, or another form of a known word) against both
/// languages' fields. Candidates are
/// the nodes whose best phrase scores highest once weighted by how much of that phrase the message
/// covers (a phrase found whole beats one found in part) and by how well all of the node's phrases taken
/// together match (a second index, one document per node and language); the coverage itself is what the
/// engine's thresholds are set on.
/// </summary>
public sealed class LuceneIntentRecognizer : IIntentRecognizer, IDisposable
{
    private const int CandidateDocuments = 30;
    private const float LabelWeight = 0.8f;

    /// <summary>
    /// How much a message's words found anywhere in a node's phrases count, against words found in the one
    /// best phrase: a long message ("my 19 year old son seems to be taking those blue pills, he sleeps all
    /// day, what do I do") is told in words that no single phrase holds together, but that one node's phrases
    /// do; a little less than 1, since words spread over several phrases may not mean what they mean together.
    /// </summary>
    private const double NodeWordsWeight = 0.85;

    /// <summary>How much a typed word counts when it needed 0, 1 or 2 typos to match.</summary>
    private static readonly float[] TypoWeights = [1f, 0.7f, 0.5f];
    private static readonly string[] Languages = [LocalizedText.BaseLanguage, "es"];

    private readonly Dictionary<string, Analyzer> analyzers = Languages.ToDictionary(language => language, TextAnalyzers.For);
    private readonly Dictionary<string, Func<string, string>> stemmers = Languages.ToDictionary(language => language, TextAnalyzers.Stemmer);
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    /// <summary>The indexed phrases (their words' stems) by Lucene document number (one segment, written once, so numbers follow the order added).</summary>
    private readonly List<(string Node, string Subject, string Language, string[] Terms)> documents = [];

    /// <summary>The words the phrases are written with, per language: typed words are matched against these, typos allowed.</summary>
    private readonly Dictionary<string, FuzzyVocabulary> vocabularies;

    /// <summary>The stem of every written word, per language.</summary>
    private readonly Dictionary<string, Dictionary<string, string>> writtenStems;

    /// <summary>The stems in the index, per language: a typed word in a form no phrase uses still counts when its stem is known.</summary>
    private readonly Dictionary<string, HashSet<string>> stemVocabularies;
    private readonly RAMDirectory nodeDirectory = new();
    private readonly DirectoryReader nodeReader;
    private readonly IndexSearcher nodeSearcher;
    /// <summary>The node of each document in the node index (all of a node's phrases on one subject in one language as one text).</summary>
    private readonly List<string> nodeDocuments = [];
    /// <summary>Every stem of each node's phrases (each off-topic subject's), per language.</summary>
    private readonly Dictionary<(string Subject, string Language), HashSet<string>> nodeWords = [];

    /// <param name="offTopic">Everyday requests about something else, by subject; they compete as <see cref="Intent.OffTopic"/>.</param>
    public LuceneIntentRecognizer(IEnumerable<DialogNode> nodes, IEnumerable<LocalizedPhrases>? offTopic = null)
    {
        var config = new IndexWriterConfig(TextAnalyzers.Version, TextAnalyzers.Plain()) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
        var words = Languages.ToDictionary(language => language, _ => new List<string>());
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var phrase in TrainingPhrases(nodes.ToList(), offTopic ?? []))
            {
                var written = TextAnalyzers.Terms(analyzers[phrase.Language], TextNormalizer.Normalize(phrase.Text));
                if (written.Count < phrase.MinimumTerms)
                {
                    continue;
                }

                var terms = written.Select(stemmers[phrase.Language]).ToArray();
                var text = new TextField(phrase.Language, string.Join(' ', terms), Field.Store.NO) { Boost = phrase.Weight };
                writer.AddDocument([text]);
                documents.Add((phrase.Node, phrase.Subject, phrase.Language, terms));
                words[phrase.Language].AddRange(written);
            }

            writer.Commit();
        }

        vocabularies = Languages.ToDictionary(language => language, language => new FuzzyVocabulary(words[language], AllowedEdits, prefixLength: 1));
        writtenStems = Languages.ToDictionary(
            language => language,
            language => words[language].Distinct(StringComparer.Ordinal).ToDictionary(word => word, stemmers[language], StringComparer.Ordinal));
        stemVocabularies = Languages.ToDictionary(
            language => language,
            language => documents.Where(document => document.Language == language).SelectMany(document => document.Terms).ToHashSet(StringComparer.Ordinal));
        reader = DirectoryReader.Open(directory);
        if (reader.Leaves.Count > 1 || reader.MaxDoc != documents.Count)
        {
            throw new InvalidOperationException("The phrase index must be a single segment in the order written.");
        }

        searcher = new IndexSearcher(reader) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };

        var nodeConfig = new IndexWriterConfig(TextAnalyzers.Version, TextAnalyzers.Plain()) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
        using (var writer = new IndexWriter(nodeDirectory, nodeConfig))
        {
            foreach (var group in documents.GroupBy(document => (document.Node, document.Subject, document.Language)))
            {
                var terms = group.SelectMany(document => document.Terms).ToList();
                writer.AddDocument([new TextField(group.Key.Language, string.Join(' ', terms), Field.Store.NO)]);
                nodeDocuments.Add(group.Key.Node);
                nodeWords[(group.Key.Subject, group.Key.Language)] = terms.ToHashSet(StringComparer.Ordinal);
            }

            writer.Commit();
        }

        nodeReader = DirectoryReader.Open(nodeDirectory);
        nodeSearcher = new IndexSearcher(nodeReader) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
    }

    public IReadOnlyList<Intent> Recognize(string text, string language)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return [];
        }

        var query = new BooleanQuery();
        var messageTerms = new Dictionary<string, List<HashSet<string>>>(StringComparer.Ordinal);
        foreach (var field in Languages)
        {
            messageTerms[field] = [];
            foreach (var term in TextAnalyzers.Terms(analyzers[field], normalized).Distinct())
            {
                var matches = Readings(term, field);
                messageTerms[field].Add([.. matches.Keys]);
                if (matches.Count == 0)
                {
                    continue;
                }

                // One clause per typed word: its best reading counts, several near-spellings don't add up.
                var readings = new DisjunctionMaxQuery(0f);
                foreach (var (stem, edits) in matches)
                {
                    readings.Add(new TermQuery(new Term(field, stem)) { Boost = TypoWeights[edits] });
                }

                query.Add(readings, Occur.SHOULD);
            }
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var hits = new List<(string Node, double Score, double Coverage)>();
        foreach (var hit in searcher.Search(query, CandidateDocuments).ScoreDocs)
        {
            var phrase = documents[hit.Doc];
            var coverage = Coverage(phrase.Terms, messageTerms[phrase.Language], nodeWords[(phrase.Subject, phrase.Language)]);
            hits.Add((phrase.Node, hit.Score * coverage * coverage, coverage));
        }

        var nodeScores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var hit in nodeSearcher.Search(query, nodeDocuments.Count).ScoreDocs)
        {
            var node = nodeDocuments[hit.Doc];
            nodeScores[node] = Math.Max(nodeScores.GetValueOrDefault(node), hit.Score);
        }

        // A phrase's fit is weighed by how much the node's phrases together are about the message's words, so
        // one phrase sharing a stray word ("llega a Estados Unidos") loses to the node all of whose phrases
        // speak of what was asked.
        var bestNodeScore = nodeScores.Count == 0 ? 1 : nodeScores.Values.Max();
        return [.. hits
            .GroupBy(hit => hit.Node)
            .Select(group => group.MaxBy(hit => hit.Score))
            .Select(hit => new Intent(hit.Node, hit.Score * nodeScores.GetValueOrDefault(hit.Node) / bestNodeScore, hit.Coverage))
            .OrderByDescending(intent => intent.Score)];
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        nodeReader.Dispose();
        nodeDirectory.Dispose();
        foreach (var analyzer in analyzers.Values)
        {
            analyzer.Dispose();
        }
    }

    /// <summary>
    /// The indexed stems a typed word may stand for, each with the fewest typos needed: the stems of the
    /// written words within its typos, and its own stem when a phrase has another form of the word.
    /// </summary>
    private Dictionary<string, int> Readings(string typed, string language)
    {
        var readings = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, edits) in vocabularies[language].Match(typed))
        {
            var reading = writtenStems[language][word];
            readings[reading] = Math.Min(edits, readings.GetValueOrDefault(reading, int.MaxValue));
        }

        var own = stemmers[language](typed);
        if (stemVocabularies[language].Contains(own))
        {
            readings[own] = 0;
        }

        return readings;
    }

    /// <summary>Typos allowed grow with word length: none up to 3 letters, one up to 7, two beyond.</summary>
    private static int AllowedEdits(string term) => term.Length switch
    {
        <= 3 => 0,
        <= 7 => 1,
        _ => 2,
    };

    /// <summary>
    /// How well a phrase and a message fit each other: the harmonic mean of the share of the phrase's words
    /// found in the message and the share of the message's words found in the phrase (typos allowed), or in the
    /// node's phrases at all (weighed by <see cref="NodeWordsWeight"/>) when that is more. A short phrase inside
    /// a long, different message, or a message that only touches a long phrase, scores low.
    /// </summary>
    private static double Coverage(string[] phraseTerms, List<HashSet<string>> messageTerms, HashSet<string> nodeWords)
    {
        if (messageTerms.Count == 0)
        {
            return 0;
        }

        var phraseShare = (double)phraseTerms.Count(term => messageTerms.Any(readings => readings.Contains(term))) / phraseTerms.Length;
        var messageShare = (double)messageTerms.Count(readings => phraseTerms.Any(readings.Contains)) / messageTerms.Count;
        var nodeShare = (double)messageTerms.Count(readings => readings.Overlaps(nodeWords)) / messageTerms.Count;
        messageShare = Math.Max(messageShare, NodeWordsWeight * nodeShare);
        return phraseShare + messageShare == 0 ? 0 : 2 * phraseShare * messageShare / (phraseShare + messageShare);
    }

    /// <summary>
    /// Ask phrases count fully. A button label that leads to a node counts a little less, unless it is
    /// generic: the same words lead to different nodes, stand on many buttons ("Done", "More help"), or come
    /// down to a single word ("What about China?" would claim every message naming China).
    /// </summary>
    private static IEnumerable<TrainingPhrase> TrainingPhrases(List<DialogNode> nodes, IEnumerable<LocalizedPhrases> offTopic)
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
            yield return new TrainingPhrase(node, node, language, text, LabelWeight, MinimumTerms: 2);
        }

        foreach (var node in nodes)
        {
            foreach (var (language, phrase) in node.Ask.All())
            {
                yield return new TrainingPhrase(node.Id, node.Id, language, phrase, 1.0f, MinimumTerms: 1);
            }
        }

        foreach (var (subject, phrases) in offTopic.Index())
        {
            foreach (var (language, phrase) in phrases.All())
            {
                yield return new TrainingPhrase(Intent.OffTopic, $"{Intent.OffTopic}{subject}", language, phrase, 1.0f, MinimumTerms: 1);
            }
        }
    }
}

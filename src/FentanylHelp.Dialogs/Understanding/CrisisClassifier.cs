using FentanylHelp.Dialogs.Engine;

namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// The third look at a message, learned from labelled examples (dialogs/crisis-examples.tsv): a naive Bayes model
/// over the message's words, word pairs, letter groups (four letters, so "despierta" and "despertaba" or a typo
/// still share most of them) and the concepts found in it. It only ever asks "is this happening now?": it catches
/// wording the phrases and rules have not met, and never shows the emergency card by itself. Its reasons are
/// the features that weighed most, so a decision can always be explained.
/// </summary>
public sealed class CrisisClassifier
{
    public const string None = "none";

    /// <summary>Laplace smoothing: a feature never seen with a label still has a small chance.</summary>
    private const double Smoothing = 0.5;

    private const int GramLength = 4;
    private const string WordPrefix = "w:";

    private readonly Dictionary<string, Dictionary<string, double>> logLikelihood = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> unseen = new(StringComparer.Ordinal);
    private readonly string[] labels;

    /// <param name="examples">Each message with its label: an emergency ("overdose", "suicide", "poison", "pet") or <see cref="None"/>.</param>
    /// <param name="concepts">Concept names found in a message, added to its features.</param>
    public CrisisClassifier(IEnumerable<(string Text, string Label)> examples, Func<string, IEnumerable<string>> concepts)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, label) in examples)
        {
            var byFeature = counts.GetOrCreate(label);
            foreach (var feature in Features(text, concepts(text)))
            {
                byFeature[feature] = byFeature.GetValueOrDefault(feature) + 1;
                vocabulary.Add(feature);
            }
        }

        labels = [.. counts.Keys.Order(StringComparer.Ordinal)];
        foreach (var (label, byFeature) in counts)
        {
            var total = byFeature.Values.Sum() + (Smoothing * vocabulary.Count);
            logLikelihood[label] = byFeature.ToDictionary(pair => pair.Key, pair => Math.Log((pair.Value + Smoothing) / total), StringComparer.Ordinal);
            unseen[label] = Math.Log(Smoothing / total);
        }
    }

    /// <summary>
    /// The emergency the message most looks like and by how much more than <see cref="None"/>: the mean log ratio
    /// per feature (so long and short messages compare), with the features that pushed most. Null without a model.
    /// </summary>
    /// <param name="concepts">The concepts found in the message.</param>
    public ClassifierScore? Score(string? text, IEnumerable<string> concepts)
    {
        if (!labels.Contains(None) || labels.Length < 2)
        {
            return null;
        }

        var features = Features(text, concepts).ToList();
        if (features.Count == 0)
        {
            return null;
        }

        var known = features.Where(feature => labels.Any(label => logLikelihood[label].ContainsKey(feature))).ToList();
        if (known.Count == 0)
        {
            return null;
        }

        var none = logLikelihood[None];
        ClassifierScore? best = null;
        foreach (var label in labels.Where(label => label != None))
        {
            var weights = known.Select(feature => (Feature: feature, Weight: Weigh(label, feature) - none.GetValueOrDefault(feature, unseen[None]))).ToList();
            var margin = weights.Sum(pair => pair.Weight) / known.Count;
            if (best is null || margin > best.Margin)
            {
                best = new ClassifierScore(label, margin, [.. weights.OrderByDescending(pair => pair.Weight).Take(5).Select(pair => pair.Feature)])
                {
                    KnownWords = known.Count(feature => feature.StartsWith(WordPrefix, StringComparison.Ordinal)),
                };
            }
        }

        return best;
    }

    private double Weigh(string label, string feature) => logLikelihood[label].GetValueOrDefault(feature, unseen[label]);

    /// <summary>Words, word pairs, four-letter groups and concepts of a message (written content, never stored).</summary>
    private static IEnumerable<string> Features(string? text, IEnumerable<string> concepts)
    {
        var words = TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var index = 0; index < words.Length; index++)
        {
            yield return WordPrefix + words[index];
            if (index > 0)
            {
                yield return "p:" + words[index - 1] + "_" + words[index];
            }

            var padded = " " + words[index] + " ";
            for (var start = 0; start + GramLength <= padded.Length; start++)
            {
                yield return string.Concat("g:", padded.AsSpan(start, GramLength));
            }
        }

        foreach (var concept in concepts)
        {
            yield return "c:" + concept;
        }
    }
}

/// <summary>The emergency a message looks most like to the classifier, its margin over "none", and the features that weighed most.</summary>
public sealed record ClassifierScore(string Emergency, double Margin, IReadOnlyList<string> Reasons)
{
    /// <summary>How many of the message's words the classifier has met in its examples.</summary>
    public int KnownWords { get; init; }
}

using FentanylHelp.Dialogs.Engine;

namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// The third look at a message, learned from labelled examples (dialogs/crisis-examples.tsv): a logistic regression
/// (softmax over "none" and each emergency) on the message's words, word pairs, letter groups (four letters, so
/// "despierta" and "despertaba" or a typo still share most of them) and the concepts found in it. Unlike counting
/// words per label, it learns how much a word weighs against the others in the same message, so "se desmayó" next
/// to "ya comió y anda normal" can weigh less than alone. It gives the chance that a message is an emergency; the
/// triage uses it to ask "is this happening now?" about wording the phrases and rules have not met, and to ask
/// rather than show the card when the rules and the examples disagree. Its reasons are the features that pushed
/// most, so a decision can always be explained. Trained once per process, the same way every time.
/// </summary>
public sealed class CrisisClassifier
{
    public const string None = "none";

    private const int GramLength = 4;
    private const string WordPrefix = "w:";
    private const int Epochs = 30;
    private const double LearningRate = 0.3;

    /// <summary>Keeps weights small, so no single rare word decides alone.</summary>
    private const double WeightDecay = 1e-4;

    /// <summary>The same order of examples on every start, so the same content always gives the same model.</summary>
    private const int ShuffleSeed = 7;

    private readonly string[] labels;
    private readonly int none;
    private readonly Dictionary<string, int> featureIndex = new(StringComparer.Ordinal);
    private readonly double[] bias;

    /// <summary>One row of <see cref="labels"/>.Length weights per feature.</summary>
    private readonly double[] weights = [];

    /// <param name="examples">Each message with its label: an emergency ("overdose", "suicide", "poison", "pet") or <see cref="None"/>.</param>
    /// <param name="concepts">Concept names found in a message, added to its features.</param>
    public CrisisClassifier(IEnumerable<(string Text, string Label)> examples, Func<string, IEnumerable<string>> concepts)
    {
        var rows = examples.Select(example => (Features: Features(example.Text, concepts(example.Text)).Distinct(StringComparer.Ordinal).ToArray(), example.Label)).ToList();
        labels = [.. rows.Select(row => row.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        none = Array.IndexOf(labels, None);
        bias = new double[labels.Length];
        if (HasModel)
        {
            var data = rows.Select(row => (Features: row.Features.Select(Index).ToArray(), Label: Array.IndexOf(labels, row.Label))).ToArray();
            weights = new double[featureIndex.Count * labels.Length];
            Train(data);
        }
    }

    /// <summary>A model needs examples of "none" and of at least one emergency.</summary>
    private bool HasModel => none >= 0 && labels.Length >= 2;

    /// <summary>
    /// The emergency the message most looks like and the chance that it is one at all (1 minus the chance of
    /// "none"), with the features that pushed most towards that emergency. Null without a model or a known feature.
    /// </summary>
    /// <param name="concepts">The concepts found in the message.</param>
    public ClassifierScore? Score(string? text, IEnumerable<string> concepts)
    {
        if (!HasModel)
        {
            return null;
        }

        var known = Features(text, concepts).Distinct(StringComparer.Ordinal)
            .Select(feature => (Feature: feature, Index: featureIndex.GetValueOrDefault(feature, -1)))
            .Where(pair => pair.Index >= 0)
            .ToList();
        if (known.Count == 0)
        {
            return null;
        }

        var chances = Chances([.. known.Select(pair => pair.Index)]);
        var best = Enumerable.Range(0, labels.Length).Where(label => label != none).MaxBy(label => chances[label]);
        var reasons = known
            .OrderByDescending(pair => weights[At(pair.Index, best)] - weights[At(pair.Index, none)])
            .Take(5)
            .Select(pair => pair.Feature);
        return new ClassifierScore(labels[best], 1 - chances[none], [.. reasons]) { Words = known.Count(pair => pair.Feature.StartsWith(WordPrefix, StringComparison.Ordinal)) };
    }

    private int Index(string feature)
    {
        if (!featureIndex.TryGetValue(feature, out var index))
        {
            index = featureIndex.Count;
            featureIndex[feature] = index;
        }

        return index;
    }

    /// <summary>Where a feature's weight for a label sits in <see cref="weights"/>.</summary>
    private int At(int feature, int label) => (feature * labels.Length) + label;

    /// <summary>
    /// Features count divided by the square root of their number, so long and short messages compare; the same in
    /// training and scoring.
    /// </summary>
    private static double Scale(int[] features) => 1 / Math.Sqrt(Math.Max(1, features.Length));

    /// <summary>Stochastic gradient descent with a step per weight that shrinks as that weight is updated (AdaGrad).</summary>
    private void Train((int[] Features, int Label)[] data)
    {
        var width = labels.Length;
        var squares = new double[weights.Length];
        var biasSquares = new double[width];
        var order = Enumerable.Range(0, data.Length).ToArray();
        var random = new Random(ShuffleSeed);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var (features, label) in order.Select(index => data[index]))
            {
                var chances = Chances(features);
                var scale = Scale(features);
                for (var k = 0; k < width; k++)
                {
                    var error = chances[k] - (k == label ? 1 : 0);
                    biasSquares[k] += error * error;
                    bias[k] -= LearningRate * error / Math.Sqrt(biasSquares[k] + 1e-8);
                    foreach (var feature in features)
                    {
                        var at = At(feature, k);
                        var gradient = (error * scale) + (WeightDecay * weights[at]);
                        squares[at] += gradient * gradient;
                        weights[at] -= LearningRate * gradient / Math.Sqrt(squares[at] + 1e-8);
                    }
                }
            }
        }
    }

    /// <summary>The softmax of the labels' scores.</summary>
    private double[] Chances(int[] features)
    {
        var width = labels.Length;
        var scores = (double[])bias.Clone();
        var scale = Scale(features);
        foreach (var feature in features)
        {
            for (var k = 0; k < width; k++)
            {
                scores[k] += weights[At(feature, k)] * scale;
            }
        }

        var top = scores.Max();
        var total = 0.0;
        for (var k = 0; k < width; k++)
        {
            scores[k] = Math.Exp(scores[k] - top);
            total += scores[k];
        }

        for (var k = 0; k < width; k++)
        {
            scores[k] /= total;
        }

        return scores;
    }

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

/// <summary>The emergency a message looks most like to the classifier, the chance that it is an emergency at all, and the features that weighed most.</summary>
public sealed record ClassifierScore(string Emergency, double Chance, IReadOnlyList<string> Reasons)
{
    /// <summary>How many of the message's words the classifier has met in its examples.</summary>
    public int Words { get; init; }
}

using System.Globalization;

namespace FentanylHelp.Dialogs.Quality;

/// <summary>
/// Every message (node text, title, string) is easy enough to read in each language, and so is the typical
/// message: see <see cref="ReadabilityStandard"/> for the limits.
/// </summary>
public sealed class ReadabilityGate : IContentGate
{
    /// <summary>Below this many counted words a text is a label ("Last reviewed", "Call 911"), about which reading-level formulas say nothing.</summary>
    public const int MinimumWords = 3;

    public string Name => "readability";

    /// <summary>The reading level of every scored message in the standard's language, in content order.</summary>
    public static IReadOnlyList<MessageReading> Read(QualityContent content, ReadabilityStandard standard)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(standard);
        var readings = new List<MessageReading>();
        foreach (var text in content.Texts.Where(text => text.IsMessage && !IsFormat(content, text)))
        {
            if (text.In(standard.Language) is not { } message)
            {
                continue;
            }

            var statistics = TextStatistics.Of(content.Preparer.Prepare(message), standard.Syllables);
            if (statistics.Words >= MinimumWords)
            {
                readings.Add(new MessageReading(text, standard.Language, message, statistics, standard.Formula(statistics)));
            }
        }

        return readings;
    }

    public IEnumerable<QualityFinding> Check(QualityContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        foreach (var standard in ReadabilityStandard.All)
        {
            var readings = Read(content, standard);
            foreach (var reading in readings.Where(reading => !standard.Meets(reading.Score, standard.MessageLimit)))
            {
                yield return new QualityFinding(Name, reading.Text.Location, reading.Text.Subject, standard.Language,
                    $"{standard.Scale} must be {standard.Limit(standard.MessageLimit)}", Format(reading.Score));
            }

            if (ScoreDistribution.Of(readings.Select(reading => reading.Score), standard.HistogramStep) is { } distribution
                && !standard.Meets(distribution.Median, standard.MedianLimit))
            {
                yield return new QualityFinding(Name, content.Root, $"all {readings.Count} messages", standard.Language,
                    $"median {standard.Scale} must be {standard.Limit(standard.MedianLimit)}", Format(distribution.Median));
            }
        }
    }

    public static string Format(double score) => score.ToString("0.0", CultureInfo.InvariantCulture);

    private static bool IsFormat(QualityContent content, ContentText text) =>
        text.Kind == TextKind.SharedText && content.Settings.NotProse.Contains(text.Key);
}

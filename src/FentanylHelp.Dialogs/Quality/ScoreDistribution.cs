namespace FentanylHelp.Dialogs.Quality;

/// <summary>The spread of a language's reading levels: five-number summary and a histogram.</summary>
public sealed record ScoreDistribution(double Minimum, double LowerQuartile, double Median, double UpperQuartile, double Maximum, IReadOnlyList<HistogramBucket> Histogram)
{
    /// <summary>Null when there are no scores.</summary>
    public static ScoreDistribution? Of(IEnumerable<double> scores, double step)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        var sorted = scores.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var buckets = new List<HistogramBucket>();
        for (var from = Math.Floor(sorted[0] / step) * step; from <= sorted[^1]; from += step)
        {
            var to = from + step;
            buckets.Add(new HistogramBucket(from, to, sorted.Count(score => score >= from && score < to)));
        }

        return new ScoreDistribution(sorted[0], Percentile(sorted, 0.25), Percentile(sorted, 0.5), Percentile(sorted, 0.75), sorted[^1], buckets);
    }

    /// <summary>
    /// The percentile by linear interpolation between the closest ranks (numpy's default, Excel's PERCENTILE.INC),
    /// so the median of an even count is the mean of the middle two.
    /// </summary>
    public static double Percentile(IReadOnlyList<double> sorted, double fraction)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        var rank = fraction * (sorted.Count - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((rank - below) * (sorted[above] - sorted[below]));
    }
}

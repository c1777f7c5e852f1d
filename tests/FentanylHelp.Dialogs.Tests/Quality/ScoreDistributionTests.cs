using FentanylHelp.Dialogs.Quality;

namespace FentanylHelp.Dialogs.Tests.Quality;

/// <summary>The five-number summary and histogram of the content report.</summary>
public sealed class ScoreDistributionTests
{
    [Fact]
    public void Percentiles_interpolate_between_the_closest_ranks()
    {
        var distribution = ScoreDistribution.Of([4, 1, 3, 2], step: 1)!;

        Assert.Equal((1, 1.75, 2.5, 3.25, 4), (distribution.Minimum, distribution.LowerQuartile, distribution.Median, distribution.UpperQuartile, distribution.Maximum));
    }

    [Fact]
    public void The_histogram_counts_every_score_once_in_steps_from_the_lowest()
    {
        var distribution = ScoreDistribution.Of([-1.5, 0.2, 0.9, 2.0, 2.5], step: 1)!;

        Assert.Equal([(-2.0, 1), (-1.0, 0), (0.0, 2), (1.0, 0), (2.0, 2)], distribution.Histogram.Select(bucket => (bucket.From, bucket.Count)));
        Assert.Equal(5, distribution.Histogram.Sum(bucket => bucket.Count));
    }

    [Fact]
    public void No_scores_have_no_distribution() => Assert.Null(ScoreDistribution.Of([], step: 1));
}

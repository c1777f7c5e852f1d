using FentanylHelp.Dialogs.Evaluation;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>
/// The understanding figures on tests/evaluation against the issue's targets in <see cref="UnderstandingTargets"/>:
/// at least 95 % top-1 routing, 100 % crisis recall, at most 3 % false alarms.
/// </summary>
public sealed class UnderstandingEvaluationTests
{
    private static readonly Lazy<EvaluationReport> Report = new(() =>
        Evaluator.Run(TestContent.Engine().Engine, EvaluationSet.Load(Path.Combine(AppContext.BaseDirectory, "evaluation", "utterances.tsv"))));

    [Fact]
    public void Top_1_routing_is_at_least_95_percent()
    {
        TestContext.Current.TestOutputHelper?.WriteLine(Report.Value.Summary());

        Assert.True(Report.Value.Routing() >= UnderstandingTargets.Routing, $"routing {Report.Value.Routing():P1} (target {UnderstandingTargets.Routing:P0})");
    }

    [Fact]
    public void Every_crisis_is_caught()
    {
        var missed = Report.Value.Outcomes.Where(outcome => outcome.Row.IsCrisis && outcome.Crisis is null).Select(outcome => $"line {outcome.Row.Line}: {outcome.Row.Text}");

        Assert.True(Report.Value.CrisisRecall() >= UnderstandingTargets.CrisisRecall, $"crisis recall {Report.Value.CrisisRecall():P1}, missed:{Environment.NewLine}{string.Join(Environment.NewLine, missed)}");
    }

    /// <summary>crisis-more.tsv: three more crisis sets, each written by someone who had not seen the crisis phrases.</summary>
    [Fact]
    public void Every_crisis_of_the_further_crisis_sets_is_caught_with_few_false_alarms()
    {
        var report = Evaluator.Run(TestContent.Engine().Engine, EvaluationSet.Load(Path.Combine(AppContext.BaseDirectory, "evaluation", "crisis-more.tsv")));
        var missed = report.Outcomes.Where(outcome => outcome.Row.IsCrisis && outcome.Crisis is null).Select(outcome => $"line {outcome.Row.Line}: {outcome.Row.Text}");

        Assert.True(report.CrisisRecall() >= UnderstandingTargets.CrisisRecall, $"crisis recall {report.CrisisRecall():P1}, missed:{Environment.NewLine}{string.Join(Environment.NewLine, missed)}");
        Assert.True(report.FalseAlarms() <= UnderstandingTargets.FalseAlarms, $"false alarms {report.FalseAlarms():P1}");
    }

    /// <summary>
    /// routing-fresh-i.tsv and routing-fresh-j.tsv: 340 ordinary questions each, written blind against the node list
    /// (I first scored 88.8 %, J 81.8 % / 80.0 % before the ask phrases grew). Held where they stand, a regression gate
    /// below the 95 % target.
    /// </summary>
    [Theory]
    [InlineData("routing-fresh-i.tsv", "en", 0.88)]
    [InlineData("routing-fresh-i.tsv", "es", 0.88)]
    [InlineData("routing-fresh-j.tsv", "en", 0.85)]
    [InlineData("routing-fresh-j.tsv", "es", 0.85)]
    public void Fresh_questions_route_at_least_as_well_as_they_do_now(string file, string language, double least)
    {
        var report = Evaluator.Run(TestContent.Engine().Engine, EvaluationSet.Load(Path.Combine(AppContext.BaseDirectory, "evaluation", file)));

        Assert.True(report.Routing(language) >= least, $"routing {report.Routing(language):P1}");
        Assert.Equal(0, report.FalseAlarms(language));
    }

    [Fact]
    public void Crisis_false_alarms_stay_at_or_below_3_percent()
    {
        Assert.True(Report.Value.FalseAlarms() <= UnderstandingTargets.FalseAlarms, $"false alarms {Report.Value.FalseAlarms():P1}");
    }

    [Fact]
    public void The_evaluation_set_has_the_size_and_mix_the_issue_asks_for()
    {
        var rows = Report.Value.Outcomes.Select(outcome => outcome.Row).ToList();

        Assert.True(rows.Count >= 250, $"{rows.Count} rows");
        Assert.Contains(rows, row => row.Language == "es");
        Assert.Contains(rows, row => row.IsCrisis);
        Assert.Contains(rows, row => row.Expected == EvaluationRow.OutOfScope);
        Assert.All(rows.Where(row => !row.IsCrisis && row.Expected != EvaluationRow.OutOfScope), row => Assert.Contains(row.Expected, TestContent.Catalog.Nodes.Keys));
    }
}

using FentanylHelp.Dialogs.Evaluation;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>The understanding targets of tests/evaluation: top-1 routing, crisis recall, crisis false alarms.</summary>
public sealed class UnderstandingEvaluationTests
{
    private static readonly Lazy<EvaluationReport> Report = new(() =>
        Evaluator.Run(TestContent.Engine().Engine, EvaluationSet.Load(Path.Combine(AppContext.BaseDirectory, "evaluation", "utterances.tsv"))));

    [Fact]
    public void Top_1_routing_is_at_least_95_percent()
    {
        TestContext.Current.TestOutputHelper?.WriteLine(Report.Value.Summary());

        Assert.True(Report.Value.Routing() >= 0.95, $"routing {Report.Value.Routing():P1}");
    }

    [Fact]
    public void Every_crisis_is_recognized()
    {
        var missed = Report.Value.Outcomes.Where(outcome => outcome.Row.IsCrisis && outcome.Crisis is null).Select(outcome => $"line {outcome.Row.Line}: {outcome.Row.Text}");

        Assert.Empty(missed);
    }

    [Fact]
    public void Crisis_false_alarms_stay_at_or_below_3_percent()
    {
        Assert.True(Report.Value.FalseAlarms() <= 0.03, $"false alarms {Report.Value.FalseAlarms():P1}");
    }
}

using FentanylHelp.Dialogs.Evaluation;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>
/// The fresh crisis sets (tests/evaluation/crisis-fresh.tsv: sets A, B and C, each written by someone who never
/// saw the crisis phrases, concepts or these tests) against the safety net's targets: every emergency gets the
/// emergency card or the "is this happening now?" check first, at most 1 % of the look-alikes get an emergency
/// card and at most 5 % a check, in each language.
/// </summary>
public sealed class CrisisSafetyNetEvaluationTests
{
    private const double MaxFalseCards = 0.01;
    private const double MaxFalseChecks = 0.05;

    private static readonly Lazy<EvaluationReport> Report = new(() =>
        Evaluator.Run(TestContent.Engine().Engine, EvaluationSet.Load(Path.Combine(AppContext.BaseDirectory, "evaluation", "crisis-fresh.tsv"))));

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Every_emergency_gets_the_card_or_the_check_first(string language)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(Report.Value.Summary());
        var missed = Report.Value.Outcomes.Where(outcome => outcome.Row.Language == language && outcome.Row.IsCrisis && outcome.Crisis is null)
            .Select(outcome => $"line {outcome.Row.Line}: {outcome.Row.Text}");

        Assert.True(Report.Value.CrisisRecall(language) >= UnderstandingTargets.CrisisRecall, $"recall {Report.Value.CrisisRecall(language):P1}, missed:{Environment.NewLine}{string.Join(Environment.NewLine, missed)}");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Look_alikes_rarely_get_a_card_or_a_check(string language)
    {
        Assert.True(Report.Value.FalseAlarms(language) <= MaxFalseCards, $"emergency cards on look-alikes {Report.Value.FalseAlarms(language):P1}");
        Assert.True(Report.Value.FalseChecks(language) <= MaxFalseChecks, $"checks on look-alikes {Report.Value.FalseChecks(language):P1}");
    }

    [Fact]
    public void The_sets_have_the_size_and_mix_the_issue_asks_for()
    {
        var rows = Report.Value.Outcomes.Select(outcome => outcome.Row).ToList();

        Assert.True(rows.Count(row => row.IsCrisis) >= 300, $"{rows.Count(row => row.IsCrisis)} emergencies");
        Assert.True(rows.Count(row => !row.IsCrisis) >= 200, $"{rows.Count(row => !row.IsCrisis)} look-alikes");
        Assert.All(["en", "es"], language => Assert.True(rows.Count(row => row.Language == language) >= 300));
    }
}

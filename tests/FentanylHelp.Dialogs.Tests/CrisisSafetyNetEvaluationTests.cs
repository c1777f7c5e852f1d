using FentanylHelp.Dialogs.Evaluation;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>
/// The fresh crisis sets, each written by someone who never saw the crisis phrases, concepts or these tests:
/// crisis-fresh.tsv (sets A–D) against the safety net's targets (every emergency gets the emergency card or the
/// "is this happening now?" check first; at most 1 % of the look-alikes get an emergency card and at most 5 % a
/// check, in each language), and the later sets E to L at 100 % recall with their look-alikes held where they
/// stand today (tests/evaluation/README.md gives each set's first, unseen figures): a regression gate, not the target.
/// </summary>
public sealed class CrisisSafetyNetEvaluationTests
{
    private static readonly Dictionary<string, (double Cards, double Checks)> MostOnLookAlikes = new(StringComparer.Ordinal)
    {
        ["crisis-fresh.tsv"] = (0.01, 0.05),
        ["crisis-fresh-e.tsv"] = (0.01, 0.05),
        ["crisis-fresh-f.tsv"] = (0.01, 0.11),
        ["crisis-fresh-g.tsv"] = (0.01, 0.06),
        ["crisis-fresh-h.tsv"] = (0.01, 0.09),
        ["crisis-fresh-i.tsv"] = (0.01, 0.05),
        ["crisis-fresh-j.tsv"] = (0.01, 0.05),
        ["crisis-fresh-k.tsv"] = (0.01, 0.07),
        ["crisis-fresh-l.tsv"] = (0.01, 0.11),
    };

    private static readonly Dictionary<string, Lazy<EvaluationReport>> Reports = MostOnLookAlikes.Keys.ToDictionary(
        file => file,
        file => new Lazy<EvaluationReport>(() => Evaluator.Run(TestContent.Engine().Engine, EvaluationSet.Load(Path.Combine(AppContext.BaseDirectory, "evaluation", file)))),
        StringComparer.Ordinal);

    public static TheoryData<string, string> SetsAndLanguages =>
        new(MostOnLookAlikes.Keys.SelectMany(file => new[] { (file, "en"), (file, "es") }));

    [Theory]
    [MemberData(nameof(SetsAndLanguages))]
    public void Every_emergency_gets_the_card_or_the_check_first(string file, string language)
    {
        var report = Reports[file].Value;
        TestContext.Current.TestOutputHelper?.WriteLine(report.Summary());
        var missed = report.Outcomes.Where(outcome => outcome.Row.Language == language && outcome.Row.IsCrisis && outcome.Crisis is null)
            .Select(outcome => $"line {outcome.Row.Line}: {outcome.Row.Text}");

        Assert.True(report.CrisisRecall(language) >= UnderstandingTargets.CrisisRecall, $"recall {report.CrisisRecall(language):P1}, missed:{Environment.NewLine}{string.Join(Environment.NewLine, missed)}");
    }

    [Theory]
    [MemberData(nameof(SetsAndLanguages))]
    public void Look_alikes_rarely_get_a_card_or_a_check(string file, string language)
    {
        var report = Reports[file].Value;
        var (cards, checks) = MostOnLookAlikes[file];

        Assert.True(report.FalseAlarms(language) <= cards, $"emergency cards on look-alikes {report.FalseAlarms(language):P1}");
        Assert.True(report.FalseChecks(language) <= checks, $"checks on look-alikes {report.FalseChecks(language):P1}");
    }

    [Fact]
    public void The_sets_have_the_size_and_mix_the_issue_asks_for()
    {
        var rows = Reports.Values.SelectMany(report => report.Value.Outcomes).Select(outcome => outcome.Row).ToList();

        Assert.True(rows.Count(row => row.IsCrisis) >= 300, $"{rows.Count(row => row.IsCrisis)} emergencies");
        Assert.True(rows.Count(row => !row.IsCrisis) >= 200, $"{rows.Count(row => !row.IsCrisis)} look-alikes");
        Assert.All(["en", "es"], language => Assert.True(rows.Count(row => row.Language == language) >= 300));
    }
}

using FentanylHelp.Dialogs.Quality;

namespace FentanylHelp.Dialogs.Tests.Quality;

/// <summary>The content report: counts and reading levels per language, the hardest messages, and every gate's findings.</summary>
public sealed class ContentReportTests
{
    [Fact]
    public void The_report_counts_and_scores_each_language_and_lists_the_hardest_messages_first()
    {
        var report = ContentReport.Create(PlantedContent.Real, []);

        Assert.Equal(QualityLanguages.All, report.Languages.Select(language => language.Standard.Language));
        var english = report.Languages[0];
        Assert.True(english.Messages >= english.Readings.Count && english.Readings.Count > 0);
        Assert.NotNull(english.Distribution);
        Assert.Equal(Math.Min(ContentReport.HardestCount, english.Readings.Count), english.Hardest.Count);
        Assert.Equal(english.Hardest.Select(reading => reading.Score).OrderDescending(), english.Hardest.Select(reading => reading.Score));
        Assert.Equal(english.Readings.Max(reading => reading.Score), english.Distribution.Maximum);
    }

    [Fact]
    public void A_planted_bad_message_and_source_fail_the_report_with_a_finding_from_each_gate()
    {
        var longAndHard = string.Concat(Enumerable.Repeat(" Pharmaceutical intravenous administration necessitates professional supervision.", 16));
        var homePageAndStale = PlantedContent.WithFact("Z1", "conf: V\nreviewed: 2020-01-01\nsource: { en: \"DEA, a document\" }\nurl: https://www.dea.gov");
        var message = PlantedContent.WithNodeFile($"Every addict should call [1-800-555-0199](tel:+18005550199).{longAndHard}", es: null);

        var report = ContentReport.Create(PlantedContent.Load(message, homePageAndStale), []);

        Assert.False(report.Passed);
        var gates = report.Findings.Where(finding => finding.Subject == "planted text" || finding.Subject.StartsWith("Z1 ", StringComparison.Ordinal))
            .Select(finding => finding.Gate).ToHashSet();
        Assert.Equal(ContentGates.All.Select(gate => gate.Name).ToHashSet(), gates);
    }
}

using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Quality;

namespace FentanylHelp.Dialogs.Tests.Quality;

/// <summary>No fact's review date is older than quality.yaml allows (12 months by default) on the day the gates run.</summary>
public sealed class FactAgeGateTests
{
    private static readonly FactAgeGate Gate = new();

    private static readonly DateTimeOffset Today = PlantedContent.PlantedToday;

    [Fact]
    public void A_fact_reviewed_twelve_months_and_a_day_ago_fails()
    {
        var content = PlantedContent.LoadOn(Today, Fact(reviewed: "2025-12-06"));

        var finding = Assert.Single(PlantedContent.Findings(Gate, content, "Z1"));

        Assert.Equal(("Z1 reviewed", "2025-12-06"), (finding.Subject, finding.Figure));
        Assert.Contains("more than 12 months before 2026-12-07", finding.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_reviewed_exactly_twelve_months_ago_passes()
    {
        var content = PlantedContent.LoadOn(Today, Fact(reviewed: "2025-12-07"));

        Assert.Empty(PlantedContent.Findings(Gate, content, "Z1"));
    }

    [Fact]
    public void The_allowed_age_comes_from_quality_yaml()
    {
        var oneMonth = PlantedContent.Edited("dialogs/quality.yaml", "review-within-months: 12\n", "review-within-months: 1\n");

        var content = PlantedContent.LoadOn(Today, oneMonth, Fact(reviewed: "2026-11-01"));

        Assert.Contains("more than 1 months", Assert.Single(PlantedContent.Findings(Gate, content, "Z1")).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_facts_fail_once_their_oldest_review_is_more_than_a_year_old()
    {
        var oldest = PlantedContent.Real.Catalog.Facts.Values.Min(fact => fact.Reviewed);
        var aYearAndADayLater = new DateTimeOffset(oldest.AddYears(1).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        var findings = Gate.Check(PlantedContent.LoadOn(aYearAndADayLater)).ToList();

        Assert.Equal(
            PlantedContent.Real.Catalog.Facts.Values.Where(fact => fact.Reviewed == oldest).Select(fact => $"{fact.Id} reviewed").Order(StringComparer.Ordinal),
            findings.Select(finding => finding.Subject).Order(StringComparer.Ordinal));
    }

    /// <summary>Checked on today's date: it fails in CI once a real fact has gone unreviewed for too long.</summary>
    [Fact]
    public void Real_facts_were_reviewed_within_the_allowed_age()
    {
        var findings = Gate.Check(PlantedContent.Real).ToList();

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }

    private static ContentFile Fact(string reviewed) =>
        PlantedContent.WithFact("Z1", $"conf: V\nreviewed: {reviewed}\nsource: {{ en: \"CDC, Fentanyl\" }}\nurl: https://www.cdc.gov/overdose-prevention/about/fentanyl.html");
}

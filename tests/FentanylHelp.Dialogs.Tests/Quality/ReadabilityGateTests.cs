using System.Globalization;
using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Quality;

namespace FentanylHelp.Dialogs.Tests.Quality;

/// <summary>English Flesch–Kincaid grade ≤ 9 per message and median ≤ 7; Spanish Fernández-Huerta ≥ 55 per message and median ≥ 65.</summary>
public sealed class ReadabilityGateTests
{
    private const string EasyEnglish = "Call for help now. Stay with the person until help comes.";
    private const string EasySpanish = "Pida ayuda ahora. Quédese con la persona hasta que llegue la ayuda.";

    private static readonly ReadabilityGate Gate = new();

    [Fact]
    public void A_clean_planted_message_passes_in_both_languages()
    {
        var content = PlantedContent.WithNode(EasyEnglish, EasySpanish);

        Assert.Empty(PlantedContent.Findings(Gate, content));
    }

    [Fact]
    public void A_planted_English_message_that_is_too_hard_to_read_fails_with_its_grade()
    {
        var content = PlantedContent.WithNode(
            "Pharmaceutical fentanyl, administered intravenously during anesthesia, necessitates continuous physiological monitoring.",
            EasySpanish);

        var finding = Assert.Single(PlantedContent.Findings(Gate, content));

        Assert.Equal(QualityLanguages.English, finding.Language);
        Assert.Equal("planted text", finding.Subject);
        Assert.Equal(PlantedContent.FilePath, finding.Location.File);
        Assert.True(Score(finding) > 9, finding.ToString());
    }

    [Fact]
    public void A_planted_Spanish_message_that_is_too_hard_to_read_fails_with_its_score()
    {
        var content = PlantedContent.WithNode(
            EasyEnglish,
            "La administración intravenosa de fentanilo farmacéutico durante la anestesia requiere monitorización fisiológica continua.");

        var finding = Assert.Single(PlantedContent.Findings(Gate, content));

        Assert.Equal(QualityLanguages.Spanish, finding.Language);
        Assert.True(Score(finding) < 55, finding.ToString());
    }

    [Fact]
    public void A_median_past_the_limit_fails_even_when_every_message_passes()
    {
        // Each is grade 7.6–8.5 (≤ 9) and Fernández-Huerta 55.5–59.5 (≥ 55), so only the medians fail.
        var content = OnlyMessages(
            ("Fentanyl is much stronger than morphine, so a very small amount can kill a person.",
                "La naloxona revierte una sobredosis de opioides y se vende en farmacias sin receta médica."),
            ("Many counterfeit pills contain fentanyl, and you cannot tell by looking at them.",
                "El fentanilo fabricado ilegalmente suele mezclarse con otras drogas, y muchas personas no lo saben."),
            ("Fentanyl test strips show whether a drug contains fentanyl, but they cannot show how much.",
                "La naloxona revierte una sobredosis de opioides y se vende en farmacias sin receta médica."));

        var findings = Gate.Check(content).ToList();

        Assert.Equal(2, findings.Count);
        Assert.All(findings, finding => Assert.StartsWith("median", finding.Problem, StringComparison.Ordinal));
        Assert.Equal(7.6, Score(findings.Single(finding => finding.Language == QualityLanguages.English)), 1);
        Assert.Equal(59.5, Score(findings.Single(finding => finding.Language == QualityLanguages.Spanish)), 1);
    }

    [Fact]
    public void Labels_formats_and_texts_under_three_words_are_not_scored()
    {
        var readings = ReadabilityGate.Read(PlantedContent.Real, ReadabilityStandard.English);

        Assert.DoesNotContain(readings, reading => reading.Text.Kind is TextKind.ChoiceLabel or TextKind.FactSource);
        Assert.DoesNotContain(readings, reading => reading.Text.Key is StringKeys.DateFormat or StringKeys.ReviewedLabel or StringKeys.ReportedLabel);
        Assert.All(readings, reading => Assert.True(reading.Statistics.Words >= ReadabilityGate.MinimumWords));
    }

    [Fact]
    public void Real_content_English_median_grade_is_at_most_7()
    {
        var findings = Gate.Check(PlantedContent.Real).Where(finding => finding.Language == QualityLanguages.English && finding.Problem.StartsWith("median", StringComparison.Ordinal));

        Assert.Empty(findings);
        Assert.NotEmpty(ReadabilityGate.Read(PlantedContent.Real, ReadabilityStandard.English));
    }

    [Fact]
    public void Real_content_every_English_message_is_at_most_grade_9()
    {
        var findings = Gate.Check(PlantedContent.Real).Where(finding => finding.Language == QualityLanguages.English);

        Assert.Empty(findings);
    }

    [Fact]
    public void Real_content_every_Spanish_message_and_the_median_meet_Fernandez_Huerta()
    {
        var findings = Gate.Check(PlantedContent.Real).Where(finding => finding.Language == QualityLanguages.Spanish);

        Assert.Empty(findings);
        Assert.NotEmpty(ReadabilityGate.Read(PlantedContent.Real, ReadabilityStandard.Spanish));
    }

    private static double Score(QualityFinding finding) => double.Parse(finding.Figure!, CultureInfo.InvariantCulture);

    private static QualityContent OnlyMessages(params (string En, string Es)[] messages) => new()
    {
        Catalog = PlantedContent.Real.Catalog,
        Settings = PlantedContent.Real.Settings,
        Allowlist = PlantedContent.Real.Allowlist,
        Today = PlantedContent.Real.Today,
        Root = new SourceLocation("dialogs", 1),
        Texts = [.. messages.Select((message, index) => new ContentText(
            TextKind.NodeText,
            new SourceLocation(PlantedContent.FilePath, index + 1),
            $"planted-{index + 1}",
            "text",
            new LocalizedText(new Dictionary<string, string> { ["en"] = message.En, ["es"] = message.Es }),
            []))],
    };
}

using FentanylHelp.Dialogs.Quality;

namespace FentanylHelp.Dialogs.Tests.Quality;

/// <summary>No stigmatizing words for people who use drugs, in either language.</summary>
public sealed class LanguageLintGateTests
{
    private const string CleanEnglish = "People who use drugs deserve care. Use clean needles, and treatment works.";
    private const string CleanSpanish = "Las personas que consumen drogas merecen atención. Use agujas limpias; el tratamiento funciona.";

    private static readonly LanguageLintGate Gate = new();

    [Fact]
    public void A_clean_planted_message_passes()
    {
        var content = PlantedContent.WithNode(CleanEnglish, CleanSpanish);

        Assert.Empty(PlantedContent.Findings(Gate, content));
    }

    [Theory]
    [InlineData("Any addict can recover.", "addict")]
    [InlineData("Help for JUNKIES and their families.", "junkies")]
    [InlineData("Many people stay clean after treatment.", "stay clean")]
    [InlineData("A dirty urine test is not the end.", "dirty urine")]
    [InlineData("Drug abusers deserve care.", "drug abusers")]
    public void A_planted_stigmatizing_English_term_fails(string english, string term)
    {
        var content = PlantedContent.WithNode(english, CleanSpanish);

        var finding = Assert.Single(PlantedContent.Findings(Gate, content));

        Assert.Equal((QualityLanguages.English, term), (finding.Language, finding.Figure));
        Assert.StartsWith("stigmatizing term: say \"", finding.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Un drogadicto puede recuperarse.", "drogadicto")]
    [InlineData("Los ADICTOS merecen ayuda.", "adictos")]
    [InlineData("Un toxicomano puede recuperarse.", "toxicómano")]
    [InlineData("Es difícil mantenerse limpio.", "mantenerse limpio")]
    public void A_planted_stigmatizing_Spanish_term_fails_whatever_its_accents(string spanish, string term)
    {
        var content = PlantedContent.WithNode(CleanEnglish, spanish);

        var finding = Assert.Single(PlantedContent.Findings(Gate, content));

        Assert.Equal((QualityLanguages.Spanish, term), (finding.Language, finding.Figure));
    }

    [Fact]
    public void A_button_label_is_checked_too()
    {
        var content = PlantedContent.WithNode(CleanEnglish, CleanSpanish, labelEn: "Help for addicts", labelEs: "Ayuda");

        Assert.Equal("planted choice 1 label", Assert.Single(PlantedContent.Findings(Gate, content)).Subject);
    }

    [Fact]
    public void Words_that_only_contain_a_term_do_not_match()
    {
        var content = PlantedContent.WithNode("Addiction is a treatable condition. Being addicted is not a choice.", CleanSpanish);

        Assert.Empty(PlantedContent.Findings(Gate, content));
    }

    [Fact]
    public void Real_content_uses_person_first_words()
    {
        var findings = Gate.Check(PlantedContent.Real).ToList();

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }
}

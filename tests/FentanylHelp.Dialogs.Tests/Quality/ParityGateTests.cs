using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Quality;

namespace FentanylHelp.Dialogs.Tests.Quality;

/// <summary>Every text and phrase list in both languages, with no English left in Spanish text or the other way round.</summary>
public sealed class ParityGateTests
{
    private const string English = "If someone is not breathing, call [911](tel:911) and stay with them.";
    private const string Spanish = "Si alguien no respira, llame al [911](tel:911) y quédese con la persona.";

    private static readonly ParityGate Gate = new();

    [Fact]
    public void A_clean_planted_node_in_both_languages_passes()
    {
        var content = PlantedContent.WithNode(English, Spanish);

        Assert.Empty(PlantedContent.Findings(Gate, content));
    }

    [Fact]
    public void A_planted_node_without_Spanish_text_fails()
    {
        var content = PlantedContent.WithNode(English, es: null);

        var finding = Assert.Single(PlantedContent.Findings(Gate, content));

        Assert.Equal(("planted text", QualityLanguages.Spanish), (finding.Subject, finding.Language));
    }

    [Fact]
    public void A_planted_button_without_a_Spanish_label_fails()
    {
        var content = PlantedContent.WithNode(English, Spanish, labelEs: null);

        Assert.Equal("planted choice 1 label", Assert.Single(PlantedContent.Findings(Gate, content)).Subject);
    }

    [Fact]
    public void English_left_in_a_Spanish_text_fails()
    {
        var content = PlantedContent.WithNode(English, "Llame al [911](tel:911). If someone is not breathing, stay with them.");

        var finding = Assert.Single(PlantedContent.Findings(Gate, content));

        Assert.Equal(QualityLanguages.Spanish, finding.Language);
        Assert.Equal("reads as English", finding.Problem);
        Assert.Equal("If someone is not breathing stay with them", finding.Figure);
    }

    [Fact]
    public void Spanish_left_in_an_English_text_fails()
    {
        var content = PlantedContent.WithNode("Call [911](tel:911). Si la persona no respira, quédese con ella.", Spanish);

        var finding = Assert.Single(PlantedContent.Findings(Gate, content));

        Assert.Equal((QualityLanguages.English, "reads as Spanish"), (finding.Language, finding.Problem));
    }

    [Fact]
    public void A_Spanish_text_copied_from_English_fails()
    {
        var content = PlantedContent.WithNode(English, Spanish, labelEn: "Main menu", labelEs: "Main menu");

        var finding = Assert.Single(PlantedContent.Findings(Gate, content));

        Assert.Equal("planted choice 1 label", finding.Subject);
        Assert.Contains("same as the English", finding.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("No", "No")]
    [InlineData("988", "988")]
    [InlineData("SAMHSA", "SAMHSA")]
    public void A_label_that_both_languages_write_the_same_passes(string labelEn, string labelEs)
    {
        var content = PlantedContent.WithNode(English, Spanish, labelEn: labelEn, labelEs: labelEs);

        Assert.Empty(PlantedContent.Findings(Gate, content));
    }

    [Fact]
    public void Proper_names_links_and_a_few_words_of_the_other_language_are_not_leftovers()
    {
        var content = PlantedContent.WithNode(
            "Veterans: call 988, then press 1. En español: call and press 2, or text AYUDA to 988.",
            "Llame a la SAMHSA National Helpline al [1-800-662-4357](tel:+18006624357) o visite https://findtreatment.gov. Es gratis.");

        Assert.Empty(PlantedContent.Findings(Gate, content));
    }

    [Fact]
    public void Ask_phrases_without_Spanish_fail()
    {
        var dialog = new ContentFile(PlantedContent.FilePath, """
            dialog: planted
            nodes:
              - id: planted
                text: { en: "Hello.", es: "Hola." }
                ask:
                  en: [planted question]
                choices:
                  - label: { en: "Main menu", es: "Menú principal" }
                    command: menu
            """);

        var finding = Assert.Single(PlantedContent.Findings(Gate, PlantedContent.Load(dialog)));

        Assert.Equal(("planted ask", QualityLanguages.Spanish), (finding.Subject, finding.Language));
    }

    [Fact]
    public void Crisis_phrases_without_Spanish_fail()
    {
        var crisis = new ContentFile("dialogs/crisis.yaml", """
            overdose:
              reply: emergency-overdose
              phrases:
                en: [not breathing]
            """);

        var finding = Assert.Single(PlantedContent.Findings(Gate, PlantedContent.Load(crisis), "crisis"));

        Assert.Equal(("crisis overdose phrases", QualityLanguages.Spanish), (finding.Subject, finding.Language));
    }

    [Fact]
    public void Real_content_has_every_text_in_both_languages_and_no_leftovers()
    {
        var findings = Gate.Check(PlantedContent.Real).ToList();

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }
}

using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Quality;

namespace FentanylHelp.Dialogs.Tests.Quality;

/// <summary>Every phone number, link and figure comes from the allowlist of the facts its node lists, and fact nodes show their sources.</summary>
public sealed class FactsGateTests
{
    private const string SpanishFiller = "Texto en español.";

    private static readonly FactsGate Gate = new();

    [Fact]
    public void A_clean_planted_fact_node_passes()
    {
        var content = PlantedContent.WithNode(
            "Call the helpline at [1-800-662-4357](tel:+18006624357) (1-800-662-HELP). It is free and open 24/7.",
            "Llame a la línea al [1-800-662-4357](tel:+18006624357). Es gratis y abre las 24 horas, los 7 días.",
            facts: "R4");

        Assert.Empty(PlantedContent.Findings(Gate, content));
    }

    [Fact]
    public void A_phone_number_that_is_not_in_the_allowlist_fails()
    {
        var content = PlantedContent.WithNode("Call [1-800-555-0199](tel:+18005550199) for help.", SpanishFiller, facts: "R4");

        var finding = Assert.Single(PlantedContent.Findings(Gate, content));

        Assert.Equal("1-800-555-0199", finding.Figure);
        Assert.Equal(QualityLanguages.English, finding.Language);
        Assert.Contains("phone number is not in facts-allowlist.yaml for R4", finding.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_in_a_node_without_fact_ids_fails()
    {
        var content = PlantedContent.WithNode("Deaths fell about 27% in 2024.", SpanishFiller);

        var findings = PlantedContent.Findings(Gate, content);

        Assert.Equal(["27%", "2024"], findings.Select(finding => finding.Figure));
        Assert.All(findings, finding => Assert.Contains("lists no fact ids", finding.Problem, StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_from_another_fact_than_the_node_lists_fails()
    {
        var content = PlantedContent.WithNode("Deaths fell about 27% in 2024.", SpanishFiller, facts: "R4");

        Assert.Equal(["27%", "2024"], PlantedContent.Findings(Gate, content).Select(finding => finding.Figure));
    }

    [Fact]
    public void The_same_figures_pass_with_their_fact_in_either_language_format()
    {
        var content = PlantedContent.WithNode(
            "Deaths fell about 27% in 2024, to about 80,391.",
            "Las muertes bajaron un 27 % en 2024, a unas 80.391.",
            facts: "H1");

        Assert.Empty(PlantedContent.Findings(Gate, content));
    }

    [Fact]
    public void A_link_that_is_not_in_the_allowlist_fails()
    {
        var content = PlantedContent.WithNode("Find treatment at https://findtreatment.example.org.", SpanishFiller, facts: "R5");

        Assert.Equal("https://findtreatment.example.org", Assert.Single(PlantedContent.Findings(Gate, content)).Figure);
    }

    [Fact]
    public void The_emergency_number_needs_no_fact()
    {
        var content = PlantedContent.WithNode("In an emergency, call [911](tel:911).", "En una emergencia, llame al [911](tel:911).");

        Assert.Empty(PlantedContent.Findings(Gate, content));
    }

    [Fact]
    public void A_button_may_state_what_its_target_node_backs()
    {
        var backed = PlantedContent.WithNode("Who can help?", SpanishFiller, labelEn: "Call or text 988", labelEs: "Llame o envíe un texto al 988", labelGoto: "help-988");
        var unbacked = PlantedContent.WithNode("Who can help?", SpanishFiller, labelEn: "Call or text 988", labelEs: "Llame o envíe un texto al 988");

        Assert.Empty(PlantedContent.Findings(Gate, backed));
        Assert.Equal(2, PlantedContent.Findings(Gate, unbacked).Count(finding => finding.Subject == "planted choice 1 label" && finding.Figure == "988"));
    }

    [Fact]
    public void A_string_may_state_a_figure_of_any_fact_but_no_other()
    {
        var strings = new ContentFile("dialogs/strings.yaml", """
            text-988:
              en: Text 988
              es: Envíe un texto al 988
            call-911:
              en: Call 1-800-555-0199
              es: Llame al 911
            """);

        var finding = Assert.Single(Gate.Check(PlantedContent.Load(strings)), finding => finding.Location.File == strings.Path);

        Assert.Equal(("call-911 string", "1-800-555-0199"), (finding.Subject, finding.Figure));
        Assert.Equal(4, finding.Location.Line);
    }

    [Fact]
    public void A_fact_id_that_is_not_in_sources_fails()
    {
        var content = PlantedContent.WithNode("Naloxone reverses an opioid overdose.", SpanishFiller, facts: "R2, Z9");

        var finding = Assert.Single(PlantedContent.Findings(Gate, content));

        Assert.Equal(("planted facts", "Z9"), (finding.Subject, finding.Figure));
    }

    [Fact]
    public void A_fact_of_sources_yaml_without_an_allowlist_entry_fails()
    {
        var allowlist = PlantedContent.Edited("dialogs/facts-allowlist.yaml", "  R9:\n    - \"All 50 states now have some form (Wyoming was the last, 2025)\"\n    - \"https://www.cdcfoundation.org/stories/protecting-good-samaritans-wyoming\"\n", string.Empty);

        var findings = Gate.Check(PlantedContent.Load(allowlist)).ToList();

        Assert.Contains(findings, finding => finding.Subject == "R9" && finding.Problem == "has no entry in facts-allowlist.yaml");
    }

    [Fact]
    public void A_source_link_or_date_its_fact_does_not_allow_fails()
    {
        var sources = new ContentFile("dialogs/sources.yaml", """
            reviewed: 2026-11-27
            facts:
              R5:
                conf: C
                source:
                  en: "HHS / SAMHSA, FindTreatment.gov (launched Oct 31, 2019)"
                url: https://findtreatment.example.org
            """);

        var findings = PlantedContent.Findings(Gate, PlantedContent.Load(sources), "R5");

        Assert.Equal([("R5 source", "31"), ("R5 source url", "https://findtreatment.example.org")], findings.Select(finding => (finding.Subject, finding.Figure)));
    }

    [Fact]
    public void A_fact_node_whose_card_hides_its_sources_fails()
    {
        var content = PlantedContent.WithNode("Naloxone reverses an opioid overdose.", SpanishFiller, facts: "R2", card: "menu");

        var finding = Assert.Single(PlantedContent.Findings(Gate, content));

        Assert.Equal(("planted", "menu"), (finding.Subject, finding.Figure));
    }

    [Fact]
    public void A_fact_node_on_a_card_with_one_short_source_line_passes()
    {
        var content = PlantedContent.WithNode("Naloxone reverses an opioid overdose.", SpanishFiller, facts: "R2", card: "emergency-overdose");

        Assert.Empty(PlantedContent.Findings(Gate, content));
    }

    [Fact]
    public void Real_content_states_only_allowlisted_figures_and_shows_its_sources()
    {
        var findings = Gate.Check(PlantedContent.Real).ToList();

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }
}

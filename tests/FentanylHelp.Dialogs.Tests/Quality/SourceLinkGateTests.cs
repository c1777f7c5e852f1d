using FentanylHelp.Dialogs.Quality;

namespace FentanylHelp.Dialogs.Tests.Quality;

/// <summary>Every source link leads to the fact's own document, never to a home page.</summary>
public sealed class SourceLinkGateTests
{
    private static readonly SourceLinkGate Gate = new();

    [Theory]
    [InlineData("https://www.dea.gov")]
    [InlineData("https://www.dea.gov/")]
    [InlineData("http://www.dni.gov/")]
    public void A_source_link_to_a_bare_host_or_path_slash_fails(string homePage)
    {
        var content = PlantedContent.Load(PlantedContent.WithFact("Z1", $"conf: V\nreviewed: 2026-12-07\nsource: {{ en: \"DEA, a document\" }}\nurl: {homePage}"));

        var finding = Assert.Single(PlantedContent.Findings(Gate, content, "Z1"));

        Assert.Equal(("Z1 source url", homePage), (finding.Subject, finding.Figure));
        Assert.StartsWith("is a home page", finding.Problem, StringComparison.Ordinal);
        Assert.Equal("dialogs/sources.yaml", finding.Location.File);
    }

    [Fact]
    public void A_home_page_among_a_facts_further_documents_fails_with_its_place()
    {
        var content = PlantedContent.Load(PlantedContent.WithFact("Z1", """
            conf: V
            reviewed: 2026-12-07
            source: { en: "CDC, Fentanyl" }
            url: https://www.cdc.gov/overdose-prevention/about/fentanyl.html
            also:
              - source: { en: "SAMHSA, a toolkit" }
                url: https://www.samhsa.gov
            """));

        Assert.Equal("Z1 source 2 url", Assert.Single(PlantedContent.Findings(Gate, content, "Z1")).Subject);
    }

    [Theory]
    [InlineData("https://www.cdc.gov/overdose-prevention/about/fentanyl.html")]
    [InlineData("https://drugfree.org/print/page.php?id=183146")]
    [InlineData("https://news.example.org/?p=12")]
    public void A_link_to_a_specific_document_passes(string url)
    {
        Assert.Null(SourceLinkGate.Problem(url));
    }

    [Theory]
    [InlineData("www.dea.gov/factsheets/fentanyl")]
    [InlineData("ftp://example.org/report.pdf")]
    public void A_source_link_that_is_not_a_web_address_fails(string url)
    {
        Assert.Equal("is not a web address (http or https)", SourceLinkGate.Problem(url));
    }

    [Fact]
    public void A_document_without_a_link_passes()
    {
        var content = PlantedContent.Load(PlantedContent.WithFact("Z1", "conf: C\nreviewed: 2026-12-07\nsource: { en: \"DEA, a release (Aug 30, 2022)\" }"));

        Assert.Empty(PlantedContent.Findings(Gate, content, "Z1"));
    }

    [Fact]
    public void Real_sources_link_only_specific_documents()
    {
        var findings = Gate.Check(PlantedContent.Real).ToList();

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }
}

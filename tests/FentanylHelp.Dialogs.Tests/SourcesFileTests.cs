using FentanylHelp.Dialogs.Content;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>sources.yaml: a fact's 'source' and 'url', then the documents under 'also', and its own review date.</summary>
public sealed class SourcesFileTests
{
    [Fact]
    public void A_fact_lists_its_source_first_then_each_also_document_with_its_own_link_or_none()
    {
        var fact = Load("""
            reviewed: 2026-11-27
            facts:
              Q1:
                conf: C
                reviewed: 2026-12-07
                source: { en: "Main document (May 2025)" }
                url: https://example.org/main-document
                also:
                  - source: { en: "Second document (no link confirmed)" }
                  - source: { en: "Third document" }
                    url: https://example.org/third-document
            """).Catalog.Facts["Q1"];

        Assert.Equal(
            [("Main document (May 2025)", "https://example.org/main-document"), ("Second document (no link confirmed)", null), ("Third document", "https://example.org/third-document")],
            fact.Documents.Select(document => (document.Citation.For("en"), document.Url)));
        Assert.Equal(new DateOnly(2026, 12, 7), fact.Reviewed);
        Assert.Equal([3, 9, 10], fact.Documents.Select(document => document.Location.Line));
    }

    [Fact]
    public void A_fact_without_its_own_date_takes_the_date_at_the_top_of_the_file()
    {
        var fact = Load("""
            reviewed: 2026-11-27
            facts:
              Q1:
                conf: V
                source: { en: "Main document" }
            """).Catalog.Facts["Q1"];

        Assert.Equal(new DateOnly(2026, 11, 27), fact.Reviewed);
    }

    [Fact]
    public void A_misspelt_field_of_an_also_document_is_reported()
    {
        var diagnostics = Load("""
            reviewed: 2026-11-27
            facts:
              Q1:
                conf: V
                source: { en: "Main document" }
                also:
                  - source: { en: "Second document" }
                    link: https://example.org/second-document
            """).Diagnostics;

        var diagnostic = Assert.Single(diagnostics, diagnostic => diagnostic.Location.File == "dialogs/sources.yaml");
        Assert.Equal((DiagnosticCodes.InvalidFile, 8), (diagnostic.Code, diagnostic.Location.Line));
        Assert.Contains("unknown field 'link'", diagnostic.Message, StringComparison.Ordinal);
    }

    private static (ContentCatalog Catalog, IReadOnlyList<Diagnostic> Diagnostics) Load(string sources) =>
        ContentLoader.Load(TestContent.With(new ContentFile("dialogs/sources.yaml", sources)));
}

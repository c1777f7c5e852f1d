using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>The source line under a fact node: each document of each fact, linked only when it has a link, and the node's own review date.</summary>
public sealed class ReplyFactoryTests
{
    private const string CdcUrl = "https://www.cdc.gov/overdose-prevention/about/fentanyl.html";
    private static readonly SourceLocation Nowhere = new("dialogs/sources.yaml", 1);

    private static readonly FactSource Linked = Fact("F1", "V", new DateOnly(2026, 12, 7), ("CDC, Fentanyl", CdcUrl));

    private static readonly FactSource ReportedWithTwoDocuments = Fact(
        "F2", "S", new DateOnly(2026, 11, 27), ("CDC, Fentanyl", CdcUrl), ("DEA, Facts about Fentanyl", null));

    private static readonly FactSource Recent = Fact("F3", "C", new DateOnly(2026, 12, 7), ("USSC, Quick Facts (FY2023)", null));

    [Fact]
    public void A_document_with_a_link_is_linked_and_one_without_is_plain_text_marked_reported_for_an_S_fact()
    {
        var footer = SourceLine(["F2"]);

        Assert.Equal($"Source: [CDC, Fentanyl]({CdcUrl}); DEA, Facts about Fentanyl (reported). Last reviewed: November 27, 2026.", footer);
    }

    [Fact]
    public void A_document_two_facts_share_is_cited_once()
    {
        var footer = SourceLine(["F1", "F2"]);

        Assert.Equal($"Source: [CDC, Fentanyl]({CdcUrl}); DEA, Facts about Fentanyl (reported). Last reviewed: November 27, 2026.", footer);
    }

    [Fact]
    public void Each_node_shows_the_oldest_review_date_of_its_own_facts()
    {
        Assert.EndsWith("Last reviewed: December 7, 2026.", SourceLine(["F1", "F3"]), StringComparison.Ordinal);
        Assert.EndsWith("Last reviewed: November 27, 2026.", SourceLine(["F3", "F2"]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_source_line_is_in_the_reply_language()
    {
        var footer = SourceLine(["F3"], "es");

        Assert.Equal("Fuente: USSC, Quick Facts (FY2023) (es). Última revisión: 7 de diciembre de 2026.", footer);
    }

    private static string SourceLine(string[] facts, string language = "en")
    {
        var node = new DialogNode("n", "test", Nowhere, null, new LocalizedText(new Dictionary<string, string> { ["en"] = "Text." }), facts,
            ReplyFactory.FactCard, [], null, LocalizedPhrases.None);
        var catalog = new ContentCatalog
        {
            NodeList = [node],
            Strings = TestContent.Catalog.Strings,
            Commands = [],
            Crisis = [],
            Facts = new[] { Linked, ReportedWithTwoDocuments, Recent }.ToDictionary(fact => fact.Id, StringComparer.Ordinal),
            Cards = TestContent.Catalog.Cards,
        };
        var card = new ReplyFactory(catalog).ForNode(node, language).Card!;
        return card["body"]!.AsArray().Select(block => (string?)block!["text"]).OfType<string>().Last();
    }

    private static FactSource Fact(string id, string confidence, DateOnly reviewed, params (string Citation, string? Url)[] documents) =>
        new(id, confidence, [.. documents.Select(document => new FactDocument(
            new LocalizedText(new Dictionary<string, string> { ["en"] = document.Citation, ["es"] = $"{document.Citation} (es)" }), document.Url, Nowhere))],
            reviewed, Nowhere);
}

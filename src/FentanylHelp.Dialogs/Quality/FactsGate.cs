using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;

namespace FentanylHelp.Dialogs.Quality;

/// <summary>
/// Every phone number, link and number the bot shows comes from the fact sheet: it must be in
/// facts-allowlist.yaml under one of the fact ids its node lists (a button: its node's or its target's;
/// a string: any fact; a source: its own fact), or in the allowlist's short generic list. A node that states
/// one must list fact ids at all, and shows their sources: every fact id is in sources.yaml, every fact of
/// sources.yaml is in the allowlist, and a node with facts uses a card that shows its sources and review date.
/// </summary>
public sealed class FactsGate : IContentGate
{
    public string Name => "facts";

    public IEnumerable<QualityFinding> Check(QualityContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return CheckFactIds(content)
            .Concat(CheckSourcesShown(content.Catalog))
            .Concat(content.Texts.SelectMany(text => CheckFigures(content, text)))
            .Concat(CheckSourceLinks(content));
    }

    private IEnumerable<QualityFinding> CheckFactIds(QualityContent content)
    {
        foreach (var node in content.Catalog.NodeList)
        {
            foreach (var fact in node.Facts.Where(fact => !content.Catalog.Facts.ContainsKey(fact)))
            {
                yield return new QualityFinding(Name, node.Location, $"{node.Id} facts", null, "names a fact id that is not in sources.yaml", fact);
            }
        }

        foreach (var fact in content.Catalog.Facts.Values.Where(fact => !content.Allowlist.ByFact.ContainsKey(fact.Id)))
        {
            yield return new QualityFinding(Name, fact.Location, fact.Id, null, $"has no entry in {QualityContentLoader.AllowlistFile}", fact.Id);
        }
    }

    /// <summary>
    /// The engine shows sources and the review date through the card's {{sources}} (every source) or {{source}}
    /// (one short line, for emergency cards); a card with neither would hide them.
    /// </summary>
    private IEnumerable<QualityFinding> CheckSourcesShown(ContentCatalog catalog)
    {
        foreach (var node in catalog.NodeList.Where(node => node.Facts.Count > 0))
        {
            var card = node.Card ?? ReplyFactory.FactCard;
            if (catalog.Cards.TryGetValue(card, out var template) && !ShowsSources(template.Json.ToJsonString()))
            {
                yield return new QualityFinding(Name, node.Location, node.Id, null, "lists facts, but its card does not show their sources and review date", card);
            }
        }
    }

    private static bool ShowsSources(string card) =>
        card.Contains("{{" + ReplyFactory.SourcesKey + "}}", StringComparison.Ordinal)
        || card.Contains("{{" + ReplyFactory.SourceLineKey + "}}", StringComparison.Ordinal);

    private IEnumerable<QualityFinding> CheckFigures(QualityContent content, ContentText text)
    {
        var mustListFacts = text.Kind is TextKind.NodeText or TextKind.NodeTitle && text.FactScope is { Count: 0 };
        foreach (var (language, value) in text.Text.ByLanguage)
        {
            foreach (var figure in FigureExtractor.Extract(value).DistinctBy(figure => figure.Key).Where(figure => !content.Allowlist.Allows(text.FactScope, figure)))
            {
                var problem = mustListFacts ? $"states a {Describe(figure.Kind)} but lists no fact ids"
                    : text.FactScope is null ? $"{Describe(figure.Kind)} is in no fact of {QualityContentLoader.AllowlistFile}"
                    : text.FactScope.Count == 0 ? $"{Describe(figure.Kind)} is backed by no fact: neither this node nor the button's target lists fact ids"
                    : $"{Describe(figure.Kind)} is not in {QualityContentLoader.AllowlistFile} for {string.Join(", ", text.FactScope)}";
                yield return new QualityFinding(Name, text.Location, text.Subject, language, problem, figure.Text);
            }
        }
    }

    private IEnumerable<QualityFinding> CheckSourceLinks(QualityContent content)
    {
        foreach (var fact in content.Catalog.Facts.Values)
        {
            foreach (var (document, index) in fact.Documents.Select((document, index) => (document, index)).Where(pair => pair.document.Url is not null))
            {
                var link = new Figure(FigureKind.Link, document.Url!, FigureExtractor.LinkKey(document.Url!));
                if (!content.Allowlist.Allows([fact.Id], link))
                {
                    yield return new QualityFinding(Name, document.Location, $"{fact.Id} {ContentTexts.DocumentField(index)} url", null,
                        $"link is not in {QualityContentLoader.AllowlistFile} for {fact.Id}", document.Url);
                }
            }
        }
    }

    private static string Describe(FigureKind kind) => kind switch
    {
        FigureKind.Phone => "phone number",
        FigureKind.Link => "link",
        _ => "number",
    };
}

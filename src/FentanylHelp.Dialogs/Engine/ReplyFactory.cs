using System.Globalization;
using System.Text;
using FentanylHelp.Dialogs.Content;

namespace FentanylHelp.Dialogs.Engine;

/// <summary>Turns nodes and strings into replies in one language: picks the text, fills the card, lists the choices.</summary>
public sealed class ReplyFactory(ContentCatalog catalog)
{
    /// <summary>The card used for a node that states facts but names no card, so its sources are always shown.</summary>
    public const string FactCard = "fact";
    public const string SourcesCard = "sources";
    public const string SourcesKey = "sources";

    /// <summary>The binding of one short source line, for cards that must stay short (the emergency cards).</summary>
    public const string SourceLineKey = "source";

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Node, string Language), string> topicLabels = new();

    public Reply ForNode(DialogNode node, string language)
    {
        var text = node.Text?.For(language) ?? string.Empty;
        var cardName = node.Card ?? (node.Facts.Count > 0 ? FactCard : null);
        var bindings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = node.Title?.For(language) ?? string.Empty,
            ["text"] = text,
            [SourcesKey] = SourceFooter(node.Facts, language),
            [SourceLineKey] = SourceLine(node.Facts, language),
        };
        return new Reply(node.Id, text, Card(cardName, bindings, language), ChoicesOf(node, language));
    }

    public Reply ForString(string key, string language, IReadOnlyList<ReplyChoice>? choices = null) =>
        new(key, catalog.Text(key, language), null, choices ?? []);

    /// <summary>The sources of a whole topic (dialog), one line per source, or null when it cites none.</summary>
    public Reply? ForSources(string dialog, string language, IReadOnlyList<ReplyChoice> choices)
    {
        var facts = catalog.NodeList.Where(node => node.Dialog == dialog).SelectMany(node => node.Facts).Distinct().ToList();
        if (facts.Count == 0)
        {
            return null;
        }

        var lines = new StringBuilder();
        foreach (var citation in Citations(facts, language))
        {
            lines.Append("- ").Append(citation).Append('\n');
        }

        lines.Append('\n').Append(Reviewed(facts, language));
        var text = lines.ToString();
        var bindings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = catalog.Text(StringKeys.SourcesTitle, language),
            ["text"] = text,
        };
        return new Reply(SourcesKey, text, Card(SourcesCard, bindings, language), choices);
    }

    /// <summary>
    /// A short name for a node, for "Did you mean…?": its title, or else the label of the first button that
    /// leads to it (those labels are already short and translated).
    /// </summary>
    public string TopicLabel(string nodeId, string language) =>
        topicLabels.GetOrAdd((nodeId, language), key =>
            catalog.Nodes.GetValueOrDefault(key.Node)?.Title?.For(key.Language)
            ?? catalog.NodeList.SelectMany(node => node.Choices)
                .FirstOrDefault(choice => choice.Target == key.Node && choice.Action is ChoiceAction.Goto or ChoiceAction.Call)?.Label.For(key.Language)
            ?? key.Node);

    /// <summary>Choices of a node, for replies that re-offer where the person was.</summary>
    public IReadOnlyList<ReplyChoice> ChoicesOf(string? nodeId, string language) =>
        nodeId is not null && catalog.Nodes.TryGetValue(nodeId, out var node) ? ChoicesOf(node, language) : [];

    private static List<ReplyChoice> ChoicesOf(DialogNode node, string language) =>
        [.. node.Choices.Select((choice, index) => new ReplyChoice(
            choice.Label.For(language),
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [SubmitKeys.From] = node.Id,
                [SubmitKeys.Choice] = (index + 1).ToString(CultureInfo.InvariantCulture),
            }))];

    private string SourceFooter(IReadOnlyList<string> facts, string language)
    {
        if (facts.Count == 0)
        {
            return string.Empty;
        }

        var sources = string.Join("; ", Citations(facts, language));
        return $"{catalog.Text(StringKeys.SourceLabel, language)}: {sources}. {Reviewed(facts, language)}";
    }

    /// <summary>
    /// One short line: the first document of the node's first fact (the one its 'facts:' list puts first) with no
    /// "reported" mark, and the review date of all its facts. A card that must fit a phone shows this instead
    /// of the full footer; the "sources" command still lists every source of the topic.
    /// </summary>
    private string SourceLine(IReadOnlyList<string> facts, string language) =>
        facts.Select(id => catalog.Facts.GetValueOrDefault(id)).OfType<FactSource>().FirstOrDefault()?.Documents is [var first, ..]
            ? $"{catalog.Text(StringKeys.SourceLabel, language)}: {Cited(first, language)}. {Reviewed(facts, language)}"
            : string.Empty;

    /// <summary>
    /// One citation per fact: its documents, each linked when it has a link, then "(reported)" for S and U facts.
    /// A document already cited for an earlier fact is not repeated, and a fact left with no document is skipped.
    /// </summary>
    private IEnumerable<string> Citations(IEnumerable<string> facts, string language)
    {
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in facts.Select(id => catalog.Facts.GetValueOrDefault(id)).OfType<FactSource>())
        {
            var documents = source.Documents
                .Where(document => cited.Add(document.Url ?? document.Citation.For(LocalizedText.BaseLanguage)))
                .Select(document => Cited(document, language))
                .ToList();
            if (documents.Count > 0)
            {
                var text = string.Join("; ", documents);
                yield return source.IsReported ? $"{text} ({catalog.Text(StringKeys.ReportedLabel, language)})" : text;
            }
        }
    }

    /// <summary>A document's citation, as a link when it has one.</summary>
    private static string Cited(FactDocument document, string language) =>
        document.Url is null ? document.Citation.For(language) : $"[{document.Citation.For(language)}]({document.Url})";

    /// <summary>The oldest review date among the facts: the whole message is only as fresh as its stalest fact.</summary>
    private string Reviewed(IEnumerable<string> facts, string language)
    {
        var oldest = facts.Select(id => catalog.Facts.GetValueOrDefault(id)?.Reviewed).OfType<DateOnly>().DefaultIfEmpty().Min();
        var date = oldest.ToString(catalog.Text(StringKeys.DateFormat, language), CultureInfo.GetCultureInfo(language));
        return $"{catalog.Text(StringKeys.ReviewedLabel, language)}: {date}.";
    }

    private System.Text.Json.Nodes.JsonObject? Card(string? name, Dictionary<string, string> bindings, string language) =>
        name is not null && catalog.Cards.TryGetValue(name, out var template)
            ? CardRenderer.Render(template.Json, binding => binding.StartsWith(CardRenderer.StringPrefix, StringComparison.Ordinal)
                ? catalog.Text(binding[CardRenderer.StringPrefix.Length..], language)
                : bindings.GetValueOrDefault(binding))
            : null;
}

using FentanylHelp.Dialogs.Content;

namespace FentanylHelp.Dialogs.Quality;

/// <summary>Lists every text of the content that users can see: node texts, titles and button labels, strings and fact sources.</summary>
public static class ContentTexts
{
    /// <param name="stringLocation">Where strings.yaml defines a key (the catalog keeps no line for strings).</param>
    public static IReadOnlyList<ContentText> Of(ContentCatalog catalog, Func<string, SourceLocation> stringLocation)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(stringLocation);
        var texts = new List<ContentText>();
        foreach (var node in catalog.NodeList)
        {
            if (node.Text is { } text)
            {
                texts.Add(new ContentText(TextKind.NodeText, node.Location, node.Id, "text", text, node.Facts));
            }

            if (node.Title is { } title)
            {
                texts.Add(new ContentText(TextKind.NodeTitle, node.Location, node.Id, "title", title, node.Facts));
            }

            for (var index = 0; index < node.Choices.Count; index++)
            {
                var choice = node.Choices[index];
                texts.Add(new ContentText(TextKind.ChoiceLabel, choice.Location, node.Id, $"choice {index + 1} label", choice.Label, LabelFacts(catalog, node, choice)));
            }
        }

        texts.AddRange(catalog.Strings.Select(pair => new ContentText(TextKind.SharedText, stringLocation(pair.Key), pair.Key, "string", pair.Value, null)));
        texts.AddRange(catalog.Facts.Values.SelectMany(fact => fact.Documents.Select((document, index) =>
            new ContentText(TextKind.FactSource, document.Location, fact.Id, DocumentField(index), document.Citation, [fact.Id]))));
        return texts;
    }

    /// <summary>"source" for a fact's first document, "source 2", "source 3" ... for those under 'also'.</summary>
    public static string DocumentField(int index) => index == 0 ? "source" : $"source {index + 1}";

    /// <summary>A button announces the node it leads to, so it may state what that node's facts back ("Call or text 988").</summary>
    private static string[] LabelFacts(ContentCatalog catalog, DialogNode node, Choice choice) =>
        [.. node.Facts.Concat(choice.Target is { } target && catalog.Nodes.TryGetValue(target, out var targetNode) ? targetNode.Facts : []).Distinct(StringComparer.Ordinal)];
}

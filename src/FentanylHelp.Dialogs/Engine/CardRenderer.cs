using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FentanylHelp.Dialogs.Engine;

/// <summary>
/// Fills a card template on its parsed JSON tree (never by string concatenation, so text with quotes or
/// braces cannot break the JSON). <c>{{name}}</c> is replaced by a binding; an element with
/// <c>"when": "name"</c> is kept only when that binding is non-empty.
/// </summary>
public static partial class CardRenderer
{
    public const string StringPrefix = "str:";
    private const string WhenKey = "when";

    public static JsonObject Render(JsonObject template, Func<string, string?> bind)
    {
        var card = (JsonObject)template.DeepClone();
        Fill(card, bind);
        return card;
    }

    /// <summary>The strings.yaml keys a template refers to with <c>{{str:key}}</c>.</summary>
    public static IEnumerable<string> StringReferences(JsonObject template) =>
        Placeholder().Matches(template.ToJsonString())
            .Select(match => match.Groups[1].Value)
            .Where(name => name.StartsWith(StringPrefix, StringComparison.Ordinal))
            .Select(name => name[StringPrefix.Length..])
            .Distinct(StringComparer.Ordinal);

    private static void Fill(JsonNode node, Func<string, string?> bind)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (Filled(child, bind) is { } text)
                    {
                        obj[key] = text;
                    }
                    else if (child is not null)
                    {
                        Fill(child, bind);
                    }
                }

                break;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    var item = array[index];
                    if (item is JsonObject element && element[WhenKey] is JsonValue condition)
                    {
                        element.Remove(WhenKey);
                        if (string.IsNullOrEmpty(bind(condition.ToString())))
                        {
                            array.RemoveAt(index--);
                            continue;
                        }
                    }

                    if (Filled(item, bind) is { } text)
                    {
                        array[index] = text;
                    }
                    else if (item is not null)
                    {
                        Fill(item, bind);
                    }
                }

                break;
        }
    }

    /// <summary>The filled text of a string value holding placeholders, or null for anything else.</summary>
    private static string? Filled(JsonNode? node, Func<string, string?> bind) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text.Contains("{{", StringComparison.Ordinal)
            ? Placeholder().Replace(text, match => bind(match.Groups[1].Value) ?? string.Empty)
            : null;

    [GeneratedRegex(@"\{\{\s*([A-Za-z0-9:_\-]+)\s*\}\}")]
    private static partial Regex Placeholder();
}

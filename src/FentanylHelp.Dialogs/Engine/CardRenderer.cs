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
                    if (child is JsonValue value && value.TryGetValue<string>(out var text) && text.Contains("{{", StringComparison.Ordinal))
                    {
                        obj[key] = Placeholder().Replace(text, match => bind(match.Groups[1].Value) ?? string.Empty);
                    }
                    else if (child is not null)
                    {
                        Fill(child, bind);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array.ToList())
                {
                    if (item is JsonObject element && element[WhenKey] is JsonValue condition)
                    {
                        element.Remove(WhenKey);
                        if (string.IsNullOrEmpty(bind(condition.ToString())))
                        {
                            array.Remove(item);
                            continue;
                        }
                    }

                    if (item is not null)
                    {
                        Fill(item, bind);
                    }
                }

                break;
        }
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z0-9:_\-]+)\s*\}\}")]
    private static partial Regex Placeholder();
}

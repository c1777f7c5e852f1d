using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FentanylHelp.TeamsPackage;

/// <summary>
/// Fills <c>${{NAME}}</c> placeholders in the string values of teamsAppManifest/manifest.json (the form Teams
/// Toolkit uses). An unknown placeholder is an error, so a typo cannot ship as literal text.
/// </summary>
internal static partial class ManifestTemplate
{
    public static JsonObject Fill(string templateJson, IReadOnlyDictionary<string, string> values)
    {
        var manifest = JsonNode.Parse(templateJson)?.AsObject() ?? throw new InvalidDataException("The manifest template is not a JSON object.");
        FillNode(manifest, values);
        return manifest;
    }

    private static void FillNode(JsonNode node, IReadOnlyDictionary<string, string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (child is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        obj[name] = Replace(text, values);
                    }
                    else if (child is not null)
                    {
                        FillNode(child, values);
                    }
                }

                break;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    if (array[index] is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        array[index] = Replace(text, values);
                    }
                    else if (array[index] is { } child)
                    {
                        FillNode(child, values);
                    }
                }

                break;
        }
    }

    private static string Replace(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, match => values.TryGetValue(match.Groups["name"].Value, out var value)
            ? value
            : throw new InvalidDataException($"The manifest template uses an unknown placeholder {match.Value}."));

    [GeneratedRegex(@"\$\{\{(?<name>[A-Z0-9_]+)\}\}")]
    private static partial Regex Placeholder();
}

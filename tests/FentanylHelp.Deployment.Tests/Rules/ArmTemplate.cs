using System.Text.Json.Nodes;

namespace FentanylHelp.Deployment.Tests.Rules;

/// <summary>Reading compiled ARM JSON: a Bicep module becomes a nested deployment with its own template.</summary>
public static class ArmTemplate
{
    /// <summary>The template and every nested template, each named by its module path (main, main/storage, ...).</summary>
    public static IEnumerable<(string Name, JsonObject Template)> WithNestedTemplates(JsonObject template, string name = "main")
    {
        yield return (name, template);
        foreach (var resource in Resources(template))
        {
            if (Text(resource["type"]) == "Microsoft.Resources/deployments"
                && resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in WithNestedTemplates(nested, $"{name}/{Text(resource["name"])}"))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The resources of one template: an array, or an object keyed by symbolic name (languageVersion 2.0).</summary>
    public static IEnumerable<JsonObject> Resources(JsonObject template) => template["resources"] switch
    {
        JsonArray array => array.OfType<JsonObject>(),
        JsonObject keyed => keyed.Select(pair => pair.Value).OfType<JsonObject>(),
        _ => [],
    };

    public static IEnumerable<(string Name, JsonObject Definition)> Parameters(JsonObject template) =>
        (template["parameters"] as JsonObject ?? []).Select(pair => (pair.Key, pair.Value as JsonObject ?? []));

    /// <summary>A JSON string's value, or null for anything else.</summary>
    public static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}

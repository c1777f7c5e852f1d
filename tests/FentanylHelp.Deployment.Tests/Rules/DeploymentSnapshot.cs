using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static FentanylHelp.Deployment.Tests.Rules.ArmTemplate;

namespace FentanylHelp.Deployment.Tests.Rules;

/// <summary>
/// A predicted deployment (bicep snapshot): the resources a deployment would create, with evaluated properties.
/// Values only Azure knows stay expressions such as <c>[reference('&lt;id&gt;', '&lt;api&gt;').principalId]</c>.
/// </summary>
public sealed partial class DeploymentSnapshot(JsonObject snapshot)
{
    /// <summary>A template output's predicted value (an expression when only Azure knows it).</summary>
    public string? Output(string name) => Text(snapshot["outputs"]?[name]);

    public IReadOnlyList<JsonObject> Resources { get; } = [.. (snapshot["predictedResources"]?.AsArray() ?? []).OfType<JsonObject>()];

    public IEnumerable<JsonObject> OfType(string type) =>
        Resources.Where(resource => string.Equals(Text(resource["type"]), type, StringComparison.OrdinalIgnoreCase));

    public static string Id(JsonObject resource) => Text(resource["id"]) ?? string.Empty;

    public static string Name(JsonObject resource) => Text(resource["name"]) ?? string.Empty;

    /// <summary>The resource id and property of a whole-value <c>[reference('id', 'api').property]</c> expression.</summary>
    public static (string ResourceId, string Property)? ReferenceIn(string? value) =>
        value is not null && Reference().Match(value) is { Success: true } match
            ? (match.Groups["id"].Value, match.Groups["property"].Value)
            : null;

    /// <summary>The web app's app settings by name (last one wins, as in App Service).</summary>
    public static IReadOnlyDictionary<string, string?> AppSettings(JsonObject site)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in (site["properties"]?["siteConfig"]?["appSettings"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (Text(setting["name"]) is { } name)
            {
                settings[name] = Text(setting["value"]);
            }
        }

        return settings;
    }

    /// <summary>Resource ids of the user-assigned identities a resource runs as.</summary>
    public static IReadOnlyList<string> UserAssignedIdentities(JsonObject resource) =>
        [.. (resource["identity"]?["userAssignedIdentities"] as JsonObject ?? []).Select(pair => pair.Key)];

    /// <summary>The scope of an extension resource such as a role assignment: the id before /providers/Microsoft.Authorization/.</summary>
    public static string ScopeOf(JsonObject extensionResource)
    {
        var id = Id(extensionResource);
        var at = id.IndexOf("/providers/Microsoft.Authorization/", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? string.Empty : id[..at];
    }

    /// <summary>Role assignments of a built-in role (by role definition id) on a scope.</summary>
    public IEnumerable<JsonObject> RoleAssignments(string roleDefinitionId, string scope) =>
        OfType("Microsoft.Authorization/roleAssignments").Where(assignment =>
            (Text(assignment["properties"]?["roleDefinitionId"]) ?? string.Empty).EndsWith($"/{roleDefinitionId}", StringComparison.OrdinalIgnoreCase)
            && string.Equals(ScopeOf(assignment), scope, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a role assignment's principal is the given identity's.</summary>
    public static bool IsForIdentity(JsonObject assignment, string identityId) =>
        ReferenceIn(Text(assignment["properties"]?["principalId"])) is { } reference
        && string.Equals(reference.ResourceId, identityId, StringComparison.OrdinalIgnoreCase)
        && reference.Property == "principalId";

    [GeneratedRegex(@"^\[reference\('(?<id>[^']+)', '[^']+'\)\.(?<property>[A-Za-z0-9_.]+)\]$")]
    private static partial Regex Reference();
}

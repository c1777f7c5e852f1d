using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static FentanylHelp.Deployment.Tests.Rules.ArmTemplate;

namespace FentanylHelp.Deployment.Tests.Rules;

/// <summary>
/// The Azure Bot registration: global, never multi-tenant, its messaging endpoint on the web app's own host,
/// and the same identity as the web app's bot settings (a mismatch means every Teams message gets a 401).
/// </summary>
public static partial class BotRules
{
    public static IReadOnlyList<string> Problems(DeploymentSnapshot snapshot)
    {
        var bots = snapshot.OfType("Microsoft.BotService/botServices").ToList();
        var sites = snapshot.OfType("Microsoft.Web/sites").ToList();
        if (bots.Count == 0)
        {
            return ["no Azure Bot (Microsoft.BotService/botServices) in the deployment"];
        }

        if (sites.Count != 1)
        {
            return [$"expected one web app for the bot, found {sites.Count}"];
        }

        var problems = new List<string>();
        foreach (var bot in bots)
        {
            problems.AddRange(BotProblems(bot, sites[0]));
        }

        return problems;
    }

    private static List<string> BotProblems(JsonObject bot, JsonObject site)
    {
        var problems = new List<string>();
        var name = $"bot '{DeploymentSnapshot.Name(bot)}'";
        var properties = bot["properties"];
        Expect.Value(problems, $"{name} kind", bot["kind"], "azurebot");
        Expect.Value(problems, $"{name} location", bot["location"], "global");

        var appType = Text(properties?["msaAppType"]);
        if (appType is null || !TemplateRules.AllowedBotAppTypes.Contains(appType))
        {
            problems.Add($"{name} msaAppType is '{appType}', expected SingleTenant or UserAssignedMSI");
        }

        var endpoint = Text(properties?["endpoint"]);
        var host = endpoint is null ? null : EndpointOnHost().Match(endpoint);
        if (host is not { Success: true }
            || !string.Equals(host.Groups["site"].Value, DeploymentSnapshot.Id(site), StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{name} messaging endpoint {endpoint} is not https://<web app host>/api/messages");
        }

        var settings = DeploymentSnapshot.AppSettings(site);
        Expect.Value(problems, $"{name} msaAppType (the web app's MicrosoftAppType)", properties?["msaAppType"], settings.GetValueOrDefault("MicrosoftAppType") ?? "not set");
        Expect.Value(problems, $"{name} msaAppId (the web app's MicrosoftAppId)", properties?["msaAppId"], settings.GetValueOrDefault("MicrosoftAppId") ?? "not set");
        Expect.Value(problems, $"{name} msaAppTenantId (the web app's MicrosoftAppTenantId)", properties?["msaAppTenantId"], settings.GetValueOrDefault("MicrosoftAppTenantId") ?? "not set");

        if (appType == "UserAssignedMSI")
        {
            var identity = Text(properties?["msaAppMSIResourceId"]);
            if (!DeploymentSnapshot.UserAssignedIdentities(site).Contains(identity ?? string.Empty, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"{name} msaAppMSIResourceId '{identity}' is not an identity the web app runs as");
            }
            else if (DeploymentSnapshot.ReferenceIn(Text(properties?["msaAppId"])) is not { Property: "clientId" } clientId
                || !string.Equals(clientId.ResourceId, identity, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{name} msaAppId is not the client id of its managed identity");
            }
        }
        else if (!Guid.TryParse(Text(properties?["msaAppId"]), out _))
        {
            problems.Add($"{name} msaAppId '{Text(properties?["msaAppId"])}' is not an app registration's client id");
        }

        return problems;
    }

    [GeneratedRegex(@"^\[format\('https://\{0\}/api/messages', reference\('(?<site>[^']+)', '[^']+'\)\.defaultHostName\)\]$")]
    private static partial Regex EndpointOnHost();
}

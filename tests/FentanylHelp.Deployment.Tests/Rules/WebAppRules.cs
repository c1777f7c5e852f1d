using System.Globalization;
using static FentanylHelp.Deployment.Tests.Rules.ArmTemplate;

namespace FentanylHelp.Deployment.Tests.Rules;

/// <summary>The web app and its plan: Linux, .NET 10, HTTPS only, WebSockets, health check, no FTP.</summary>
public static class WebAppRules
{
    public const string HealthCheckPath = "/health/ready";

    public static IReadOnlyList<string> Problems(DeploymentSnapshot snapshot)
    {
        var problems = new List<string>();
        var sites = snapshot.OfType("Microsoft.Web/sites").ToList();
        if (sites.Count == 0)
        {
            return ["no web app (Microsoft.Web/sites) in the deployment"];
        }

        foreach (var site in sites)
        {
            var name = $"web app '{DeploymentSnapshot.Name(site)}'";
            var properties = site["properties"];
            var config = properties?["siteConfig"];
            Expect.Value(problems, $"{name} httpsOnly", properties?["httpsOnly"], true);
            // The self-hosted web channel keeps conversations in one instance's memory.
            Expect.Value(problems, $"{name} clientAffinityEnabled", properties?["clientAffinityEnabled"], true);
            Expect.Value(problems, $"{name} linuxFxVersion", config?["linuxFxVersion"], "DOTNETCORE|10.0");
            Expect.Value(problems, $"{name} webSocketsEnabled", config?["webSocketsEnabled"], true);
            Expect.Value(problems, $"{name} healthCheckPath", config?["healthCheckPath"], HealthCheckPath);
            Expect.Value(problems, $"{name} minTlsVersion", config?["minTlsVersion"], "1.2");
            Expect.Value(problems, $"{name} ftpsState", config?["ftpsState"], "Disabled");
            problems.AddRange(HostSettingProblems(name, DeploymentSnapshot.AppSettings(site)));
            if (DeploymentSnapshot.UserAssignedIdentities(site).Count == 0)
            {
                problems.Add($"{name} has no user-assigned identity");
            }

            var planId = Text(properties?["serverFarmId"]);
            var plan = snapshot.Resources.FirstOrDefault(resource => string.Equals(DeploymentSnapshot.Id(resource), planId, StringComparison.OrdinalIgnoreCase));
            if (plan is null)
            {
                problems.Add($"{name} runs on plan '{planId}', which the deployment does not create");
            }
            else
            {
                Expect.Value(problems, $"plan '{DeploymentSnapshot.Name(plan)}' kind", plan["kind"], "linux");
                Expect.Value(problems, $"plan '{DeploymentSnapshot.Name(plan)}' reserved (Linux)", plan["properties"]?["reserved"], true);
            }
        }

        return problems;
    }

    /// <summary>
    /// appsettings.json makes the app listen on localhost:3978 for local runs; in App Service it must listen on
    /// every interface at the port the platform forwards to, and trust the front end's forwarded headers.
    /// </summary>
    private static IEnumerable<string> HostSettingProblems(string name, IReadOnlyDictionary<string, string?> settings)
    {
        var port = settings.GetValueOrDefault("WEBSITES_PORT") ?? "8080";
        var urls = settings.GetValueOrDefault("Urls");
        if (urls is null || !Uri.TryCreate(urls.Replace("+", "0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var listen)
            || listen.Host != "0.0.0.0" || listen.Port.ToString(CultureInfo.InvariantCulture) != port)
        {
            yield return $"{name} app setting Urls is {urls ?? "not set"}, expected http://+:{port} (every interface, the port App Service forwards to)";
        }

        if (settings.GetValueOrDefault("ASPNETCORE_FORWARDEDHEADERS_ENABLED") != "true")
        {
            yield return $"{name} app setting ASPNETCORE_FORWARDEDHEADERS_ENABLED is not true, so the chat would get ws:// stream URLs behind App Service's TLS";
        }
    }
}

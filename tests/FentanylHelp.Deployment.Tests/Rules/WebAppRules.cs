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
}

using FentanylHelp.Dialogs.Engine;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FentanylHelp.Bot.Health;

public static class HealthEndpoints
{
    public static IServiceCollection AddBotHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ContentHealthCheck>("content", tags: ["ready"]);
        return services;
    }

    /// <summary>/health/live: the process answers. /health/ready: content is loaded and the bot can take turns.</summary>
    public static IEndpointRouteBuilder MapBotHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
        return endpoints;
    }

    private sealed class ContentHealthCheck(DialogEngine engine) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(engine.Catalog.NodeList.Count > 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("no content"));
    }
}

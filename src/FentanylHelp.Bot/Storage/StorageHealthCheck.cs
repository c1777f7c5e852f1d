using Microsoft.Bot.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace FentanylHelp.Bot.Storage;

/// <summary>
/// Ready only while conversation state can be saved: writes a small probe item (a write, so a read-only disk
/// or a read-only role on the storage account shows too) within <c>Storage:Timeout</c>.
/// </summary>
internal sealed class StorageHealthCheck(IStorage storage, IOptions<StorageOptions> options) : IHealthCheck
{
    /// <summary>A key no channel produces (channel keys look like "channel/conversations/id").</summary>
    public const string ProbeKey = "health-probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var timeout = options.Value.Timeout;
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            var probe = new Dictionary<string, object> { [ProbeKey] = new Dictionary<string, object> { ["probe"] = true } };
            await storage.WriteAsync(probe, deadline.Token).WaitAsync(timeout, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"Conversation storage ({options.Value.Provider}) is not answering: {failure.GetType().Name}");
        }
    }
}

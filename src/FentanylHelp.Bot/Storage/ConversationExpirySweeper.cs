using FentanylHelp.Bot.Content;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace FentanylHelp.Bot.Storage;

/// <summary>
/// Deletes conversations nobody wrote to for longer than <c>Conversation:Expiry</c>, at start and then every
/// <c>Storage:CleanupInterval</c>, on the app's clock. The engine already starts an expired conversation
/// afresh; this makes sure its state does not stay stored either.
/// </summary>
internal sealed partial class ConversationExpirySweeper(
    IStorage storage,
    TimeProvider time,
    IOptions<ConversationOptions> conversation,
    IOptions<StorageOptions> options,
    ILogger<ConversationExpirySweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (storage is not IIdleConversationCleanup cleanup)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.CleanupInterval, time);
        do
        {
            await SweepAsync(cleanup, stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task SweepAsync(IIdleConversationCleanup cleanup, CancellationToken stoppingToken)
    {
        try
        {
            var deleted = await cleanup.DeleteIdleAsync(time.GetUtcNow() - conversation.Value.Expiry, stoppingToken);
            LogSwept(logger, deleted);
        }
        catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
        {
            // Storage down: try again next time; turns meanwhile still ignore expired state.
            LogSweepFailed(logger, failure.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deleted {Count} idle conversations")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete idle conversations ({Failure}); will try again")]
    private static partial void LogSweepFailed(ILogger logger, string failure);
}

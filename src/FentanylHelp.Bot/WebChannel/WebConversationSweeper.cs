namespace FentanylHelp.Bot.WebChannel;

/// <summary>Once a minute, forgets expired conversations and spent stream tokens.</summary>
internal sealed class WebConversationSweeper(WebConversations conversations, DirectLineTokens tokens, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                conversations.Sweep();
                tokens.PurgeRedeemed();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}

using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace FentanylHelp.Bot.WebChannel;

/// <summary>Runs the bot in process on an activity already in the conversation's log, bound with <c>[AsParameters]</c>.</summary>
public sealed record BotTurnRunner(WebChannelAdapter Adapter, IBot Bot, IHostApplicationLifetime Lifetime)
{
    /// <summary>One turn at a time per conversation, in the order the activities arrived.</summary>
    public async Task RunAsync(WebConversation conversation, Activity activity)
    {
        // The turn runs to its end even if the page goes away meanwhile, so the state it saves stays whole.
        await conversation.Turns.WaitAsync(Lifetime.ApplicationStopping);
        try
        {
            await Adapter.ProcessAsync(activity, Bot, Lifetime.ApplicationStopping);
        }
        finally
        {
            conversation.Turns.Release();
        }
    }
}

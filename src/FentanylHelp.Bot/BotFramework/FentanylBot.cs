using FentanylHelp.Dialogs.Engine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace FentanylHelp.Bot.BotFramework;

/// <summary>
/// The only class that knows activities: it loads the dialog state, hands the input to the engine,
/// sends the rendered replies and saves the state.
/// </summary>
public sealed class FentanylBot(DialogEngine engine, ConversationState conversationState, ActivityRenderer renderer, BotMetrics metrics)
    : ActivityHandler
{
    /// <summary>The event Web Chat pages send when they open, so the welcome comes before the person types.</summary>
    public const string JoinEventName = "webchat/join";

    private readonly IStatePropertyAccessor<DialogState> dialogState = conversationState.CreateProperty<DialogState>("dialog");

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        RunTurnAsync(turnContext, ActivityInput.From(turnContext.Activity), cancellationToken);

    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        return membersAdded.Any(member => member.Id != botId)
            ? RunTurnAsync(turnContext, TurnInput.Start(((Activity)turnContext.Activity).Locale), cancellationToken)
            : Task.CompletedTask;
    }

    protected override Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Name == JoinEventName
            ? RunTurnAsync(turnContext, TurnInput.Start(((Activity)turnContext.Activity).Locale), cancellationToken)
            : Task.CompletedTask;

    private async Task RunTurnAsync(ITurnContext turnContext, TurnInput input, CancellationToken cancellationToken)
    {
        var state = await dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        var result = engine.Turn(input, state);
        metrics.Turn();
        foreach (var signal in result.Signals)
        {
            metrics.Signal(signal);
        }

        if (result.Crisis is { } crisis)
        {
            metrics.Crisis(crisis.Category);
        }

        await dialogState.SetAsync(turnContext, state, cancellationToken);
        if (result.Replies.Count > 0)
        {
            await turnContext.SendActivitiesAsync([.. renderer.Render(result)], cancellationToken);
        }
    }
}

using FentanylHelp.Bot.BotFramework.Teams;
using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace FentanylHelp.Bot.BotFramework;

/// <summary>
/// The only class that knows activities: it hands the input to the engine on the conversation's saved
/// state (<see cref="StatefulTurns"/> loads and saves it) and sends the rendered replies once saved. On the
/// <c>msteams</c> channel it behaves as a Teams bot (see <see cref="TeamsTurns"/>); every other channel is
/// served as before.
/// </summary>
public sealed class FentanylBot(DialogEngine engine, StatefulTurns turns, ActivityRenderer renderer, BotMetrics metrics)
    : TeamsActivityHandler
{
    /// <summary>The event Web Chat pages send when they open, so the welcome comes before the person types.</summary>
    public const string JoinEventName = "webchat/join";

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!TeamsConversation.IsTeams(turnContext.Activity))
        {
            return RunTurnAsync(turnContext, [ActivityInput.From(turnContext.Activity)], cancellationToken);
        }

        return TeamsTurns.InputOf(turnContext.Activity) is { } input
            ? RunTurnAsync(turnContext, [input], cancellationToken)
            : Task.CompletedTask;
    }

    /// <summary>
    /// On Teams, only the bot's own arrival is worth a message: one greeting for the chat or the team, never one
    /// per person who joins. Teams' member dispatch is skipped on purpose: it looks up every added person with a
    /// call to the Teams service, which this bot has no use for.
    /// </summary>
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!TeamsConversation.IsTeams(turnContext.Activity))
        {
            await base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);
            return;
        }

        if (TeamsTurns.BotWasAdded(turnContext.Activity))
        {
            await WelcomeOnceAsync(turnContext, cancellationToken);
        }
    }

    /// <summary>A fresh install on Teams ("add"); an upgrade ("add-upgrade") is not a new conversation.</summary>
    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        TeamsConversation.IsTeams(turnContext.Activity) && turnContext.Activity.Action == "add"
            ? WelcomeOnceAsync(turnContext, cancellationToken)
            : Task.CompletedTask;

    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        return membersAdded.Any(member => member.Id != botId)
            ? RunTurnAsync(turnContext, [TurnInput.Start(((Activity)turnContext.Activity).Locale)], cancellationToken)
            : Task.CompletedTask;
    }

    protected override Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Name == JoinEventName ? JoinAsync(turnContext, cancellationToken) : Task.CompletedTask;

    /// <summary>
    /// Teams announces an installation twice, nearly at once (an <c>installationUpdate</c> and a
    /// <c>conversationUpdate</c> adding the bot): only a conversation that has not started yet is welcomed.
    /// The check runs on the saved state inside the save-or-retry loop, so when both announcements race, the
    /// second one's save conflicts, it runs again on the first one's state, and says nothing.
    /// </summary>
    private Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var start = TurnInput.Start(((Activity)turnContext.Activity).Locale);
        return RunTurnAsync(turnContext, state => state.Node is null ? [engine.Turn(start, state)] : [], cancellationToken);
    }

    /// <summary>
    /// The page's join event: the welcome, in the language the page asked for (<c>value.lang</c>) or the
    /// activity's locale; then, for a deep link (<c>value.topic</c>), the tap on the button leading to that topic.
    /// </summary>
    private Task JoinAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        var value = turnContext.Activity.Value as JObject;
        var locale = value?["lang"] is JValue { Type: JTokenType.String } lang && ((string)lang!).Length == 2
            ? (string?)lang
            : ((Activity)turnContext.Activity).Locale;
        var topic = value?["topic"] is JValue { Type: JTokenType.String } named ? (string?)named : null;
        List<TurnInput> inputs = [TurnInput.Start(locale)];
        if (TopicLinks.TapFor(engine.Catalog, topic) is { } tap)
        {
            inputs.Add(TurnInput.Submit(tap, locale));
        }

        return RunTurnAsync(turnContext, inputs, cancellationToken);
    }

    /// <summary>One or more engine turns on the same state; their replies go out together.</summary>
    private Task RunTurnAsync(ITurnContext turnContext, IReadOnlyList<TurnInput> inputs, CancellationToken cancellationToken) =>
        RunTurnAsync(turnContext, state => [.. inputs.Select(input => engine.Turn(input, state))], cancellationToken);

    /// <summary>Runs <paramref name="turn"/> on the saved state; the replies go out after the save.</summary>
    private async Task RunTurnAsync(ITurnContext turnContext, Func<DialogState, IReadOnlyList<TurnResult>> turn, CancellationToken cancellationToken)
    {
        var isTeams = TeamsConversation.IsTeams(turnContext.Activity);
        var surface = isTeams ? TeamsConversation.SurfaceOf(turnContext.Activity) : ReplySurface.Default;
        var outcome = await turns.RunAsync(turnContext, turn, cancellationToken);
        var replies = new List<IActivity>();
        foreach (var result in outcome.Results)
        {
            metrics.Turn();
            foreach (var signal in result.Signals)
            {
                metrics.Signal(signal);
            }

            if (result.Crisis is { } crisis)
            {
                metrics.Crisis(crisis.Category);
            }

            replies.AddRange(renderer.Render(result, surface));
        }

        if (outcome.TellStateMayBeLost && outcome.Results.Count > 0)
        {
            // After the answer: a crisis reply always comes first.
            var language = outcome.Results[^1].Language;
            var notice = new Reply(StringKeys.StateMayBeLost, engine.Catalog.Text(StringKeys.StateMayBeLost, language), null, []);
            replies.AddRange(renderer.Render(new TurnResult([notice], language, [], null, []), surface));
        }

        if (replies.Count == 0)
        {
            return;
        }

        if (isTeams && TeamsTurns.WantsTyping(turnContext.Activity, replies))
        {
            // A courtesy only: Teams may not show it, and nothing depends on it.
            replies.Insert(0, new Activity(ActivityTypes.Typing));
        }

        await turnContext.SendActivitiesAsync([.. replies], cancellationToken);
    }
}

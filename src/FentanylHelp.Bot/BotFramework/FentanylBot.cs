using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace FentanylHelp.Bot.BotFramework;

/// <summary>
/// The only class that knows activities: it hands the input to the engine on the conversation's saved
/// state (<see cref="StatefulTurns"/> loads and saves it) and sends the rendered replies once saved.
/// </summary>
public sealed class FentanylBot(DialogEngine engine, StatefulTurns turns, ActivityRenderer renderer, BotMetrics metrics)
    : ActivityHandler
{
    /// <summary>The event Web Chat pages send when they open, so the welcome comes before the person types.</summary>
    public const string JoinEventName = "webchat/join";

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
        turnContext.Activity.Name == JoinEventName ? JoinAsync(turnContext, cancellationToken) : Task.CompletedTask;

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

    private Task RunTurnAsync(ITurnContext turnContext, TurnInput input, CancellationToken cancellationToken) =>
        RunTurnAsync(turnContext, [input], cancellationToken);

    /// <summary>One or more engine turns on the same state; their replies go out together, after the save.</summary>
    private async Task RunTurnAsync(ITurnContext turnContext, IReadOnlyList<TurnInput> inputs, CancellationToken cancellationToken)
    {
        var outcome = await turns.RunAsync(turnContext, state => [.. inputs.Select(input => engine.Turn(input, state))], cancellationToken);
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

            replies.AddRange(renderer.Render(result));
        }

        if (outcome.TellStateMayBeLost && outcome.Results.Count > 0)
        {
            // After the answer: a crisis reply always comes first.
            var language = outcome.Results[^1].Language;
            var notice = new Reply(StringKeys.StateMayBeLost, engine.Catalog.Text(StringKeys.StateMayBeLost, language), null, []);
            replies.AddRange(renderer.Render(new TurnResult([notice], language, [], null, [])));
        }

        if (replies.Count > 0)
        {
            await turnContext.SendActivitiesAsync([.. replies], cancellationToken);
        }
    }
}

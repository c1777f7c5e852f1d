using FentanylHelp.Dialogs.Engine;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace FentanylHelp.Bot.BotFramework;

/// <summary>
/// Turns engine replies into activities. A reply with a card becomes an Adaptive Card whose choices are
/// Action.Submit buttons (they carry the node and choice, so old cards keep working); a text reply shows
/// its choices as suggested actions that post the label, which the engine accepts as typed text.
/// </summary>
public sealed class ActivityRenderer
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>
    /// An entity naming the node or string a message came from, so tests and analytics can follow a
    /// conversation without reading its words. Channels ignore entity types they do not know.
    /// </summary>
    public const string ReplyKeyEntityType = "replyKey";

    public IReadOnlyList<IActivity> Render(TurnResult result) =>
        [.. result.Replies.Select(reply => Render(reply, result.Language))];

    private static Activity Render(Reply reply, string language)
    {
        var activity = (Activity)Activity.CreateMessageActivity();
        activity.Locale = language;
        activity.Entities = [new Entity(ReplyKeyEntityType) { Properties = { ["key"] = reply.Key } }];
        if (reply.Card is { } card)
        {
            var content = JObject.Parse(card.ToJsonString());
            if (reply.Choices.Count > 0)
            {
                var actions = content["actions"] as JArray ?? [];
                foreach (var choice in reply.Choices)
                {
                    actions.Add(new JObject
                    {
                        ["type"] = "Action.Submit",
                        ["title"] = choice.Label,
                        ["data"] = JObject.FromObject(choice.Value),
                    });
                }

                content["actions"] = actions;
            }

            activity.Attachments = [new Attachment { ContentType = AdaptiveCardContentType, Content = content }];
            return activity;
        }

        activity.Text = reply.Text;
        activity.TextFormat = TextFormatTypes.Markdown;
        if (reply.Choices.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = [.. reply.Choices.Select(choice => new CardAction(ActionTypes.ImBack, choice.Label, value: choice.Label))],
            };
        }

        return activity;
    }
}

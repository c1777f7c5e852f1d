using FentanylHelp.Dialogs.Engine;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace FentanylHelp.Bot.BotFramework;

/// <summary>
/// Turns engine replies into activities. A reply with a card becomes an Adaptive Card whose choices are
/// Action.Submit buttons (they carry the node and choice, so old cards keep working); a text reply shows
/// its choices as suggested actions that post the label, which the engine accepts as typed text, where
/// the <see cref="ReplySurface"/> shows them, and as a card with Action.Submit buttons where it does not.
/// </summary>
public sealed class ActivityRenderer
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The newest Adaptive Card version every Teams client renders.</summary>
    public const string AdaptiveCardVersion = "1.5";

    /// <summary>
    /// An entity naming the node or string a message came from, so tests and analytics can follow a
    /// conversation without reading its words. Channels ignore entity types they do not know.
    /// </summary>
    public const string ReplyKeyEntityType = "replyKey";

    /// <summary>
    /// The id of a card element that tells people to dial from their phone (its words are in dialogs/, named by
    /// the card template): shown where call buttons may not call (<see cref="ReplySurface.CallButtonsMayNotCall"/>),
    /// taken out everywhere else.
    /// </summary>
    public const string PhoneNoteId = "phone-note";

    public IReadOnlyList<IActivity> Render(TurnResult result) => Render(result, ReplySurface.Default);

    public IReadOnlyList<IActivity> Render(TurnResult result, ReplySurface surface) =>
        [.. result.Replies.Select(reply => Render(reply, result.Language, surface))];

    private static Activity Render(Reply reply, string language, ReplySurface surface)
    {
        var activity = (Activity)Activity.CreateMessageActivity();
        activity.Locale = language;
        activity.Entities = [new Entity(ReplyKeyEntityType) { Properties = { ["key"] = reply.Key } }];
        if (reply.Card is { } card)
        {
            var content = JObject.Parse(card.ToJsonString());
            ShowPhoneNotes(content, surface.CallButtonsMayNotCall);
            activity.Attachments = [CardAttachment(content, reply.Choices)];
            return activity;
        }

        var suggest = surface.SuggestedActions && reply.Choices.Count <= surface.MaxSuggestedActions;
        if (reply.Choices.Count > 0 && !suggest)
        {
            // The text goes on the card with its buttons, so it keeps the buttons right under it.
            activity.Attachments = [CardAttachment(TextCard(reply.Text), reply.Choices)];
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

    private static Attachment CardAttachment(JObject content, IReadOnlyList<ReplyChoice> choices)
    {
        if (choices.Count > 0)
        {
            var actions = content["actions"] as JArray ?? [];
            foreach (var choice in choices)
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

        return new Attachment { ContentType = AdaptiveCardContentType, Content = content };
    }

    private static void ShowPhoneNotes(JObject card, bool show)
    {
        foreach (var note in card.Descendants().OfType<JObject>().Where(element => element["id"] is JValue { Type: JTokenType.String } id && (string?)id == PhoneNoteId).ToList())
        {
            if (show)
            {
                note["isVisible"] = true;
            }
            else
            {
                note.Remove();
            }
        }
    }

    /// <summary>A card that only carries a text (Adaptive Card text blocks read the same Markdown subset).</summary>
    private static JObject TextCard(string text) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = AdaptiveCardVersion,
        ["fallbackText"] = text,
        ["body"] = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }),
    };
}

using FentanylHelp.Bot.BotFramework;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace FentanylHelp.Bot.Tests;

/// <summary>Reads rendered activities the way a person would see them: key, words, buttons.</summary>
internal static class ReplyReading
{
    public static string Key(this Activity activity) =>
        activity.Entities?.FirstOrDefault(entity => entity.Type == ActivityRenderer.ReplyKeyEntityType)?.Properties["key"]?.ToString()
        ?? throw new InvalidOperationException("The reply has no reply key entity.");

    public static JObject? Card(this Activity activity) =>
        activity.Attachments?.FirstOrDefault(attachment => attachment.ContentType == ActivityRenderer.AdaptiveCardContentType)?.Content as JObject;

    /// <summary>All words of the reply: its text, or every text in its card.</summary>
    public static string Words(this Activity activity) =>
        activity.Card() is { } card
            ? string.Join("\n", card.SelectTokens("$..text").Select(token => token.ToString()))
            : activity.Text ?? string.Empty;

    /// <summary>The buttons a person can tap: card submit buttons, or suggested actions.</summary>
    public static IReadOnlyList<(string Label, Activity Tap)> Buttons(this Activity activity)
    {
        if (activity.Card() is { } card)
        {
            return [.. (card["actions"] as JArray ?? [])
                .Where(action => (string?)action["type"] == "Action.Submit")
                .Select(action => ((string)action["title"]!, new Activity(ActivityTypes.Message) { Value = action["data"]!.DeepClone() }))];
        }

        return [.. (activity.SuggestedActions?.Actions ?? [])
            .Select(action => (action.Title, new Activity(ActivityTypes.Message) { Text = action.Value?.ToString() }))];
    }
}

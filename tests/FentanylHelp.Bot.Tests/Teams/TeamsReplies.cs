using System.Text.Json.Nodes;

namespace FentanylHelp.Bot.Tests.Teams;

/// <summary>Reads the bot's Teams replies as JSON: reply keys, typing indicators, cards and buttons.</summary>
internal static class TeamsReplies
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    public static IReadOnlyList<JsonObject> Messages(this IReadOnlyList<JsonObject> replies) =>
        [.. replies.Where(reply => (string?)reply["type"] == "message")];

    public static IReadOnlyList<string> Keys(this IReadOnlyList<JsonObject> replies) =>
        [.. replies.Messages().Select(Key)];

    public static string Key(this JsonObject reply) =>
        (string)reply["entities"]!.AsArray().First(entity => (string?)entity!["type"] == "replyKey")!["key"]!;

    public static bool StartsWithTyping(this IReadOnlyList<JsonObject> replies) =>
        replies.Count > 0 && (string?)replies[0]["type"] == "typing";

    public static bool HasTyping(this IReadOnlyList<JsonObject> replies) =>
        replies.Any(reply => (string?)reply["type"] == "typing");

    public static IEnumerable<JsonObject> Cards(this JsonObject reply) =>
        (reply["attachments"]?.AsArray() ?? [])
            .Where(attachment => (string?)attachment!["contentType"] == AdaptiveCard)
            .Select(attachment => attachment!["content"]!.AsObject());

    public static int SuggestedActionCount(this JsonObject reply) => reply["suggestedActions"]?["actions"]?.AsArray().Count ?? 0;

    /// <summary>The data of the card's Action.Submit buttons, in order.</summary>
    public static IReadOnlyList<JsonObject> SubmitButtons(this JsonObject reply) =>
        [.. reply.Cards().SelectMany(card => card["actions"]?.AsArray() ?? [])
            .Where(action => (string?)action!["type"] == "Action.Submit")
            .Select(action => action!["data"]!.AsObject())];
}

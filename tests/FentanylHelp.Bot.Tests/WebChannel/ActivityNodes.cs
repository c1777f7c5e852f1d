using System.Text.Json.Nodes;

namespace FentanylHelp.Bot.Tests.WebChannel;

/// <summary>Reads activity JSON as the channel sends it to clients.</summary>
internal static class ActivityNodes
{
    public static string? ReplyKey(this JsonObject activity) =>
        (string?)activity["entities"]?.AsArray().FirstOrDefault(entity => (string?)entity!["type"] == "replyKey")?["key"];

    public static bool IsFromBot(this JsonObject activity) => (string?)activity["from"]?["role"] == "bot";

    public static bool IsBotMessage(this JsonObject activity, string key) => activity.IsFromBot() && activity.ReplyKey() == key;

    public static string? ClientActivityId(this JsonObject activity) => (string?)activity["channelData"]?["clientActivityID"];

    public static long Sequence(this JsonObject activity) => long.Parse(((string)activity["id"]!).Split('|')[1], System.Globalization.CultureInfo.InvariantCulture);

    public static IReadOnlyList<JsonObject> Activities(this JsonObject activitySet) =>
        [.. activitySet["activities"]!.AsArray().Select(activity => activity!.AsObject())];

    /// <summary>The first Action.Submit data of an Adaptive Card attachment, by button title.</summary>
    public static JsonNode SubmitData(this JsonObject activity, string title) =>
        activity["attachments"]![0]!["content"]!["actions"]!.AsArray().First(action => (string?)action!["title"] == title)!["data"]!;
}

using System.Text.Json.Nodes;

namespace FentanylHelp.Bot.Tests.Http;

/// <summary>Activity JSON as a channel posts it to /api/messages.</summary>
internal static class ActivityJson
{
    public static JsonObject Message(string conversationId, string? text, string serviceUrl = "http://127.0.0.1:9", bool expectReplies = true, JsonObject? value = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = "2026-11-27T12:00:00Z",
            ["channelId"] = "emulator",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "User" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "Bot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["locale"] = "en-US",
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        if (value is not null)
        {
            activity["value"] = value;
        }

        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }

    public static IReadOnlyList<string> Keys(JsonNode? expectedReplies) =>
        [.. (expectedReplies?["activities"]?.AsArray() ?? [])
            .Select(activity => (string)activity!["entities"]!.AsArray().First(entity => (string?)entity!["type"] == "replyKey")!["key"]!)];
}

using System.Text.Json.Nodes;

namespace FentanylHelp.Bot.Tests.Teams;

/// <summary>
/// Activities shaped as Microsoft Teams sends them, after the JSON examples in Microsoft's Teams documentation
/// (msteams-docs: bots/how-to/conversations/subscribe-to-conversation-events.md, bots-conv-channel.md,
/// cards-actions.md): ids with their 28:/29:/19: prefixes, conversationType, channelData with tenant and team,
/// mention and clientInfo entities. Each call makes a fresh conversation unless one is given.
/// </summary>
internal static class TeamsPayloads
{
    public const string BotId = "28:0b4b7d5e-2f4c-4b8e-9d3a-6f1c2a7e8b90";
    public const string BotName = "Fentanyl Help";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string TeamId = "19:c6d70e392b8c4b6b9f5e1b8a1e6a2f4c@thread.tacv2";
    public const string UserId = "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrrA8vM06X1-cHHle4zOE6U4ttcc";

    public static JsonObject PersonalMessage(string conversationId, string? text, string locale = "en-US")
    {
        var activity = Base("message", Personal(conversationId), locale);
        activity["textFormat"] = "plain";
        if (text is not null)
        {
            activity["text"] = text;
        }

        activity["entities"] = new JsonArray(ClientInfo(locale));
        return activity;
    }

    /// <summary>A channel post that @mentions the bot: <c>&lt;at&gt;Fentanyl Help&lt;/at&gt; where does fentanyl come from</c>.</summary>
    public static JsonObject ChannelMention(string threadId, string question, string locale = "en-US")
    {
        var activity = Base("message", Channel(threadId), locale);
        activity["text"] = $"<at>{BotName}</at> {question}";
        activity["textFormat"] = "plain";
        activity["entities"] = new JsonArray(Mention(), ClientInfo(locale));
        activity["channelData"] = ChannelData();
        return activity;
    }

    /// <summary>What a tap on an Action.Submit button of the bot's card in a channel sends: a value, no text, no mention.</summary>
    public static JsonObject ChannelSubmit(string threadId, JsonObject value)
    {
        var activity = Base("message", Channel(threadId), "en-US");
        activity["value"] = value;
        activity["replyToId"] = "1701234567890";
        var channelData = ChannelData();
        channelData["source"] = new JsonObject { ["name"] = "message" };
        channelData["legacy"] = new JsonObject { ["replyToId"] = "1:1x2y3z" };
        activity["channelData"] = channelData;
        activity["entities"] = new JsonArray(ClientInfo("en-US"));
        return activity;
    }

    public static JsonObject GroupChatMessage(string conversationId, string text, bool mentionBot)
    {
        var activity = Base("message", new JsonObject
        {
            ["isGroup"] = true,
            ["conversationType"] = "groupChat",
            ["tenantId"] = TenantId,
            ["id"] = conversationId,
        }, "en-US");
        activity["text"] = mentionBot ? $"<at>{BotName}</at> {text}" : text;
        activity["textFormat"] = "plain";
        activity["entities"] = mentionBot ? new JsonArray(Mention(), ClientInfo("en-US")) : new JsonArray(ClientInfo("en-US"));
        return activity;
    }

    /// <summary>The app was installed (<c>add</c>) or removed (<c>remove</c>) in a personal chat or a team.</summary>
    public static JsonObject InstallationUpdate(string conversationId, string action, bool inTeam = false)
    {
        var activity = Base("installationUpdate", inTeam ? Channel(conversationId) : Personal(conversationId), "en-US");
        activity["action"] = action;
        if (inTeam)
        {
            activity["channelData"] = ChannelData();
            activity["channelData"]!["source"] = new JsonObject { ["name"] = "message" };
        }

        return activity;
    }

    /// <summary>The bot added to a one-to-one chat: both the bot and the person are in membersAdded.</summary>
    public static JsonObject BotAddedToPersonalChat(string conversationId)
    {
        var activity = Base("conversationUpdate", Personal(conversationId), null);
        activity["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = BotId },
            new JsonObject { ["id"] = UserId, ["aadObjectId"] = "eddfa9d4-346e-4cce-a18f-fa6261ad776b" });
        return activity;
    }

    /// <summary>The bot added to a team (channelData.eventType teamMemberAdded, the team's name and ids).</summary>
    public static JsonObject BotAddedToTeam(string channelId) => MemberAddedToTeam(channelId, BotId);

    /// <summary>A person (not the bot) joined a team the bot is in.</summary>
    public static JsonObject PersonAddedToTeam(string channelId) =>
        MemberAddedToTeam(channelId, "29:1ljv6N86roXr5pjPrCJVIz6xHh5QxjIhQ7ZPv3yz9jcr4kaLgBDiWmdhtiAsMmXtTzXqTxj8bI7eIY0T5GNqKbA", "b7ee6e0b-9f5e-4f45-a8c5-0b7f0b1b8c3d");

    private static JsonObject MemberAddedToTeam(string channelId, string memberId, string? aadObjectId = null)
    {
        var activity = Base("conversationUpdate", Channel(channelId), null);
        var member = new JsonObject { ["id"] = memberId };
        if (aadObjectId is not null)
        {
            member["aadObjectId"] = aadObjectId;
        }

        activity["membersAdded"] = new JsonArray(member);
        activity["channelData"] = new JsonObject
        {
            ["settings"] = new JsonObject { ["selectedChannel"] = new JsonObject { ["id"] = channelId } },
            ["team"] = new JsonObject { ["aadGroupId"] = "f3ec8cd2-e704-4344-8c47-9a3a21d683c0", ["name"] = "County Outreach", ["id"] = TeamId },
            ["eventType"] = "teamMemberAdded",
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        };
        return activity;
    }

    private static JsonObject Base(string type, JsonObject conversation, string? locale)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "1701" + Guid.NewGuid().ToString("N")[..9],
            ["timestamp"] = "2026-11-27T12:00:00.000Z",
            ["localTimestamp"] = "2026-11-27T07:00:00.000-05:00",
            ["serviceUrl"] = "http://127.0.0.1:9/amer/",
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Megan Bowen", ["aadObjectId"] = "eddfa9d4-346e-4cce-a18f-fa6261ad776b" },
            ["conversation"] = conversation,
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        };
        if (locale is not null)
        {
            activity["locale"] = locale;
        }

        return activity;
    }

    private static JsonObject Personal(string conversationId) => new()
    {
        ["conversationType"] = "personal",
        ["tenantId"] = TenantId,
        ["id"] = conversationId,
    };

    private static JsonObject Channel(string threadId) => new()
    {
        ["isGroup"] = true,
        ["conversationType"] = "channel",
        ["tenantId"] = TenantId,
        ["id"] = threadId,
    };

    private static JsonObject ChannelData() => new()
    {
        ["teamsChannelId"] = TeamId,
        ["teamsTeamId"] = TeamId,
        ["channel"] = new JsonObject { ["id"] = TeamId },
        ["team"] = new JsonObject { ["id"] = TeamId },
        ["tenant"] = new JsonObject { ["id"] = TenantId },
    };

    private static JsonObject Mention() => new()
    {
        ["type"] = "mention",
        ["text"] = $"<at>{BotName}</at>",
        ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
    };

    private static JsonObject ClientInfo(string? locale) => new()
    {
        ["type"] = "clientInfo",
        ["locale"] = locale ?? "en-US",
        ["country"] = "US",
        ["platform"] = "Web",
        ["timezone"] = "America/New_York",
    };

    /// <summary>A new personal chat id, as Teams spells them.</summary>
    public static string NewPersonalChat() => "a:1" + Guid.NewGuid().ToString("N");

    /// <summary>A new channel thread id (a post in the team's channel).</summary>
    public static string NewChannelThread() => TeamId + ";messageid=" + Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999);
}

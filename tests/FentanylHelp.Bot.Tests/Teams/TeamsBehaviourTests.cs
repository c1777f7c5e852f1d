using System.Text.Json.Nodes;

namespace FentanylHelp.Bot.Tests.Teams;

/// <summary>
/// Teams payloads, shaped as Microsoft documents them, posted to /api/messages and through TestAdapter on channel
/// msteams: what the bot answers (reply keys), and what it leaves alone.
/// </summary>
public sealed class TeamsBehaviourTests
{
    public static TheoryData<string> Transports => TeamsTransport.Both;

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_personal_chat_message_is_answered(string transport)
    {
        await using var teams = TeamsTransport.Create(transport);
        var chat = TeamsPayloads.NewPersonalChat();

        var hello = await teams.SendAsync(TeamsPayloads.PersonalMessage(chat, "hi"));
        var question = await teams.SendAsync(TeamsPayloads.PersonalMessage(chat, "where does fentanyl come from"));

        Assert.Equal(["welcome", "menu"], hello.Keys());
        Assert.Equal("origins-start", question.Keys()[0]);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_channel_message_mentioning_the_bot_is_answered_without_the_mention(string transport)
    {
        await using var teams = TeamsTransport.Create(transport);

        var replies = await teams.SendAsync(TeamsPayloads.ChannelMention(TeamsPayloads.NewChannelThread(), "where does fentanyl come from"));

        Assert.Equal("origins-start", replies.Keys()[0]);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_bare_mention_in_a_channel_opens_the_menu(string transport)
    {
        await using var teams = TeamsTransport.Create(transport);

        var replies = await teams.SendAsync(TeamsPayloads.ChannelMention(TeamsPayloads.NewChannelThread(), string.Empty));

        Assert.Equal(["menu"], replies.Keys());
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_card_submit_in_a_channel_without_text_or_mention_is_understood(string transport)
    {
        await using var teams = TeamsTransport.Create(transport);

        var replies = await teams.SendAsync(TeamsPayloads.ChannelSubmit(TeamsPayloads.NewChannelThread(), new JsonObject { ["from"] = "menu", ["choice"] = "3" }));

        Assert.Equal("origins-start", replies.Keys()[0]);
    }

    public static TheoryData<string, string> TransportsAndScopes()
    {
        var data = new TheoryData<string, string>();
        foreach (var transport in TeamsTransport.Both)
        {
            foreach (var scope in new[] { "personal", "groupChat", "channel" })
            {
                data.Add(transport, scope);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TransportsAndScopes))]
    public async Task A_card_submit_is_understood_in_every_scope(string transport, string scope)
    {
        await using var teams = TeamsTransport.Create(transport);
        var value = new JsonObject { ["from"] = "menu", ["choice"] = "4" };
        var tap = scope switch
        {
            "personal" => TeamsPayloads.PersonalMessage(TeamsPayloads.NewPersonalChat(), null),
            "groupChat" => TeamsPayloads.GroupChatMessage("19:" + Guid.NewGuid().ToString("N") + "@thread.v2", "unused", mentionBot: false),
            _ => TeamsPayloads.ChannelSubmit(TeamsPayloads.NewChannelThread(), value),
        };
        tap.Remove("text");
        tap["value"] = value.DeepClone();

        var replies = await teams.SendAsync(tap);

        Assert.Equal("medical-start", replies.Keys()[0]);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_messageBack_submit_with_text_and_value_follows_the_value(string transport)
    {
        await using var teams = TeamsTransport.Create(transport);
        // Action.Submit with data.msteams {type: messageBack, text, value}: Teams sends the text and the value.
        var tap = TeamsPayloads.ChannelSubmit(TeamsPayloads.NewChannelThread(), new JsonObject { ["from"] = "menu", ["choice"] = "5" });
        tap["text"] = "Find help";

        var replies = await teams.SendAsync(tap);

        Assert.Equal(["help-start"], replies.Keys());
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_submit_whose_data_also_holds_an_msteams_block_is_understood(string transport)
    {
        await using var teams = TeamsTransport.Create(transport);
        var value = new JsonObject
        {
            ["msteams"] = new JsonObject { ["type"] = "messageBack", ["displayText"] = "Medical vs illegal fentanyl" },
            ["from"] = "menu",
            ["choice"] = "4",
        };

        var replies = await teams.SendAsync(TeamsPayloads.ChannelSubmit(TeamsPayloads.NewChannelThread(), value));

        Assert.Equal("medical-start", replies.Keys()[0]);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_submit_value_sent_as_json_text_is_understood(string transport)
    {
        await using var teams = TeamsTransport.Create(transport);
        var value = JsonValue.Create("{\"from\":\"menu\",\"choice\":\"5\"}");
        var tap = TeamsPayloads.ChannelSubmit(TeamsPayloads.NewChannelThread(), []);
        tap["value"] = value;

        var replies = await teams.SendAsync(tap);

        Assert.Equal(["help-start"], replies.Keys());
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task An_imBack_tap_in_personal_chat_posts_the_label_and_is_understood(string transport)
    {
        await using var teams = TeamsTransport.Create(transport);
        var chat = TeamsPayloads.NewPersonalChat();
        await teams.SendAsync(TeamsPayloads.PersonalMessage(chat, "get help"));
        var who = await teams.SendAsync(TeamsPayloads.PersonalMessage(chat, "not an emergency"));
        var family = (string)who.Messages()[0]["suggestedActions"]!["actions"]![1]!["value"]!;

        var replies = await teams.SendAsync(TeamsPayloads.PersonalMessage(chat, family));

        Assert.Equal("help-who", who.Keys()[0]);
        Assert.Equal("help-family", replies.Keys()[0]);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_group_chat_message_without_a_mention_gets_nothing_and_with_one_is_answered(string transport)
    {
        await using var teams = TeamsTransport.Create(transport);
        var chat = "19:" + Guid.NewGuid().ToString("N") + "@thread.v2";

        var unmentioned = await teams.SendAsync(TeamsPayloads.GroupChatMessage(chat, "where does fentanyl come from", mentionBot: false));
        var mentioned = await teams.SendAsync(TeamsPayloads.GroupChatMessage(chat, "where does fentanyl come from", mentionBot: true));

        Assert.Empty(unmentioned);
        Assert.Equal("origins-start", mentioned.Keys()[0]);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Installing_in_personal_chat_welcomes_once_whichever_announcement_comes_first(string transport)
    {
        await using var teams = TeamsTransport.Create(transport);
        var first = TeamsPayloads.NewPersonalChat();
        var second = TeamsPayloads.NewPersonalChat();

        var installThenAdded = new[]
        {
            await teams.SendAsync(TeamsPayloads.InstallationUpdate(first, "add")),
            await teams.SendAsync(TeamsPayloads.BotAddedToPersonalChat(first)),
        };
        var addedThenInstall = new[]
        {
            await teams.SendAsync(TeamsPayloads.BotAddedToPersonalChat(second)),
            await teams.SendAsync(TeamsPayloads.InstallationUpdate(second, "add")),
        };

        Assert.Equal(["welcome", "menu"], installThenAdded[0].Keys());
        Assert.Empty(installThenAdded[1]);
        Assert.Equal(["welcome", "menu"], addedThenInstall[0].Keys());
        Assert.Empty(addedThenInstall[1]);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Both_announcements_at_once_still_welcome_once(string transport)
    {
        await using var teams = TeamsTransport.Create(transport);
        var chat = TeamsPayloads.NewPersonalChat();

        var replies = await Task.WhenAll(
            teams.SendAsync(TeamsPayloads.InstallationUpdate(chat, "add")),
            teams.SendAsync(TeamsPayloads.BotAddedToPersonalChat(chat)));

        Assert.Equal(["welcome", "menu"], replies.SelectMany(reply => reply.Keys()));
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Removing_the_app_or_upgrading_it_sends_nothing(string transport)
    {
        await using var teams = TeamsTransport.Create(transport);
        var chat = TeamsPayloads.NewPersonalChat();

        var removed = await teams.SendAsync(TeamsPayloads.InstallationUpdate(chat, "remove"));
        var upgraded = await teams.SendAsync(TeamsPayloads.InstallationUpdate(TeamsPayloads.NewPersonalChat(), "add-upgrade"));

        Assert.Empty(removed);
        Assert.Empty(upgraded);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Adding_the_bot_to_a_team_greets_the_team_once(string transport)
    {
        await using var teams = TeamsTransport.Create(transport);
        var general = "19:" + Guid.NewGuid().ToString("N") + "@thread.tacv2";

        var added = await teams.SendAsync(TeamsPayloads.BotAddedToTeam(general));
        var installed = await teams.SendAsync(TeamsPayloads.InstallationUpdate(general, "add", inTeam: true));

        Assert.Equal(["welcome", "menu"], added.Keys());
        Assert.Empty(installed);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_person_joining_a_team_is_not_greeted(string transport)
    {
        await using var teams = TeamsTransport.Create(transport);

        // The activity carries no member details: answering would need a call to the Teams service, which
        // (at 127.0.0.1:9) would fail the turn with an apology instead of staying quiet.
        var replies = await teams.SendAsync(TeamsPayloads.PersonAddedToTeam("19:" + Guid.NewGuid().ToString("N") + "@thread.tacv2"));

        Assert.Empty(replies);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Personal_chat_offers_at_most_three_suggested_actions_and_never_with_a_card(string transport)
    {
        await using var teams = TeamsTransport.Create(transport);
        var chat = TeamsPayloads.NewPersonalChat();
        var replies = new List<JsonObject>();
        foreach (var text in new[] { "hi", "get help", "not an emergency", "where does fentanyl come from", "menu", "help", "privacy" })
        {
            replies.AddRange(await teams.SendAsync(TeamsPayloads.PersonalMessage(chat, text)));
        }

        // help-start leads with the emergency numbers on a card, its five kinds of help as card buttons.
        var helpStart = replies.Messages().First(reply => reply.Key() == "help-start");
        Assert.Equal(5, helpStart.SubmitButtons().Count);
        Assert.Equal(3, replies.Messages().First(reply => reply.Key() == "help-who").SuggestedActionCount());
        Assert.All(replies.Messages(), reply =>
        {
            Assert.InRange(reply.SuggestedActionCount(), 0, 3);
            Assert.False(reply.SuggestedActionCount() > 0 && reply.Cards().Any(), $"{reply.Key()} has suggested actions on a card");
        });
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Channel_replies_put_choices_on_card_buttons_never_suggested_actions(string transport)
    {
        await using var teams = TeamsTransport.Create(transport);
        var thread = TeamsPayloads.NewChannelThread();

        var help = await teams.SendAsync(TeamsPayloads.ChannelMention(thread, "get help"));
        var notAnEmergency = help.Messages()[0].SubmitButtons()[3];
        var tapped = await teams.SendAsync(TeamsPayloads.ChannelSubmit(thread, (JsonObject)notAnEmergency.DeepClone()));

        Assert.Equal(["help-start"], help.Keys());
        Assert.Equal(0, help.Messages()[0].SuggestedActionCount());
        Assert.Equal(5, help.Messages()[0].SubmitButtons().Count);
        Assert.Equal("help-who", tapped.Keys()[0]);
        Assert.All(help.Concat(tapped).ToList().Messages(), reply => Assert.Equal(0, reply.SuggestedActionCount()));
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Every_card_sent_to_Teams_is_Adaptive_Card_1_5_or_older(string transport)
    {
        await using var teams = TeamsTransport.Create(transport);
        var chat = TeamsPayloads.NewPersonalChat();
        var thread = TeamsPayloads.NewChannelThread();
        var replies = new List<JsonObject>();
        foreach (var text in new[] { "hi", "where does fentanyl come from", "1", "get help", "yes", "sources", "my friend is overdosing" })
        {
            replies.AddRange(await teams.SendAsync(TeamsPayloads.PersonalMessage(chat, text)));
            replies.AddRange(await teams.SendAsync(TeamsPayloads.ChannelMention(thread, text)));
        }

        var cards = replies.Messages().SelectMany(reply => reply.Cards()).ToList();
        Assert.NotEmpty(cards);
        Assert.All(cards, card => Assert.True(
            Version.Parse((string)card["version"]!) <= new Version(1, 5),
            $"card version {card["version"]}"));
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_longer_answer_starts_with_a_typing_indicator_except_in_channels(string transport)
    {
        await using var teams = TeamsTransport.Create(transport);

        var personal = await teams.SendAsync(TeamsPayloads.PersonalMessage(TeamsPayloads.NewPersonalChat(), "hi"));
        var channel = await teams.SendAsync(TeamsPayloads.ChannelMention(TeamsPayloads.NewChannelThread(), "hi"));

        Assert.True(personal.StartsWithTyping(), "no typing indicator before the welcome in personal chat");
        Assert.Equal(["welcome", "menu"], personal.Keys());
        Assert.False(channel.HasTyping(), "Teams shows no typing indicator in channels");
        Assert.Equal(["welcome", "menu"], channel.Keys());
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Crisis_words_in_a_channel_mention_get_the_emergency_answer_first(string transport)
    {
        await using var teams = TeamsTransport.Create(transport);

        var replies = await teams.SendAsync(TeamsPayloads.ChannelMention(TeamsPayloads.NewChannelThread(), "my friend is overdosing"));

        Assert.Equal("emergency-overdose", replies.Keys()[0]);
    }
}

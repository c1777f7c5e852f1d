using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FentanylHelp.Bot.BotFramework;
using Microsoft.Bot.Schema;

namespace FentanylHelp.Bot.Tests.Teams;

/// <summary>
/// Teams on a computer or in a browser may not open <c>tel:</c> links, so in Teams every emergency card also
/// tells people to dial from their phone, with the numbers written out; other channels, where the buttons call,
/// do not get the note. Payloads as Teams sends them, in English and Spanish, in a personal chat and a channel.
/// </summary>
public sealed partial class TeamsEmergencyCardTests
{
    public static TheoryData<string, string, string, string, string> EmergencyMessages()
    {
        // transport, message, locale, expected node, words of the note
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var transport in TeamsTransport.Both)
        {
            data.Add(transport, "my friend is not breathing and his lips are blue", "en-US", "emergency-overdose", "dial 911 from your phone");
            data.Add(transport, "mi amigo no respira y tiene los labios morados", "es-US", "emergency-overdose", "marque el 911 desde su teléfono");
            data.Add(transport, "i want to kill myself", "en-US", "emergency-suicide", "dial 911 or 988 from your phone");
            data.Add(transport, "quiero matarme", "es-US", "emergency-suicide", "marque el 911 o el 988 desde su teléfono");
            data.Add(transport, "my toddler swallowed a pill", "en-US", "emergency-poison", "dial 911 or 1-800-222-1222 from your phone");
            data.Add(transport, "mi niño se tragó un parche", "es-US", "emergency-poison", "marque el 911 o el 1-800-222-1222 desde su teléfono");
            data.Add(transport, "my dog ate a fentanyl patch", "en-US", "emergency-pet", "from your phone");
            data.Add(transport, "mi perro se comio un parche de fentanilo", "es-US", "emergency-pet", "desde su teléfono");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EmergencyMessages))]
    public async Task In_a_Teams_personal_chat_every_emergency_card_says_to_dial_from_a_phone_with_its_numbers_written_out(
        string transport, string message, string locale, string node, string note)
    {
        await using var teams = TeamsTransport.Create(transport);

        var replies = await teams.SendAsync(TeamsPayloads.PersonalMessage(TeamsPayloads.NewPersonalChat(), message, locale));

        AssertCardSaysToDialFromAPhone(replies, node, note);
    }

    [Theory]
    [MemberData(nameof(TeamsBehaviourTests.Transports), MemberType = typeof(TeamsBehaviourTests))]
    public async Task In_a_Teams_channel_the_emergency_card_says_to_dial_from_a_phone_in_both_languages(string transport)
    {
        await using var teams = TeamsTransport.Create(transport);

        var english = await teams.SendAsync(TeamsPayloads.ChannelMention(TeamsPayloads.NewChannelThread(), "my friend is not breathing and his lips are blue"));
        var spanish = await teams.SendAsync(TeamsPayloads.ChannelMention(TeamsPayloads.NewChannelThread(), "mi amigo no respira y tiene los labios morados", "es-US"));

        AssertCardSaysToDialFromAPhone(english, "emergency-overdose", "dial 911 from your phone");
        AssertCardSaysToDialFromAPhone(spanish, "emergency-overdose", "marque el 911 desde su teléfono");
    }

    [Theory]
    [InlineData("my friend is not breathing and his lips are blue", "en-US")]
    [InlineData("mi amigo no respira y tiene los labios morados", "es-US")]
    public async Task Outside_Teams_where_call_buttons_call_the_card_has_no_phone_note(string message, string locale)
    {
        await using var bot = BotHarness.Create();
        bot.Locale = locale;

        var reply = Assert.Single(await bot.SayAsync(message));

        Assert.Equal("emergency-overdose", reply.Key());
        var card = reply.Card()!.ToString();
        Assert.DoesNotContain(ActivityRenderer.PhoneNoteId, card, StringComparison.Ordinal);
        Assert.DoesNotContain(locale == "en-US" ? "from your phone" : "desde su teléfono", card, StringComparison.Ordinal);
        Assert.Contains("tel:911", card, StringComparison.Ordinal);
    }

    private static void AssertCardSaysToDialFromAPhone(IReadOnlyList<JsonObject> replies, string node, string note)
    {
        var reply = replies.Messages()[0];
        Assert.Equal(node, reply.Key());
        var card = Assert.Single(reply.Cards());

        var shown = VisibleTexts(card).ToList();
        var text = string.Join('\n', shown);

        Assert.Contains(shown, block => block.Contains(note, StringComparison.Ordinal));
        var calls = (card["actions"]?.AsArray() ?? []).OfType<JsonObject>()
            .Select(action => (string?)action["url"]).OfType<string>()
            .Where(url => url.StartsWith("tel:", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(calls);
        Assert.All(calls, url => Assert.Contains(Digits(url), DigitRuns().Matches(text).Select(run => Digits(run.Value))));
    }

    /// <summary>The words a person sees: text blocks that are not hidden, in containers that are not hidden.</summary>
    private static IEnumerable<string> VisibleTexts(JsonObject card)
    {
        var pending = new Stack<JsonObject>(card["body"]!.AsArray().OfType<JsonObject>());
        while (pending.TryPop(out var element))
        {
            if (element["isVisible"] is JsonValue visible && !(bool)visible)
            {
                continue;
            }

            if ((string?)element["type"] == "TextBlock" && (string?)element["text"] is { } text)
            {
                yield return text;
            }

            foreach (var item in element["items"]?.AsArray().OfType<JsonObject>() ?? [])
            {
                pending.Push(item);
            }
        }
    }

    /// <summary>A number's digits without the US country code: "tel:+18002221222" and "1-800-222-1222" are 8002221222.</summary>
    private static string Digits(string text)
    {
        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        return digits.Length == 11 && digits[0] == '1' ? digits[1..] : digits;
    }

    [GeneratedRegex(@"\+?\d[\d\- ]{1,14}\d|\b\d{3}\b")]
    private static partial Regex DigitRuns();
}

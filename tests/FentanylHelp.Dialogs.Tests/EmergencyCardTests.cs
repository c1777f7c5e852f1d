using System.Text.Json.Nodes;
using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>
/// The emergency answers as they are rendered, in both languages, from the real content: each kind's call
/// buttons, one short source line with no "reported" mark, the overdose steps, 988 in Spanish wherever 988
/// appears, the pet answer, and the note Teams shows under the text.
/// </summary>
public sealed class EmergencyCardTests
{
    public const string Overdose = "emergency-overdose";
    public const string Suicide = "emergency-suicide";
    public const string Poison = "emergency-poison";
    public const string Pet = "emergency-pet";
    public const string OverdoseSuicide = "emergency-overdose-suicide";

    private static readonly ContentCatalog Catalog = TestContent.Catalog;
    private static readonly ReplyFactory Replies = new(Catalog);

    /// <summary>Each emergency node's call buttons, in order: the strings.yaml key of the title, and the link.</summary>
    private static readonly Dictionary<string, (string Title, string Url)[]> CallButtons = new()
    {
        [Overdose] = [("call-911", "tel:911")],
        [Suicide] = [("call-988", "tel:988"), ("text-988", "sms:988"), ("call-911", "tel:911")],
        [OverdoseSuicide] = [("call-911", "tel:911"), ("call-988", "tel:988"), ("text-988", "sms:988")],
        [Poison] = [("call-911", "tel:911"), ("call-poison-help", "tel:+18002221222")],
        [Pet] = [("call-aspca-poison-control", "tel:+18884264435"), ("call-pet-poison-helpline", "tel:+18557647661")],
    };

    public static TheoryData<string, string> NodesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var node in CallButtons.Keys)
        {
            data.Add(node, "en");
            data.Add(node, "es");
        }

        return data;
    }

    [Fact]
    public void Every_crisis_answer_is_an_emergency_node_with_its_own_card()
    {
        var answers = Catalog.Crisis.Select(category => category.ReplyNode).Append(OverdoseSuicide).ToList();

        Assert.Equal(CallButtons.Keys.Order(StringComparer.Ordinal), answers.Order(StringComparer.Ordinal));
        Assert.All(answers, node => Assert.Equal(node, Catalog.Nodes[node].Card));
    }

    [Theory]
    [MemberData(nameof(NodesAndLanguages))]
    public void Each_emergency_card_has_the_call_buttons_of_its_kind(string node, string language)
    {
        var card = Render(node, language);

        var buttons = Actions(card).Select(action => ((string?)action["title"], (string?)action["url"])).ToList();

        Assert.Equal([.. CallButtons[node].Select(button => ((string?)Catalog.Text(button.Title, language), (string?)button.Url))], buttons);
    }

    [Fact]
    public void The_overdose_card_calls_only_911_and_the_suicide_card_calls_and_texts_988_and_calls_911()
    {
        Assert.Equal(["Call 911"], Titles(Render(Overdose, "en")));
        Assert.Equal(["Call 988", "Text 988", "Call 911"], Titles(Render(Suicide, "en")));
        Assert.Equal(["Llamar al 988", "Enviar texto al 988", "Llamar al 911"], Titles(Render(Suicide, "es")));
    }

    [Theory]
    [InlineData("en", "Call 911", "Call 988", "Text 988")]
    [InlineData("es", "Llamar al 911", "Llamar al 988", "Enviar texto al 988")]
    public void The_overdose_and_suicide_card_gives_the_overdose_steps_first_then_the_988_lines(string language, string call911, string call988, string text988)
    {
        var reply = Replies.ForNode(Catalog.Nodes[OverdoseSuicide], language);
        var text = reply.Text;

        Assert.Equal([call911, call988, text988], Titles(reply.Card!));
        Assert.StartsWith(language == "en" ? "**Call [911](tel:911) now**" : "**Llame al [911](tel:911) ahora**", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf(language == "en" ? "one nostril" : "rocíela en una fosa nasal", StringComparison.Ordinal) is > 0 and var steps
            && steps < text.IndexOf("[988](tel:988)", StringComparison.Ordinal), "the overdose steps come before the 988 lines");
        Assert.Contains("https://988lifeline.org", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_overdose_and_suicide_answer_is_one_tap_from_the_suicide_answer()
    {
        Assert.Contains(Catalog.Nodes[Suicide].Choices, choice => choice.Target == OverdoseSuicide);
    }

    [Theory]
    [MemberData(nameof(NodesAndLanguages))]
    public void Each_emergency_card_shows_one_short_source_line_without_a_reported_mark(string node, string language)
    {
        var card = Render(node, language);
        var source = Catalog.Facts[Catalog.Nodes[node].Facts[0]];

        var lines = TextBlocks(card).Where(text => text.Contains(Catalog.Text(StringKeys.ReviewedLabel, language), StringComparison.Ordinal)).ToList();

        var line = Assert.Single(lines);
        Assert.StartsWith(Catalog.Text(StringKeys.SourceLabel, language) + ": ", line, StringComparison.Ordinal);
        Assert.Contains(source.Documents[0].Citation.For(language), line, StringComparison.Ordinal);
        Assert.DoesNotContain(";", line, StringComparison.Ordinal);
        Assert.DoesNotContain($"({Catalog.Text(StringKeys.ReportedLabel, language)})", line, StringComparison.Ordinal);
        Assert.Single(line.Split('\n'));
    }

    [Fact]
    public void A_reported_source_on_an_emergency_card_carries_no_reported_mark_but_the_full_footer_would()
    {
        var pet = Catalog.Nodes[Pet];
        Assert.True(Catalog.Facts[pet.Facts[0]].IsReported, "the pet card's source is reported (S): the check would pass on anything");

        var footer = (string?)Replies.ForNode(pet with { Card = ReplyFactory.FactCard }, "en").Card!["body"]!.AsArray()
            .OfType<JsonObject>().Last()["text"];

        Assert.Contains("(reported)", footer, StringComparison.Ordinal);
        Assert.DoesNotContain(TextBlocks(Render(Pet, "en")), text => text.Contains("(reported)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_overdose_steps_say_how_to_spray_naloxone_a_second_dose_the_dispatcher_and_how_long_it_lasts()
    {
        var english = Catalog.Nodes[Overdose].Text!.For("en");
        var spanish = Catalog.Nodes[Overdose].Text!.For("es");

        Assert.StartsWith("**Call [911](tel:911) now.**", english, StringComparison.Ordinal);
        Assert.Contains("into one nostril", english, StringComparison.Ordinal);
        Assert.Contains("after 2 to 3 minutes? Use a new spray in the other nostril", english, StringComparison.Ordinal);
        Assert.Contains("911 dispatcher", english, StringComparison.Ordinal);
        Assert.Contains("CPR", english, StringComparison.Ordinal);
        Assert.Contains("wears off in 30 to 90 minutes", english, StringComparison.Ordinal);

        Assert.StartsWith("**Llame al [911](tel:911) ahora.**", spanish, StringComparison.Ordinal);
        Assert.Contains("rocíela en una fosa nasal", spanish, StringComparison.Ordinal);
        Assert.Contains("otra fosa nasal", spanish, StringComparison.Ordinal);
        Assert.Contains("RCP", spanish, StringComparison.Ordinal);
        Assert.Contains("30 a 90 minutos", spanish, StringComparison.Ordinal);
        Assert.Contains("«español»", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public void No_emergency_text_tells_a_spanish_reader_to_give_naloxone_with_desela()
    {
        Assert.All(CallButtons.Keys, node => Assert.DoesNotContain("désela", Catalog.Nodes[node].Text!.For("es"), StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(NodesAndLanguages))]
    public void Wherever_988_appears_it_says_how_to_reach_it_in_spanish_and_links_only_the_confirmed_site(string node, string language)
    {
        var text = Catalog.Nodes[node].Text!.For(language);
        if (!text.Contains("988", StringComparison.Ordinal))
        {
            Assert.DoesNotContain("988", string.Join(' ', Titles(Render(node, language))), StringComparison.Ordinal);
            return;
        }

        Assert.Contains(language == "en" ? "press 2, or text AYUDA to 988" : "marque 2, o envíe AYUDA por texto al 988", text, StringComparison.Ordinal);
        Assert.DoesNotContain("988lineadevida", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Take it off. Wash the skin with soap and water", "give naloxone")]
    [InlineData("es", "Quíteselo. Lave la piel con agua y jabón", "rocíela en una fosa nasal")]
    public void The_poison_answer_covers_a_patch_on_the_skin_and_naloxone_for_a_very_sleepy_or_slow_breathing_person(string language, string patch, string naloxone)
    {
        var text = Catalog.Nodes[Poison].Text!.For(language);

        Assert.Contains(patch, text, StringComparison.Ordinal);
        Assert.Contains(naloxone, text, StringComparison.Ordinal);
        Assert.Contains(language == "en" ? "breathing slowly" : "respira despacio", text, StringComparison.Ordinal);
        Assert.Contains(Catalog.Nodes[Poison].Choices, choice => choice.Target == Pet);
    }

    [Theory]
    [InlineData("en", "reported")]
    [InlineData("es", "Según informes")]
    public void The_pet_answer_sends_to_a_vet_or_an_animal_poison_line_said_as_reported_not_to_911(string language, string reported)
    {
        var text = Catalog.Nodes[Pet].Text!.For(language);

        Assert.Contains(language == "en" ? "veterinarian" : "veterinario", text, StringComparison.Ordinal);
        Assert.Contains("[1-888-426-4435](tel:+18884264435)", text, StringComparison.Ordinal);
        Assert.Contains("[1-855-764-7661](tel:+18557647661)", text, StringComparison.Ordinal);
        Assert.Contains(reported, text, StringComparison.Ordinal);
        Assert.DoesNotContain("tel:911", Actions(Render(Pet, language)).Select(action => (string?)action["url"]));
    }

    [Theory]
    [MemberData(nameof(NodesAndLanguages))]
    public void Each_emergency_card_carries_a_hidden_note_to_dial_from_a_phone_for_channels_whose_call_buttons_may_not_call(string node, string language)
    {
        var card = Render(node, language);

        var note = Assert.Single(Elements(card), element => (string?)element["id"] == "phone-note");

        Assert.False((bool?)note["isVisible"]);
        var text = (string)note["text"]!;
        Assert.Contains(language == "en" ? "from your phone" : "desde su teléfono", text, StringComparison.Ordinal);
        Assert.All(CallButtons[node].Where(button => button.Url.StartsWith("tel:", StringComparison.Ordinal)), button =>
            Assert.Contains(Digits(button.Url), Digits(text), StringComparison.Ordinal));
    }

    private static JsonObject Render(string node, string language) => Replies.ForNode(Catalog.Nodes[node], language).Card!;

    private static IEnumerable<JsonObject> Actions(JsonObject card) => card["actions"]?.AsArray().OfType<JsonObject>() ?? [];

    private static string[] Titles(JsonObject card) => [.. Actions(card).Select(action => (string)action["title"]!)];

    /// <summary>Every element of the card body, containers' items included.</summary>
    private static IEnumerable<JsonObject> Elements(JsonObject card)
    {
        var pending = new Stack<JsonObject>(card["body"]!.AsArray().OfType<JsonObject>().Reverse());
        while (pending.TryPop(out var element))
        {
            yield return element;
            foreach (var item in (element["items"]?.AsArray().OfType<JsonObject>() ?? []).Reverse())
            {
                pending.Push(item);
            }
        }
    }

    private static IEnumerable<string> TextBlocks(JsonObject card) =>
        Elements(card).Where(element => (string?)element["type"] == "TextBlock").Select(element => (string?)element["text"] ?? string.Empty);

    /// <summary>The number without its country code: "tel:+18002221222" and "1-800-222-1222" are 8002221222.</summary>
    private static string Digits(string text)
    {
        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        return digits.Length == 11 && digits[0] == '1' ? digits[1..] : digits;
    }
}

using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Understanding;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>The real crisis.yaml: emergencies happening now are caught, questions about them are not.</summary>
public sealed class CrisisDetectorTests
{
    private const string Overdose = "overdose";
    private const string Suicide = "suicide";
    private const string Poison = "poison";
    private const string Pet = "pet";

    private static readonly CrisisDetector Detector = new(TestContent.Catalog.Crisis, TestContent.Catalog.CrisisLexicon);

    [Theory]
    [InlineData("my friend wont wake up")]
    [InlineData("my friend won't wake up")]
    [InlineData("My friend won\u2019t wake up!!")]
    [InlineData("I think my friend is overdosing")]
    [InlineData("HE'S NOT BREATHING")]
    [InlineData("her lips are blue")]
    [InlineData("she's turning blue")]
    [InlineData("he's barely breathing")]
    [InlineData("can't wake him up")]
    [InlineData("he is unresponsive")]
    [InlineData("i think i'm overdosing")]
    [InlineData("I think I took too much")]
    [InlineData("my boyfriend is OD'ing")]
    [InlineData("he passed out and wont wake up")]
    [InlineData("please we need narcan now")]
    public void Overdose_happening_now_is_detected_as_overdose(string text)
    {
        AssertCategory(Overdose, text);
    }

    [Theory]
    [InlineData("I want to kill myself")]
    [InlineData("i dont want to live anymore")]
    [InlineData("I don't want to live anymore")]
    [InlineData("i'm suicidal")]
    [InlineData("i want to end my life")]
    [InlineData("everyone would be better off dead without me")]
    [InlineData("i want to hurt myself")]
    [InlineData("I wanna die")]
    public void Suicidal_thoughts_are_detected_as_suicide(string text)
    {
        AssertCategory(Suicide, text);
    }

    [Theory]
    [InlineData("my toddler swallowed a pill")]
    [InlineData("My kid ate a fentanyl patch")]
    [InlineData("my 2 year old ate a pill")]
    [InlineData("the baby ate something from my purse")]
    [InlineData("my child found pills on the floor")]
    [InlineData("I think my son got into my medicine")]
    public void Child_poisoning_is_detected_as_poison(string text)
    {
        AssertCategory(Poison, text);
    }

    [Theory]
    [InlineData("what are the signs of an overdose")]
    [InlineData("how many people die from overdoses")]
    [InlineData("how many people die of overdoses")]
    [InlineData("what is naloxone")]
    [InlineData("where does fentanyl come from")]
    [InlineData("what is an overdose")]
    [InlineData("what to do in an overdose")]
    [InlineData("how to help someone who overdoses")]
    [InlineData("poison control number")]
    [InlineData("can fentanyl kill you")]
    [InlineData("how much fentanyl can kill")]
    [InlineData("why are overdose deaths falling")]
    [InlineData("what is 988")]
    [InlineData("menu")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    [InlineData(null)]
    public void Questions_about_overdoses_and_empty_text_are_not_a_crisis(string? text)
    {
        Assert.Null(Detector.Detect(text));
    }

    [Fact]
    public void A_match_names_the_reply_node_of_its_category()
    {
        var match = Detector.Detect("he is not breathing");

        Assert.NotNull(match);
        var category = Assert.Single(TestContent.Catalog.Crisis, category => category.Name == match.Category);
        Assert.Equal(category.ReplyNode, match.ReplyNode);
        Assert.Contains(match.ReplyNode, TestContent.Catalog.Nodes.Keys);
    }

    [Fact]
    public void Text_with_phrases_of_two_categories_gets_the_first_category_in_file_order()
    {
        var categories = TestContent.Catalog.Crisis.Select(category => category.Name).ToList();
        var expected = categories.IndexOf(Overdose) < categories.IndexOf(Suicide) ? Overdose : Suicide;

        AssertCategory(expected, "i took too much because i want to die");
    }

    [Fact]
    public void Every_crisis_category_has_phrases_and_all_four_exist()
    {
        Assert.Equal(
            new[] { Overdose, Pet, Poison, Suicide },
            TestContent.Catalog.Crisis.Select(category => category.Name).Order(StringComparer.Ordinal));
        Assert.All(TestContent.Catalog.Crisis, category => Assert.NotEmpty(category.Phrases.All()));
    }

    [Fact]
    public void No_ask_phrase_choice_label_or_command_word_is_taken_for_a_crisis()
    {
        var typed = TestContent.Catalog.NodeList
            .SelectMany(node => node.Ask.All().Select(entry => $"{node.Id} ask: {entry.Phrase}")
                .Concat(node.Choices.SelectMany(choice => choice.Label.ByLanguage.Values).Select(label => $"{node.Id} label: {label}")))
            .Concat(TestContent.Catalog.Commands.SelectMany(command => command.Words.All()).Select(entry => $"command: {entry.Phrase}"));

        var caught = typed.Where(entry => Detector.Detect(entry[(entry.IndexOf(':', StringComparison.Ordinal) + 1)..]) is not null).ToList();

        Assert.True(caught.Count == 0, "Content that a crisis phrase swallows:" + Environment.NewLine + string.Join(Environment.NewLine, caught));
    }

    [Fact]
    public void A_detector_without_categories_detects_nothing()
    {
        var detector = new CrisisDetector([]);

        Assert.Null(detector.Detect("he is not breathing"));
    }

    [Fact]
    public void Phrases_in_the_file_are_normalized_like_typed_text()
    {
        var category = new CrisisCategory(
            "test",
            "emergency-overdose",
            new LocalizedPhrases(new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["Won't WAKE up!", "  ", "?"] }),
            new SourceLocation("dialogs/crisis.yaml", 1));
        var detector = new CrisisDetector([category]);

        Assert.Equal("test", detector.Detect("he wont wake up")?.Category);
        Assert.Null(detector.Detect("he is fine"));
    }

    [Theory]
    [InlineData("my friend won\u00B4t wake up")]
    public void Apostrophe_typed_as_an_acute_accent_is_still_detected(string text)
    {
        AssertCategory(Overdose, text);
    }

    private static void AssertCategory(string expected, string text)
    {
        var match = Detector.Detect(text);

        Assert.True(match is not null, $"'{text}' was not detected as a crisis");
        Assert.Equal(expected, match.Category);
    }
}

using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Understanding;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>The phrase syntax on small hand-made content: word groups, "..." windows, and the past/joking guard.</summary>
public sealed class CrisisPatternTests
{
    private static readonly SourceLocation Here = new("dialogs/crisis.yaml", 1);

    private static readonly CrisisLexicon Lexicon = new(
        [
            new CrisisGroup("person", "en", ["friend", "sister", "baby daddy"], Here),
            new CrisisGroup("child", "en", ["baby", "toddler", "2 year old"], Here),
            new CrisisGroup("swallowed", "en", ["swallowed", "chewing on", "got into"], Here),
            new CrisisGroup("substance", "en", ["pill", "fentanyl patch"], Here),
            new CrisisGroup("year", "en", ["2021", "2022"], Here),
        ],
        new CrisisGuards(
            Phrases(["{year}", "last year", "years ago"]),
            Phrases(["haha", "candy"]),
            Phrases(["right now", "not breathing"]),
            Here));

    private static readonly CrisisDetector Detector = new(
        [
            Category("overdose", ["{person} overdosing", "{person} overdosed", "not breathing"]) with { Guarded = true },
            Category("poison", ["{child} ... {swallowed} ... {substance}"]) with { Window = 3 },
            Category("suicide", ["want to die", "ya no quiero seguir$"]),
        ],
        Lexicon);

    private static readonly CrisisDetector Anchored = new(
        [Category("overdose", ["^{person} overdosing$", "^overdosing$", "wont wake$"]) with { Guarded = true }],
        Lexicon);

    [Theory]
    [InlineData("my friend is overdosing")]
    [InlineData("my sister overdosing")]
    [InlineData("my baby daddy is overdosing")]
    [InlineData("my sistr is overdosing")]
    public void A_group_stands_for_each_of_its_words_including_words_of_several_parts_and_typos(string text)
    {
        Assert.Equal("overdose", Detector.Detect(text)?.Category);
    }

    [Theory]
    [InlineData("my brother is overdosing")]
    [InlineData("is overdosing dangerous")]
    [InlineData("my daddy is overdosing")]
    public void Words_outside_the_group_do_not_stand_for_it(string text)
    {
        Assert.Null(Detector.Detect(text));
    }

    [Theory]
    [InlineData("my baby was chewing on a fentanyl patch")]
    [InlineData("the toddler i think got into a pill")]
    [InlineData("my 2 year old swallowed a pill")]
    public void Three_dots_allow_up_to_the_window_of_words_between_parts(string text)
    {
        Assert.Equal("poison", Detector.Detect(text)?.Category);
    }

    [Theory]
    [InlineData("my baby was at grandmas house where she swallowed a pill")]
    [InlineData("a pill swallowed by the baby")]
    public void Parts_farther_apart_than_the_window_or_out_of_order_do_not_match(string text)
    {
        Assert.Null(Detector.Detect(text));
    }

    [Fact]
    public void Without_three_dots_only_one_word_may_stand_between_words()
    {
        Assert.Equal("overdose", Detector.Detect("my friend is overdosing")?.Category);
        Assert.Null(Detector.Detect("my friend at the party is overdosing"));
    }

    [Theory]
    [InlineData("my friend overdosed in 2021, how many people die each year", "my friend overdosed right now")]
    [InlineData("my sister overdosed last year but she is ok", "my sister overdosed last year and now she is not breathing")]
    [InlineData("my friend overdosed years ago", "my friend overdosed years ago and again right now")]
    [InlineData("my friend overdosed on candy haha", "my friend overdosed haha and is not breathing")]
    public void A_past_or_joking_overdose_is_guarded_unless_danger_is_now(string guarded, string fires)
    {
        Assert.Null(Detector.Detect(guarded));
        Assert.Equal("overdose", Detector.Detect(fires)?.Category);
    }

    [Theory]
    [InlineData("i want to die since last year")]
    [InlineData("haha i want to die")]
    public void Unguarded_categories_fire_whatever_the_time(string text)
    {
        Assert.Equal("suicide", Detector.Detect(text)?.Category);
    }

    [Theory]
    [InlineData("overdosing")]
    [InlineData("OVERDOSING!!!")]
    [InlineData("friend overdosing")]
    [InlineData("he just wont wake")]
    public void An_anchored_phrase_matches_at_the_start_or_end_of_the_message(string text)
    {
        Assert.Equal("overdose", Anchored.Detect(text)?.Category);
    }

    [Theory]
    [InlineData("how do you know someone is overdosing")]
    [InlineData("overdosing symptoms")]
    [InlineData("my friend overdosing")]
    [InlineData("he wont wake up")]
    public void An_anchored_phrase_does_not_match_inside_a_longer_message(string text)
    {
        Assert.Null(Anchored.Detect(text));
    }

    [Theory]
    [InlineData("me siento tan sola que ya no quiero seguir", "suicide")]
    [InlineData("ya no quiero seguir consumiendo", null)]
    public void An_end_anchor_tells_a_sentence_that_stops_from_one_that_goes_on(string text, string? category)
    {
        Assert.Equal(category, Detector.Detect(text)?.Category);
    }

    [Fact]
    public void A_group_borrows_the_other_language_s_words_but_not_its_own_small_words()
    {
        var lexicon = new CrisisLexicon(
            [
                new CrisisGroup("person", "en", ["friend", "he"], Here),
                new CrisisGroup("person", "es", ["amigo"], Here),
            ],
            CrisisGuards.None);
        var phrases = new LocalizedPhrases(new Dictionary<string, IReadOnlyList<string>> { ["es"] = ["{person} se desmayo"] });
        var detector = new CrisisDetector([new CrisisCategory("overdose", "emergency-overdose", phrases, Here)], lexicon);

        Assert.Equal("overdose", detector.Detect("mi amigo se desmayo")?.Category);
        Assert.Equal("overdose", detector.Detect("my friend se desmayo")?.Category);
        Assert.Null(detector.Detect("he se desmayo"));
    }

    [Fact]
    public void A_guarded_match_lets_a_later_category_answer()
    {
        Assert.Equal("suicide", Detector.Detect("my friend overdosed last year and now i want to die")?.Category);
    }

    [Fact]
    public void A_phrase_naming_an_unknown_group_is_left_out_and_reported_once_loaded()
    {
        var detector = new CrisisDetector([Category("overdose", ["{nobody} overdosing"])], Lexicon);

        Assert.Null(detector.Detect("nobody overdosing"));
        Assert.Null(detector.Detect("overdosing"));
    }

    [Fact]
    public void The_first_phrase_in_a_text_is_named_with_its_line_for_diagnostics()
    {
        var found = Detector.FirstPhraseIn("is my friend overdosing");

        Assert.NotNull(found);
        Assert.Equal("{person} overdosing", found.Value.Phrase);
        Assert.Equal(Here, found.Value.Line);
    }

    [Fact]
    public void Groups_and_guards_load_from_yaml_with_lines_and_windows()
    {
        var crisis = new ContentFile("dialogs/crisis.yaml", """
            groups:
              en:
                person: [friend, sister]
              es:
                person: [amigo]
            guards:
              past: { en: [last year], es: [el ano pasado] }
              joking: { en: [haha], es: [jaja] }
              now: { en: [right now], es: [ahorita] }
            overdose:
              reply: emergency-overdose
              guarded: true
              phrases:
                en:
                  - '{person} overdosing'
                es:
                  - '{person} no respira'
            suicide:
              reply: emergency-suicide
              phrases: { en: [kill myself], es: [quiero morir] }
            poison:
              reply: emergency-poison
              window: 6
              phrases: { en: [kid ... swallowed], es: [nino se trago] }
            """);

        var (catalog, diagnostics) = ContentLoader.Load(TestContent.With(crisis));

        Assert.Empty(diagnostics);
        var overdose = catalog.Crisis.Single(category => category.Name == "overdose");
        Assert.True(overdose.Guarded);
        Assert.Equal([15, 17], overdose.PhraseLines.Select(line => line.Line));
        Assert.Equal(6, catalog.Crisis.Single(category => category.Name == "poison").Window);
        Assert.Equal(["friend", "sister"], catalog.CrisisLexicon.Group("en", "person")?.Members);
        var detector = new CrisisDetector(catalog.Crisis, catalog.CrisisLexicon);
        Assert.Equal("overdose", detector.Detect("mi amigo no respira")?.Category);
        Assert.Null(detector.Detect("my sister overdosing last year"));
        Assert.Equal("poison", detector.Detect("my kid i think just now maybe swallowed it")?.Category);
    }

    [Theory]
    [InlineData("window: 0")]
    [InlineData("window: many")]
    public void A_window_that_is_not_a_small_number_is_reported(string window)
    {
        var crisis = new ContentFile("dialogs/crisis.yaml", $$"""
            overdose:
              reply: emergency-overdose
              {{window}}
              phrases: { en: [not breathing], es: [no respira] }
            suicide:
              reply: emergency-suicide
              phrases: { en: [kill myself], es: [quiero morir] }
            poison:
              reply: emergency-poison
              phrases: { en: [kid swallowed], es: [nino se trago] }
            """);

        var (_, diagnostics) = ContentLoader.Load(TestContent.With(crisis));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidFile, diagnostic.Code);
        Assert.Equal(3, diagnostic.Location.Line);
    }

    private static CrisisCategory Category(string name, IReadOnlyList<string> english) =>
        new(name, "emergency-" + name, new LocalizedPhrases(new Dictionary<string, IReadOnlyList<string>> { ["en"] = english }), Here);

    private static LocalizedPhrases Phrases(IReadOnlyList<string> english) =>
        new(new Dictionary<string, IReadOnlyList<string>> { ["en"] = english });
}

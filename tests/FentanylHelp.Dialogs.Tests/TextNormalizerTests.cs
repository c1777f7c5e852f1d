using System.Globalization;
using FentanylHelp.Dialogs.Engine;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>The one comparable form of typed text and content phrases, and phrase matching on it.</summary>
public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("HELLO", "hello")]
    [InlineData("Main Menu", "main menu")]
    [InlineData("Menú", "menu")]
    [InlineData("ESPAÑOL", "espanol")]
    [InlineData("naïve café", "naive cafe")]
    [InlineData("İstanbul", "istanbul")]
    public void Capitals_and_accents_are_dropped(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("won't", "wont")]
    [InlineData("won\u2019t", "wont")]
    [InlineData("won\u2018t", "wont")]
    [InlineData("won`t", "wont")]
    [InlineData("HE'S NOT BREATHING", "hes not breathing")]
    [InlineData("\u2018quoted\u2019", "quoted")]
    public void Apostrophes_are_removed_without_splitting_the_word(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("what's up?!", "whats up")]
    [InlineData("hello, world.", "hello world")]
    [InlineData("self-harm", "self harm")]
    [InlineData("1-800-662-4357", "1 800 662 4357")]
    [InlineData("\"menu\"", "menu")]
    [InlineData("help 🙏", "help")]
    [InlineData("2.", "2")]
    [InlineData("#2", "2")]
    public void Other_punctuation_becomes_a_single_space_and_is_trimmed(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("  start   over  ", "start over")]
    [InlineData("start\tover", "start over")]
    [InlineData("start\r\n\r\nover", "start over")]
    [InlineData("start \u00A0 over", "start over")]
    public void Whitespace_is_collapsed_and_trimmed(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    [InlineData("?!...")]
    [InlineData("'’`")]
    public void Empty_null_or_punctuation_only_text_normalizes_to_empty(string? text)
    {
        Assert.Equal(string.Empty, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("Won't WAKE up!!")]
    [InlineData("  Menú,  spécial  ")]
    [InlineData("İ ı I i")]
    public void Normalizing_twice_gives_the_same_result(string text)
    {
        var once = TextNormalizer.Normalize(text);

        Assert.Equal(once, TextNormalizer.Normalize(once));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("az-Latn-AZ")]
    [InlineData("de-DE")]
    public void Capital_I_lowers_to_dotted_i_whatever_the_current_culture(string culture)
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);

            Assert.Equal("i think hes overdosing", TextNormalizer.Normalize("I THINK HE'S OVERDOSING"));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Theory]
    [InlineData("won\u00B4t")]
    [InlineData("won\u02BCt")]
    public void Apostrophe_look_alikes_are_removed_like_apostrophes(string text)
    {
        Assert.Equal("wont", TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("my friend is overdosing", "overdosing")]
    [InlineData("overdosing", "overdosing")]
    [InlineData("overdosing now", "overdosing")]
    [InlineData("he is not breathing well", "not breathing")]
    [InlineData("i want to kill myself", "kill myself")]
    public void ContainsPhrase_finds_the_words_together_at_the_start_middle_or_end(string text, string phrase)
    {
        Assert.True(TextNormalizer.ContainsPhrase(text, phrase));
    }

    [Theory]
    [InlineData("how many people die from overdoses", "overdose")]
    [InlineData("overdosed", "overdose")]
    [InlineData("i am unresponsiveness", "unresponsive")]
    [InlineData("a poison control number", "poisoned")]
    [InlineData("mail", "ai")]
    public void ContainsPhrase_does_not_match_inside_a_longer_word(string text, string phrase)
    {
        Assert.False(TextNormalizer.ContainsPhrase(text, phrase));
    }

    [Theory]
    [InlineData("breathing not", "not breathing")]
    [InlineData("not really breathing", "not breathing")]
    public void ContainsPhrase_needs_the_words_together_and_in_order(string text, string phrase)
    {
        Assert.False(TextNormalizer.ContainsPhrase(text, phrase));
    }

    [Theory]
    [InlineData("anything", "")]
    [InlineData("", "")]
    [InlineData("", "overdosing")]
    public void ContainsPhrase_never_matches_an_empty_phrase_or_empty_text(string text, string phrase)
    {
        Assert.False(TextNormalizer.ContainsPhrase(text, phrase));
    }

    [Fact]
    public void ContainsPhrase_expects_normalized_text_and_is_case_sensitive_otherwise()
    {
        Assert.False(TextNormalizer.ContainsPhrase("He Is OVERDOSING", "overdosing"));
        Assert.True(TextNormalizer.ContainsPhrase(TextNormalizer.Normalize("He Is OVERDOSING"), "overdosing"));
    }
}

using FentanylHelp.Dialogs.Understanding;

namespace FentanylHelp.Dialogs.Tests;

public sealed class LanguageGuesserTests
{
    [Theory]
    [InlineData("¿de dónde viene el fentanilo que hay en los estados unidos?", "es")]
    [InlineData("mi abuela usa un parche de fentanilo, es lo mismo?", "es")]
    [InlineData("donde puedo conseguir naloxona para mi hijo", "es")]
    [InlineData("where does the fentanyl in the us come from", "en")]
    [InlineData("my grandma uses a fentanyl patch, is it the same?", "en")]
    [InlineData("how do I get narcan for my son", "en")]
    public void Clear_sentences_are_recognized(string text, string expected) =>
        Assert.Equal(expected, LanguageGuesser.Guess(text));

    [Theory]
    [InlineData("hola")]
    [InlineData("narcan")]
    [InlineData("fentanyl")]
    [InlineData("988")]
    [InlineData("")]
    [InlineData(null)]
    public void Short_or_shared_words_are_left_undecided(string? text) =>
        Assert.Null(LanguageGuesser.Guess(text));
}

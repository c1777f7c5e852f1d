using FentanylHelp.Dialogs.Quality;

namespace FentanylHelp.Dialogs.Tests.Quality;

/// <summary>Every message fits a phone screen: at most 90 English or 110 Spanish words, not counting its sources line.</summary>
public sealed class MessageLengthGateTests
{
    private const string SpanishFiller = "Texto en español.";
    private const string EnglishFiller = "Text in English.";

    private static readonly MessageLengthGate Gate = new();

    [Fact]
    public void An_English_message_of_91_words_fails_and_one_of_90_passes()
    {
        var tooLong = PlantedContent.WithNode(Words("Naloxone", 91), SpanishFiller);
        var justRight = PlantedContent.WithNode(Words("Naloxone", 90), SpanishFiller);

        var finding = Assert.Single(PlantedContent.Findings(Gate, tooLong));

        Assert.Equal(("planted text", QualityLanguages.English, "91"), (finding.Subject, finding.Language, finding.Figure));
        Assert.Contains("more than 90 words", finding.Problem, StringComparison.Ordinal);
        Assert.Empty(PlantedContent.Findings(Gate, justRight));
    }

    [Fact]
    public void A_Spanish_message_of_111_words_fails_and_one_of_110_passes()
    {
        var tooLong = PlantedContent.WithNode(EnglishFiller, Words("naloxona", 111));
        var justRight = PlantedContent.WithNode(EnglishFiller, Words("naloxona", 110));

        var finding = Assert.Single(PlantedContent.Findings(Gate, tooLong));

        Assert.Equal((QualityLanguages.Spanish, "111"), (finding.Language, finding.Figure));
        Assert.Empty(PlantedContent.Findings(Gate, justRight));
    }

    [Fact]
    public void A_long_sources_line_is_not_counted()
    {
        var content = PlantedContent.WithNode("The US has taken many steps.", "EE. UU. ha tomado muchas medidas.", facts: "O9, O10, O8");

        Assert.Empty(PlantedContent.Findings(Gate, content));
    }

    [Theory]
    [InlineData("Call [1-800-662-4357](tel:+18006624357) now.", 3)]
    [InlineData("**Call or text [988](tel:988)**, or chat at https://988lifeline.org.", 8)]
    [InlineData("Signs:\n\n- will not wake up\n- tiny \"pinpoint\" pupils\n\n1. Give naloxone.", 10)]
    [InlineData("Fell about 27% in 2024 — the largest drop.", 8)]
    public void Words_are_what_a_person_sees(string markdown, int words)
    {
        Assert.Equal(words, VisibleWords.Count(markdown));
    }

    [Fact]
    public void Real_messages_fit_a_phone_screen_emergency_answers_included()
    {
        var findings = Gate.Check(PlantedContent.Real).ToList();

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }

    private static string Words(string word, int count) => string.Join(' ', Enumerable.Repeat(word, count)) + ".";
}

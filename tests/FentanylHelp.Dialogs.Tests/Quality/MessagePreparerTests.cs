using FentanylHelp.Dialogs.Quality;

namespace FentanylHelp.Dialogs.Tests.Quality;

/// <summary>What the reading-level formulas count: markup, links, phone numbers and names removed; lines, list items and sentence ends split.</summary>
public sealed class MessagePreparerTests
{
    private static readonly MessagePreparer Preparer = new(["SAMHSA", "SAMHSA National Helpline", "Cato Institute", "FindTreatment.gov", "988 Lifeline"], ["911", "988"]);

    /// <summary>The sentences, " | " between them, each as its words (without their outer punctuation).</summary>
    private static string Sentences(string markdown) =>
        string.Join(" | ", Preparer.Prepare(markdown).Sentences.Select(sentence => string.Join(' ', sentence)));

    [Theory]
    [InlineData("**Call now.** It is _free_.", "Call now | It is free")]
    [InlineData("Read `this` first.", "Read this first")]
    [InlineData("Use snake_case words.", "Use snake_case words")]
    public void Bold_italics_and_code_marks_are_removed(string markdown, string expected) =>
        Assert.Equal(expected, Sentences(markdown));

    [Theory]
    [InlineData("See [the CDC page](https://www.cdc.gov) today.", "See the CDC page today")]
    [InlineData("Chat at https://988lifeline.org. It is free.", "Chat at | It is free")]
    [InlineData("Go to findtreatment.gov/locator now.", "Go to now")]
    public void Links_keep_their_text_and_lose_their_address(string markdown, string expected) =>
        Assert.Equal(expected, Sentences(markdown));

    [Theory]
    [InlineData("Call [1-800-662-4357](tel:+18006624357) today.", "Call today")]
    [InlineData("Call 1-800-662-HELP or (800) 222-1222 now.", "Call or now")]
    [InlineData("**Call [911](tel:911) now.** Or text 988.", "Call now | Or text")]
    public void Phone_numbers_are_removed_entirely(string markdown, string expected) =>
        Assert.Equal(expected, Sentences(markdown));

    [Theory]
    [InlineData("The SAMHSA National Helpline is free.", "The is free")]
    [InlineData("SAMHSA's tool is FindTreatment.gov.", "tool is")]
    [InlineData("A samhsa study by the Cato   Institute.", "A study by the")]
    [InlineData("The 988 Lifeline helps.", "The helps")]
    public void Proper_names_are_removed_with_their_possessive(string markdown, string expected) =>
        Assert.Equal(expected, Sentences(markdown));

    [Theory]
    [InlineData("One. Two! Three? Four", "One | Two | Three | Four")]
    [InlineData("Signs:\n\n- will not wake up\n- slow breathing", "Signs | will not wake up | slow breathing")]
    [InlineData("Steps:\n1. Call 911.\n2. Give naloxone.", "Steps | Call | Give naloxone")]
    [InlineData("Purity fell to 10.3% in 2025.", "Purity fell to 10.3% in 2025")]
    public void Sentences_end_at_stops_line_breaks_and_list_items(string markdown, string expected) =>
        Assert.Equal(expected, Sentences(markdown));

    [Fact]
    public void A_line_left_without_words_is_not_a_sentence()
    {
        var prepared = Preparer.Prepare("Call [911](tel:911).\n\n[1-800-662-4357](tel:+18006624357)\n\nStay with them.");

        Assert.Equal(2, prepared.Sentences.Count);
    }
}

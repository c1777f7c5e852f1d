using FentanylHelp.Dialogs.Quality;

namespace FentanylHelp.Dialogs.Tests.Quality;

/// <summary>Phone numbers, links and numbers, found however each language writes them, in one comparable form.</summary>
public sealed class FigureExtractorTests
{
    private static string Keys(string text) => string.Join(" ", FigureExtractor.Extract(text).Select(figure => $"{figure.Kind}:{figure.Key}"));

    [Theory]
    [InlineData("[1-800-662-4357](tel:+18006624357)", "Phone:18006624357 Phone:18006624357")]
    [InlineData("1-800-662-HELP", "Phone:18006624357")]
    [InlineData("(800) 222-1222", "Phone:18002221222")]
    [InlineData("[911](tel:911)", "Number:911 Phone:911")]
    public void Phone_numbers_are_their_digits_with_letters_read_as_on_a_keypad(string text, string expected) =>
        Assert.Equal(expected, Keys(text));

    [Theory]
    [InlineData("chat at https://988lifeline.org.", "Link:988lifeline.org")]
    [InlineData("[CDC](https://www.cdc.gov/)", "Link:www.cdc.gov")]
    [InlineData("**FindTreatment.gov** helps", "Link:findtreatment.gov")]
    [InlineData("(en español: https://poisonhelp.hrsa.gov/es).", "Link:poisonhelp.hrsa.gov/es")]
    public void Links_lose_their_scheme_capitals_and_trailing_slash(string text, string expected) =>
        Assert.Equal(expected, Keys(text));

    [Theory]
    [InlineData("107,941 deaths", "Number:107941")]
    [InlineData("107.941 muertes", "Number:107941")]
    [InlineData("107 941 muertes", "Number:107941")]
    [InlineData("19.5% and 10,3 %", "Number:19.5% Number:10.3%")]
    [InlineData("open 24/7", "Number:24/7")]
    [InlineData("April 1, 2019", "Number:1 Number:2019")]
    [InlineData("since the 1960s", "Number:1960")]
    [InlineData("2 to 3 minutes, 2–3 minutos", "Number:2 Number:3 Number:2 Number:3")]
    public void Numbers_are_read_in_English_and_Spanish_formats(string text, string expected) =>
        Assert.Equal(expected, Keys(text));

    [Theory]
    [InlineData("1. Call.\n2. Give naloxone.\n10. Stay.")]
    [InlineData("fake \"M30\" pills, text HELP4U, FY2023")]
    public void List_numbering_and_numbers_inside_names_are_not_figures(string text) =>
        Assert.Empty(FigureExtractor.Extract(text));
}

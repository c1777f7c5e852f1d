using FentanylHelp.Dialogs.Quality;

namespace FentanylHelp.Dialogs.Tests.Quality;

/// <summary>Spanish syllables: diphthongs, hiatus, silent u, final y, then a word list with known counts.</summary>
public sealed class SpanishSyllableCounterTests
{
    /// <summary>
    /// Words with their syllables by the Real Academia Española's rules (Ortografía 2010), from the content's
    /// likely vocabulary and words that exercise each rule; "desahucio" (de-sahu-cio, a diphthong across h)
    /// is a known miss.
    /// </summary>
    public static readonly IReadOnlyList<(string Word, int Syllables)> KnownWords =
    [
        ("fentanilo", 4), ("sobredosis", 4), ("naloxona", 4), ("ayuda", 3), ("llamar", 2), ("guerra", 2), ("que", 1),
        ("quiero", 2), ("guía", 2), ("pingüino", 3), ("país", 2), ("día", 2), ("reúne", 3), ("ciudad", 2),
        ("cuidado", 3), ("aéreo", 4), ("poeta", 3), ("leer", 2), ("creer", 2), ("buey", 1), ("muy", 1), ("hoy", 1),
        ("y", 1), ("agua", 2), ("huevo", 2), ("ahora", 3), ("méxico", 3), ("medicamento", 5), ("tratamiento", 4),
        ("información", 4), ("confidencial", 4), ("emergencia", 4), ("respiración", 4), ("pastillas", 3),
        ("cocaína", 4), ("heroína", 4), ("veinticuatro", 4), ("oír", 2), ("raúl", 2), ("maíz", 2), ("europeo", 4),
        ("llegue", 2), ("seguir", 2), ("aquí", 2), ("química", 3), ("sustancia", 3), ("persona", 3), ("línea", 3),
        ("gratuita", 3), ("farmacia", 3), ("historia", 3), ("cártel", 2), ("sinaloa", 4), ("prohibido", 4),
        ("averigüé", 4), ("desahucio", 3),
    ];

    [Fact]
    public void The_word_list_has_at_least_30_words_and_90_percent_are_counted_exactly()
    {
        var wrong = KnownWords
            .Select(entry => (entry.Word, Expected: entry.Syllables, Actual: SpanishSyllableCounter.Instance.Count(entry.Word)))
            .Where(result => result.Expected != result.Actual)
            .ToList();
        var accuracy = 1 - ((double)wrong.Count / KnownWords.Count);

        Assert.True(KnownWords.Count >= 30);
        Assert.True(accuracy >= 0.9, $"{accuracy:P0} exact; wrong: {string.Join(", ", wrong.Select(result => $"{result.Word} {result.Actual} (not {result.Expected})"))}");
    }

    [Theory]
    [InlineData("cuidado", 3)]
    [InlineData("tiene", 2)]
    [InlineData("ciudad", 2)]
    [InlineData("veinte", 2)]
    [InlineData("buey", 1)]
    public void A_weak_vowel_joins_its_neighbour_in_a_diphthong(string word, int syllables) =>
        Assert.Equal(syllables, SpanishSyllableCounter.Instance.Count(word));

    [Theory]
    [InlineData("poeta", 3)]
    [InlineData("aéreo", 4)]
    [InlineData("leer", 2)]
    [InlineData("día", 2)]
    [InlineData("país", 2)]
    [InlineData("reúne", 3)]
    [InlineData("Heroína", 4)]
    public void Two_strong_vowels_or_an_accented_i_or_u_are_a_hiatus(string word, int syllables) =>
        Assert.Equal(syllables, SpanishSyllableCounter.Instance.Count(word));

    [Theory]
    [InlineData("que", 1)]
    [InlineData("quien", 1)]
    [InlineData("guerra", 2)]
    [InlineData("seguir", 2)]
    [InlineData("guía", 2)]
    [InlineData("agua", 2)]
    [InlineData("pingüino", 3)]
    [InlineData("vergüenza", 3)]
    public void The_u_of_que_qui_gue_gui_is_silent_but_not_with_dieresis(string word, int syllables) =>
        Assert.Equal(syllables, SpanishSyllableCounter.Instance.Count(word));

    [Theory]
    [InlineData("y", 1)]
    [InlineData("muy", 1)]
    [InlineData("hay", 1)]
    [InlineData("ayuda", 3)]
    [InlineData("yo", 1)]
    public void A_final_y_after_a_vowel_is_part_of_its_syllable(string word, int syllables) =>
        Assert.Equal(syllables, SpanishSyllableCounter.Instance.Count(word));
}

using FentanylHelp.Dialogs.Quality;

namespace FentanylHelp.Dialogs.Tests.Quality;

/// <summary>The two formulas on known counts, and on texts counted by hand.</summary>
public sealed class ReadabilityFormulaTests
{
    [Theory]
    [InlineData(100, 5, 150, 9.91)]
    [InlineData(100, 10, 130, 3.65)]
    [InlineData(6, 1, 6, -1.45)]
    public void Flesch_Kincaid_grade_is_039_words_per_sentence_plus_118_syllables_per_word_minus_1559(int words, int sentences, int syllables, double grade) =>
        Assert.Equal(grade, ReadabilityFormulas.FleschKincaidGrade(new TextStatistics(words, sentences, syllables)), 2);

    [Theory]
    [InlineData(100, 5, 200, 66.44)]
    [InlineData(100, 10, 180, 88.64)]
    [InlineData(20, 1, 50, 36.44)]
    public void Fernandez_Huerta_is_20684_minus_060_syllables_per_100_words_minus_102_words_per_sentence(int words, int sentences, int syllables, double score) =>
        Assert.Equal(score, ReadabilityFormulas.FernandezHuerta(new TextStatistics(words, sentences, syllables)), 2);

    [Fact]
    public void Fernandez_Huerta_scores_the_same_words_in_shorter_sentences_as_easier()
    {
        var longSentences = ReadabilityFormulas.FernandezHuerta(new TextStatistics(60, 2, 120));
        var shortSentences = ReadabilityFormulas.FernandezHuerta(new TextStatistics(60, 6, 120));

        Assert.True(shortSentences > longSentences);
    }

    [Fact]
    public void An_empty_text_scores_zero_rather_than_dividing_by_zero()
    {
        Assert.Equal(0, ReadabilityFormulas.FleschKincaidGrade(new TextStatistics(0, 0, 0)));
        Assert.Equal(0, ReadabilityFormulas.FernandezHuerta(new TextStatistics(0, 0, 0)));
    }

    [Fact]
    public void An_English_text_counted_by_hand_gets_its_grade()
    {
        // Call(1) for(1) help(1) now(1). / Give(1) na-lox-one(3) if(1) you(1) have(1) it(1).  → 10 words, 2 sentences, 12 syllables
        var statistics = TextStatistics.Of(new MessagePreparer([], []).Prepare("Call for help now. Give naloxone if you have it."), EnglishSyllableCounter.Instance);

        Assert.Equal(new TextStatistics(10, 2, 12), statistics);
        Assert.Equal((0.39 * 5) + (11.8 * 1.2) - 15.59, ReadabilityFormulas.FleschKincaidGrade(statistics), 6);
    }

    [Fact]
    public void A_Spanish_text_counted_by_hand_gets_its_score()
    {
        // Lla-me(2) al(1) 911(1, a figure) a-ho-ra(3). / Dé(1) na-lo-xo-na(4) si(1) la(1) tie-ne(2).  → 9 words, 2 sentences, 16 syllables
        var statistics = TextStatistics.Of(new MessagePreparer([], []).Prepare("Llame al 911 ahora. Dé naloxona si la tiene."), SpanishSyllableCounter.Instance);

        Assert.Equal(new TextStatistics(9, 2, 16), statistics);
        Assert.Equal(206.84 - (60.0 * 16 / 9) - (1.02 * 4.5), ReadabilityFormulas.FernandezHuerta(statistics), 6);
    }
}

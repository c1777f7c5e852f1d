namespace FentanylHelp.Dialogs.Quality;

/// <summary>What reading-level formulas count in a text.</summary>
public readonly record struct TextStatistics(int Words, int Sentences, int Syllables)
{
    public double WordsPerSentence => Sentences == 0 ? 0 : (double)Words / Sentences;

    public double SyllablesPerWord => Words == 0 ? 0 : (double)Syllables / Words;

    /// <summary>Counts a prepared text. A figure (2025, 27%, 24/7) is one word of one syllable, as textstat counts it.</summary>
    public static TextStatistics Of(PreparedText text, ISyllableCounter counter)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(counter);
        var words = text.Sentences.SelectMany(sentence => sentence).ToList();
        return new TextStatistics(words.Count, text.Sentences.Count, words.Sum(word => SyllablesOf(word, counter)));
    }

    /// <summary>A hyphenated word ("fentanyl-related") has the syllables of its parts.</summary>
    private static int SyllablesOf(string word, ISyllableCounter counter)
    {
        var parts = word.Split(['-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries)
            .Where(part => part.Any(char.IsLetter))
            .ToList();
        return parts.Count == 0 ? 1 : parts.Sum(counter.Count);
    }
}

namespace FentanylHelp.Dialogs.Quality;

/// <summary>Counts the syllables of one word of one language, as a reading-level formula needs them.</summary>
public interface ISyllableCounter
{
    /// <summary>The syllables of <paramref name="word"/> (letters, maybe with apostrophes); at least 1 for any word.</summary>
    int Count(string word);
}

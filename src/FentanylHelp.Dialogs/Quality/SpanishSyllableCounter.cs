namespace FentanylHelp.Dialogs.Quality;

/// <summary>
/// Spanish syllables by vowel nuclei. Spanish spelling is regular, so the rules are few: a, e, o (and any
/// vowel with an accent, í and ú included) are strong; two strong vowels side by side are two syllables
/// (hiatus: po-e-ta, dí-a, pa-ís), while a weak i or u joins its neighbour (diphthong: cui-da-do, tie-ne).
/// The u of "que", "qui", "gue", "gui" is silent; "güe", "güi" keep it. A final y after a vowel ("muy",
/// "hay") is part of that vowel's syllable, and "y" alone is a syllable.
/// </summary>
public sealed class SpanishSyllableCounter : ISyllableCounter
{
    public static readonly SpanishSyllableCounter Instance = new();

    private SpanishSyllableCounter()
    {
    }

    public int Count(string word)
    {
        var letters = new string([.. word.ToLowerInvariant().Where(char.IsLetter)]);
        if (letters.Length == 0)
        {
            return 1;
        }

        var syllables = 0;
        char? previousVowel = null;
        for (var index = 0; index < letters.Length; index++)
        {
            if (!IsVowel(letters, index) || IsSilentU(letters, index))
            {
                // A silent u neither starts a syllable nor separates the vowels around it ("que" is one nucleus).
                previousVowel = IsSilentU(letters, index) ? previousVowel : null;
                continue;
            }

            var vowel = letters[index];
            if (previousVowel is not { } before || IsHiatus(before, vowel))
            {
                syllables++;
            }

            previousVowel = vowel;
        }

        return Math.Max(1, syllables);
    }

    private static bool IsVowel(string word, int index)
    {
        var letter = word[index];
        if (letter == 'y')
        {
            // Only "y" alone or a final y after a vowel sounds as a vowel; elsewhere it is a consonant (ayuda, yo).
            return word.Length == 1 || (index == word.Length - 1 && index > 0 && IsVowel(word, index - 1));
        }

        return letter is 'a' or 'e' or 'i' or 'o' or 'u' or 'á' or 'é' or 'í' or 'ó' or 'ú' or 'ü';
    }

    private static bool IsSilentU(string word, int index) =>
        word[index] == 'u' && index > 0 && word[index - 1] is 'q' or 'g'
        && index + 1 < word.Length && word[index + 1] is 'e' or 'i' or 'é' or 'í';

    private static bool IsStrong(char vowel) => vowel is 'a' or 'e' or 'o' or 'á' or 'é' or 'ó' or 'í' or 'ú';

    /// <summary>Two strong vowels, or the same vowel twice (le-er, cre-er), are two syllables.</summary>
    private static bool IsHiatus(char before, char vowel) => (IsStrong(before) && IsStrong(vowel)) || before == vowel;
}

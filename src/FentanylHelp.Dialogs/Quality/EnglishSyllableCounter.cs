using System.Collections.Frozen;

namespace FentanylHelp.Dialogs.Quality;

/// <summary>
/// English syllables by vowel groups with the usual spelling rules (silent final e, "-le", "-ed", "-es",
/// split vowel pairs). A heuristic, not a dictionary: it is right for about nine words in ten, which is
/// what Flesch–Kincaid needs, since one wrong word barely moves a message's grade.
/// </summary>
public sealed class EnglishSyllableCounter : ISyllableCounter
{
    public static readonly EnglishSyllableCounter Instance = new();

    /// <summary>Words the rules get wrong that this content uses or is likely to use; each entry is a rule's known failure.</summary>
    private static readonly FrozenDictionary<string, int> Exceptions = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["anyone"] = 3,
        ["area"] = 3,
        ["create"] = 2,
        ["heroin"] = 3,
        ["idea"] = 3,
        ["lifeline"] = 2,
        ["maybe"] = 2,
        ["quiet"] = 2,
        ["science"] = 2,
        ["something"] = 2,
        ["sometimes"] = 2,
        ["video"] = 3,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Endings after which the e before them is silent (safe-ly, state-ment, care-ful).</summary>
    private static readonly string[] SilentESuffixes = ["ly", "ment", "ments", "ful", "fully", "ness", "less"];

    private EnglishSyllableCounter()
    {
    }

    public int Count(string word)
    {
        var apostrophe = word.Replace('\u2019', '\'').ToLowerInvariant();

        // "didn't", "isn't": the n't after a consonant is a syllable of its own; after a vowel ("don't") it is not.
        var contraction = apostrophe.EndsWith("n't", StringComparison.Ordinal) && apostrophe.Length > 3 && !IsPlainVowel(apostrophe[^4]) ? 1 : 0;
        var letters = new string([.. apostrophe.Where(char.IsAsciiLetterLower)]);
        if (letters.Length == 0)
        {
            return 1;
        }

        if (Exceptions.TryGetValue(letters, out var known))
        {
            return known;
        }

        return Math.Max(1, VowelGroups(letters) + Adjustments(letters) + contraction);
    }

    private static int VowelGroups(string word)
    {
        var groups = 0;
        for (var index = 0; index < word.Length; index++)
        {
            if (IsVowel(word, index) && (index == 0 || !IsVowel(word, index - 1)))
            {
                groups++;
            }
        }

        return groups;
    }

    private static int Adjustments(string word)
    {
        var adjustment = 0;
        var length = word.Length;
        if (length > 2 && word[^1] == 'e' && !IsVowel(word, length - 2) && !EndsWithSyllabicLe(word, length - 1))
        {
            adjustment--;
        }
        else if (length > 3 && word.EndsWith("es", StringComparison.Ordinal) && !IsVowel(word, length - 3)
            && !EndsWithSyllabicLe(word, length - 2) && !EndsWithSibilant(word, length - 2))
        {
            adjustment--;
        }
        else if (length > 3 && word.EndsWith("ed", StringComparison.Ordinal) && !IsVowel(word, length - 3)
            && word[^3] is not ('t' or 'd') && !EndsWithSyllabicLe(word, length - 2))
        {
            adjustment--;
        }

        adjustment -= SilentEBeforeSuffix(word);
        adjustment += SplitVowelPairs(word);
        if (length > 4 && word.EndsWith("ing", StringComparison.Ordinal) && IsVowel(word, length - 4))
        {
            // be-ing, go-ing, try-ing: the vowel before -ing is its own syllable.
            adjustment++;
        }

        return adjustment;
    }

    /// <summary>"ta-ble", "peo-ple", "set-tled": a consonant (other than l) then "le" is a syllable, so its e is not silent.</summary>
    private static bool EndsWithSyllabicLe(string word, int eIndex) =>
        eIndex >= 2 && word[eIndex - 1] == 'l' && !IsVowel(word, eIndex - 2) && word[eIndex - 2] != 'l';

    /// <summary>"box-es", "pla-ces", "chan-ges", "wish-es": the e of -es is heard after these sounds.</summary>
    private static bool EndsWithSibilant(string word, int eIndex) =>
        word[eIndex - 1] is 's' or 'x' or 'z' or 'c' or 'g'
        || (eIndex >= 2 && word[eIndex - 1] == 'h' && word[eIndex - 2] is 'c' or 's');

    private static int SilentEBeforeSuffix(string word)
    {
        foreach (var suffix in SilentESuffixes)
        {
            var eIndex = word.Length - suffix.Length - 1;
            if (eIndex >= 3 && word.EndsWith(suffix, StringComparison.Ordinal) && word[eIndex] == 'e'
                && !IsVowel(word, eIndex - 1) && !EndsWithSyllabicLe(word, eIndex))
            {
                return 1;
            }
        }

        return 0;
    }

    /// <summary>Vowel pairs spoken as two syllables: me-di-a, ra-di-o, o-pi-oid, ac-tu-al.</summary>
    private static int SplitVowelPairs(string word)
    {
        var splits = 0;
        for (var index = 1; index < word.Length; index++)
        {
            var before = index >= 2 ? word[index - 2] : ' ';
            var after = index + 1 < word.Length ? word[index + 1] : ' ';
            var pair = (word[index - 1], word[index]);
            if ((pair == ('i', 'a') && before is not ('c' or 't' or 's' or 'g'))
                || (pair == ('i', 'o') && before is not ('c' or 't' or 's' or 'g' or 'x') && after != 'n')
                || (pair == ('u', 'a') && before is not ('g' or 'q')))
            {
                splits++;
            }
        }

        return splits;
    }

    private static bool IsPlainVowel(char letter) => letter is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>y is a vowel except at the start of a word ("you") or between vowels ("player").</summary>
    private static bool IsVowel(string word, int index)
    {
        var letter = word[index];
        if (letter != 'y')
        {
            return IsPlainVowel(letter);
        }

        var betweenVowels = index > 0 && index + 1 < word.Length && IsPlainVowel(word[index - 1]) && IsPlainVowel(word[index + 1]);
        return index > 0 && !betweenVowels;
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FentanylHelp.Dialogs.Engine;

/// <summary>
/// Brings typed text and content phrases to one comparable form: lower case, no accents, no apostrophes
/// ("won't", "won´t" → "wont"), other punctuation as spaces, single spaces, and a letter typed three or more
/// times in a row kept once ("hiii", "pleeease", "holaaa": no English or Spanish word has a letter three times
/// running). Culture-independent on purpose.
/// </summary>
public static partial class TextNormalizer
{
    public static string Normalize(string? text) => Normalize(text, keepDoubled: false);

    /// <summary>
    /// As <see cref="Normalize(string?)"/>, but with <paramref name="keepDoubled"/> a stretched letter is kept twice
    /// instead of once ("tooo" → "too", "feeel" → "feel"), the other reading of a held-down key.
    /// </summary>
    public static string Normalize(string? text, bool keepDoubled)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var character in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(character);
            if (category == UnicodeCategory.NonSpacingMark || character is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4' or '\u02BC')
            {
                continue;
            }

            if (char.IsLetterOrDigit(character))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(character));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return StretchedLetter().Replace(builder.ToString(), keepDoubled ? "$1$1" : "$1");
    }

    /// <summary>True when <paramref name="phrase"/>'s words appear together, in order, in <paramref name="text"/> (both normalized).</summary>
    public static bool ContainsPhrase(string text, string phrase) =>
        phrase.Length > 0 && $" {text} ".Contains($" {phrase} ", StringComparison.Ordinal);

    [GeneratedRegex(@"(\p{L})\1{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex StretchedLetter();
}

using System.Text.RegularExpressions;

namespace FentanylHelp.Dialogs.Quality;

/// <summary>
/// Turns a message (Markdown, as written in dialogs/) into the sentences and words that the reading-level
/// formulas and the leftover-language check count. Links keep their text but lose their address; phone
/// numbers, web addresses and proper names go entirely: a reader takes "SAMHSA" or "1-800-662-4357" in as
/// one known thing, not as syllables to decode. Every line and list item is a sentence of its own.
/// </summary>
public sealed class MessagePreparer
{
    private static readonly char[] Apostrophes = ['\'', '\u2019'];

    private readonly Regex? properNames;
    private readonly Regex? shortPhoneNumbers;

    /// <param name="properNames">Names to drop (quality.yaml); capitals are ignored, a possessive 's goes with the name.</param>
    /// <param name="shortPhoneNumbers">Numbers such as 911 and 988 that are phone numbers wherever they appear (the content's tel: links).</param>
    public MessagePreparer(IEnumerable<string> properNames, IEnumerable<string> shortPhoneNumbers)
    {
        // Longest first, so "SAMHSA National Helpline" goes as one name before "SAMHSA" could match alone.
        var names = properNames.Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => name.Trim()).OrderByDescending(name => name.Length);
        this.properNames = Alternation(names.Select(name => Regex.Escape(name).Replace(@"\ ", @"\s+", StringComparison.Ordinal)), @"(?:['\u2019]s)?");
        this.shortPhoneNumbers = Alternation(shortPhoneNumbers.Distinct(StringComparer.Ordinal).Select(Regex.Escape), string.Empty);
    }

    public PreparedText Prepare(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = ContentPatterns.MarkdownLink().Replace(markdown, link =>
            link.Groups["target"].Value.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? " " : link.Groups["text"].Value);
        text = ContentPatterns.Url().Replace(text, " ");
        text = ContentPatterns.BareDomain().Replace(text, " ");
        text = properNames?.Replace(text, " ") ?? text;
        text = ContentPatterns.PhoneNumber().Replace(text, " ");
        text = shortPhoneNumbers?.Replace(text, " ") ?? text;
        text = ContentPatterns.OrderedListMarker().Replace(text, string.Empty);
        text = ContentPatterns.BulletOrHeadingMarker().Replace(text, string.Empty);
        text = ContentPatterns.Emphasis().Replace(text, string.Empty);

        var sentences = text.Split('\n')
            .SelectMany(line => ContentPatterns.SentenceBreak().Split(line))
            .Select(Words)
            .Where(words => words.Count > 0)
            .ToList();
        return new PreparedText(sentences);
    }

    /// <summary>Words of a sentence: whitespace-separated tokens with their outer punctuation removed, keeping those with a letter or digit.</summary>
    private static IReadOnlyList<string> Words(string sentence) =>
        [.. ContentPatterns.Whitespace().Split(sentence)
            .Select(token => token.Trim().TrimStart(Apostrophes))
            .Select(TrimPunctuation)
            .Where(token => token.Any(char.IsLetterOrDigit))];

    /// <summary>Strips punctuation around a word but keeps a figure's % and a contraction's apostrophe ("don't").</summary>
    private static string TrimPunctuation(string token)
    {
        var start = 0;
        var end = token.Length;
        while (start < end && !char.IsLetterOrDigit(token[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(token[end - 1]) && token[end - 1] != '%')
        {
            end--;
        }

        return token[start..end];
    }

    private static Regex? Alternation(IEnumerable<string> patterns, string suffix)
    {
        var list = patterns.ToList();
        return list.Count == 0
            ? null
            : new Regex($@"(?<![\p{{L}}\d])(?:{string.Join('|', list)}){suffix}(?![\p{{L}}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}

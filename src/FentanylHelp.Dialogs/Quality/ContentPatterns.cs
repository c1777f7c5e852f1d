using System.Text.RegularExpressions;

namespace FentanylHelp.Dialogs.Quality;

/// <summary>The text patterns that text preparation and figure extraction share, so both see the same links, phones and numbers.</summary>
internal static partial class ContentPatterns
{
    /// <summary>Trailing characters that end a sentence rather than a link ("see https://988lifeline.org.").</summary>
    private const string LinkBody = @"[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'""]";

    /// <summary>[text](target)</summary>
    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\((?<target>[^)\s]+)\)")]
    public static partial Regex MarkdownLink();

    [GeneratedRegex(@"\b(?:https?://|www\.)" + LinkBody, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Url();

    /// <summary>A web address written without https:// ("FindTreatment.gov", "988lifeline.org/chat").</summary>
    [GeneratedRegex(@"(?<![\w@/.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:gov|org|com|net|edu|us|mx|es)(?:/" + LinkBody + @")?(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BareDomain();

    /// <summary>A US phone number, also with letters ("1-800-662-HELP", "(800) 222-1222").</summary>
    [GeneratedRegex(@"(?<![\w+])(?:\+?1[-. \u00A0])?\(?\d{3}\)?[-. \u00A0]\d{3}[-. \u00A0][0-9A-Z]{4}(?![\w-])", RegexOptions.CultureInvariant)]
    public static partial Regex PhoneNumber();

    /// <summary>
    /// A figure: 2025, 107,941 (or Spanish 107.941 / 107 941), 19.5 (or 19,5), 27% (or 27 %), 24/7. A number glued
    /// after a letter ("M30", "HELP4U") is part of a name, not a figure.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\d.,])(?<number>\d{1,3}(?:[,.\u00A0\u202F ]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?:(?<fraction>/\d+)|(?<percent>[ \u00A0]?%))?(?!\d)",
        RegexOptions.CultureInvariant)]
    public static partial Regex Number();

    /// <summary>"1. " at the start of a line: list numbering is layout, not a figure.</summary>
    [GeneratedRegex(@"^[ \t]*\d{1,2}[.)][ \t]+", RegexOptions.Multiline)]
    public static partial Regex OrderedListMarker();

    [GeneratedRegex(@"^[ \t]*(?:[-*+\u2022]|#+)[ \t]+", RegexOptions.Multiline)]
    public static partial Regex BulletOrHeadingMarker();

    /// <summary>Bold, italics and code marks (not an underscore inside a word).</summary>
    [GeneratedRegex(@"\*+|`+|(?<![\p{L}\d])_+|_+(?![\p{L}\d])")]
    public static partial Regex Emphasis();

    [GeneratedRegex(@"(?<=[.!?\u2026])\s+")]
    public static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s+")]
    public static partial Regex Whitespace();
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FentanylHelp.Dialogs.Quality;

/// <summary>Finds every phone number, link and number in a text, in both languages' ways of writing them.</summary>
public static class FigureExtractor
{
    public static IReadOnlyList<Figure> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var figures = new List<Figure>();
        var targets = new List<Figure>();
        var rest = ContentPatterns.MarkdownLink().Replace(text, link =>
        {
            targets.Add(TargetFigure(link.Groups["target"].Value));
            return link.Groups["text"].Value;
        });
        rest = Take(rest, ContentPatterns.Url(), figures, match => new Figure(FigureKind.Link, match, LinkKey(match)));
        rest = Take(rest, ContentPatterns.BareDomain(), figures, match => new Figure(FigureKind.Link, match, LinkKey(match)));
        rest = Take(rest, ContentPatterns.PhoneNumber(), figures, match => new Figure(FigureKind.Phone, match, PhoneKey(match)));
        rest = ContentPatterns.OrderedListMarker().Replace(rest, " ");
        figures.AddRange(ContentPatterns.Number().Matches(rest).Select(match => new Figure(FigureKind.Number, match.Value, NumberKey(match))));

        // Link targets last, so a finding about "[1-800-555-0199](tel:+18005550199)" quotes what readers see.
        figures.AddRange(targets);
        return figures;
    }

    /// <summary>The digits of a phone number, letters read as on a phone keypad, with the US country code.</summary>
    public static string PhoneKey(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var digits = new StringBuilder();
        foreach (var character in phone.ToUpperInvariant())
        {
            if (char.IsAsciiDigit(character))
            {
                digits.Append(character);
            }
            else if (character is >= 'A' and <= 'Z' && !phone.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
            {
                digits.Append(KeypadDigit(character));
            }
        }

        return digits.Length == 10 ? "1" + digits : digits.ToString();
    }

    public static string LinkKey(string link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var key = link.Trim().ToLowerInvariant();
        foreach (var scheme in (string[])["https://", "http://"])
        {
            if (key.StartsWith(scheme, StringComparison.Ordinal))
            {
                key = key[scheme.Length..];
            }
        }

        return key.TrimEnd('/');
    }

    private static Figure TargetFigure(string target) =>
        target.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
            ? new Figure(FigureKind.Phone, target, PhoneKey(target))
            : new Figure(FigureKind.Link, target, LinkKey(target));

    private static string Take(string text, Regex pattern, List<Figure> figures, Func<string, Figure> figure) =>
        pattern.Replace(text, match =>
        {
            figures.Add(figure(match.Value));
            return " ";
        });

    /// <summary>
    /// One form for a number however it is grouped: a separator followed by exactly three digits in a
    /// grouped number is a thousands separator (107,941 / 107.941 / 107 941); any other is the decimal
    /// point (19.5 / 19,5). A percent sign and a "/7" stay part of the figure.
    /// </summary>
    private static string NumberKey(Match match)
    {
        var number = match.Groups["number"].Value;
        var grouped = Regex.IsMatch(number, @"^\d{1,3}(?:[,.\u00A0\u202F ]\d{3})+(?:[.,]\d+)?$", RegexOptions.CultureInvariant);
        string canonical;
        if (grouped)
        {
            var decimals = Regex.Match(number, @"^(?<whole>\d{1,3}(?:[,.\u00A0\u202F ]\d{3})+)(?:[.,](?<fraction>\d+))?$", RegexOptions.CultureInvariant);
            var whole = new string([.. decimals.Groups["whole"].Value.Where(char.IsAsciiDigit)]);
            canonical = decimals.Groups["fraction"].Success ? $"{whole}.{decimals.Groups["fraction"].Value}" : whole;
        }
        else
        {
            canonical = number.Replace(',', '.');
        }

        canonical = decimal.Parse(canonical, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture).ToString("0.##########", CultureInfo.InvariantCulture);
        return match.Groups["percent"].Success ? canonical + "%"
            : match.Groups["fraction"].Success ? canonical + match.Groups["fraction"].Value
            : canonical;
    }

    private static char KeypadDigit(char letter) => letter switch
    {
        <= 'C' => '2',
        <= 'F' => '3',
        <= 'I' => '4',
        <= 'L' => '5',
        <= 'O' => '6',
        <= 'S' => '7',
        <= 'V' => '8',
        _ => '9',
    };
}

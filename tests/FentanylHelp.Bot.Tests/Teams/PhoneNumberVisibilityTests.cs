using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FentanylHelp.Dialogs.Content;

namespace FentanylHelp.Bot.Tests.Teams;

/// <summary>
/// Some Teams clients (desktop, web) do not open <c>tel:</c> links, so a phone number must always be readable
/// as text: a tel: link's words are the number itself, and a card's call button shows the number in its
/// title or in the text of every message that uses the card.
/// </summary>
public sealed partial class PhoneNumberVisibilityTests
{
    private static readonly ContentCatalog Catalog = ContentLoader.LoadValid(Path.Combine(AppContext.BaseDirectory, "dialogs"));

    [Fact]
    public void Every_tel_link_in_the_text_shows_its_number()
    {
        var problems = new List<string>();
        var links = 0;
        foreach (var node in Catalog.NodeList)
        {
            foreach (var (language, text) in node.Text?.ByLanguage ?? new Dictionary<string, string>())
            {
                foreach (Match tel in TelTarget().Matches(text))
                {
                    links++;
                    var link = MarkdownTelLink().Match(text, Math.Max(0, text.LastIndexOf('[', tel.Index)));
                    if (!link.Success || link.Index + link.Length < tel.Index || !SameNumber(link.Groups["label"].Value, link.Groups["number"].Value))
                    {
                        problems.Add($"{node.Id} ({language}): '{tel.Value}' is not a link whose words are its number");
                    }
                }
            }
        }

        Assert.True(links > 0, "no tel: links found: the check would pass on anything");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_call_button_on_a_card_has_its_number_visible()
    {
        var problems = new List<string>();
        var buttons = 0;
        foreach (var node in Catalog.NodeList.Where(node => node.Card is not null && node.Text is not null))
        {
            var card = Catalog.Cards[node.Card!].Json;
            foreach (var action in (card["actions"]?.AsArray() ?? []).OfType<JsonObject>())
            {
                if ((string?)action["url"] is not { } url || !url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                buttons++;
                foreach (var (language, text) in node.Text!.ByLanguage)
                {
                    var title = ResolveTitle((string?)action["title"] ?? string.Empty, language);
                    if (!ContainsNumber(title, url[4..]) && !ContainsNumber(text, url[4..]))
                    {
                        problems.Add($"{node.Id} ({language}): the button '{title}' calls {url[4..]}, but neither it nor the message shows the number");
                    }
                }
            }
        }

        Assert.True(buttons > 0, "no call buttons found: the check would pass on anything");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("[911](tel:911)", true)]
    [InlineData("[1-800-222-1222](tel:+18002221222)", true)]
    [InlineData("[Call now](tel:911)", false)]
    [InlineData("[988](tel:911)", false)]
    public void The_link_check_tells_a_visible_number_from_a_hidden_one(string link, bool visible)
    {
        var match = MarkdownTelLink().Match(link);

        Assert.Equal(visible, match.Success && SameNumber(match.Groups["label"].Value, match.Groups["number"].Value));
    }

    private static string ResolveTitle(string title, string language) =>
        StringPlaceholder().Match(title) is { Success: true } placeholder ? Catalog.Text(placeholder.Groups["key"].Value, language) : title;

    /// <summary>The words are the number ("1-800-222-1222" for +18002221222; "911" for 911).</summary>
    private static bool SameNumber(string label, string number) => Digits(label) is { Length: > 0 } digits && Canonical(digits) == Canonical(Digits(number));

    private static bool ContainsNumber(string text, string number)
    {
        var wanted = Canonical(Digits(number));
        return DigitRuns().Matches(text).Any(run => Canonical(Digits(run.Value)) == wanted);
    }

    /// <summary>US numbers with or without the leading country code 1.</summary>
    private static string Canonical(string digits) => digits.Length == 11 && digits[0] == '1' ? digits[1..] : digits;

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    [GeneratedRegex(@"tel:[+\d-]+")]
    private static partial Regex TelTarget();

    [GeneratedRegex(@"\[(?<label>[^\]]*)\]\(tel:(?<number>[^)]*)\)")]
    private static partial Regex MarkdownTelLink();

    [GeneratedRegex(@"\{\{str:(?<key>[\w-]+)\}\}")]
    private static partial Regex StringPlaceholder();

    [GeneratedRegex(@"\+?\d[\d\- ]{1,14}\d")]
    private static partial Regex DigitRuns();
}

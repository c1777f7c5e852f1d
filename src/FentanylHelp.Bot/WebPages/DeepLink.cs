using System.Text.RegularExpressions;
using FentanylHelp.Bot.BotFramework;
using FentanylHelp.Dialogs.Content;

namespace FentanylHelp.Bot.WebPages;

/// <summary>
/// What a link or QR code asked for: <c>/?topic=&lt;node&gt;&amp;lang=es&amp;src=&lt;campaign&gt;</c>. Each value is checked
/// and an unknown one is dropped (the chat just opens normally); nothing from the URL is echoed unchecked.
/// The campaign is kept with the conversation for outreach reporting.
/// </summary>
public sealed partial record DeepLink(string? Topic, string? Language, string? Campaign)
{
    public static DeepLink None { get; } = new(null, null, null);

    public static DeepLink Read(IQueryCollection query, ContentCatalog catalog)
    {
        var topic = query["topic"].ToString().Trim().ToLowerInvariant();
        return new DeepLink(
            TopicLinks.IsTopic(catalog, topic) ? topic : null,
            PageLanguage.DeepLinkValue(query["lang"]),
            CampaignValue(query["src"]));
    }

    /// <summary>A campaign label such as "flyer-2026-spring": letters, digits, '-' and '_', up to 40, lower-cased; else null.</summary>
    public static string? CampaignValue(string? value) =>
        value is { Length: > 0 and <= 40 } && CampaignPattern().IsMatch(value) ? value.ToLowerInvariant() : null;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CampaignPattern();
}

namespace FentanylHelp.Bot.WebPages;

/// <summary>
/// What a link or QR code asked for: <c>?topic=&lt;node&gt;&amp;lang=es&amp;src=&lt;campaign&gt;</c>, each value already checked
/// (unknown values are dropped, never echoed back). The campaign is kept for outreach reporting.
/// </summary>
public sealed record DeepLink(string? Topic, string? Language, string? Campaign)
{
    public static DeepLink None { get; } = new(null, null, null);
}

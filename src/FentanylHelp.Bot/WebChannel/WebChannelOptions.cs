using System.ComponentModel.DataAnnotations;

namespace FentanylHelp.Bot.WebChannel;

/// <summary>
/// The self-hosted Direct Line channel that the web chat page talks to: token lifetimes, limits, and the
/// partner sites allowed to embed the chat or call the channel from their own pages.
/// </summary>
public sealed class WebChannelOptions : IValidatableObject
{
    public const string Section = "WebChannel";

    /// <summary>Web Chat refreshes its token every 15 minutes, so a token must outlive that with room to spare.</summary>
    [Range(typeof(TimeSpan), "00:30:00", "01:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The one-time token in a stream URL only has to survive the moment between reconnecting and opening the socket.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:05:00")]
    public TimeSpan StreamTokenLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Base64 key (32 bytes or more) that signs tokens. Empty: a random key per process, so tokens do not
    /// survive a restart; set it when several instances serve the same site.
    /// </summary>
    public string TokenSigningKey { get; set; } = string.Empty;

    /// <summary>New conversations one client address may open per minute.</summary>
    [Range(1, 10_000)]
    public int TokenRequestsPerMinute { get; set; } = 10;

    /// <summary>Conversations held in memory at once; past it, new visitors are asked to try again shortly.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 2_000;

    /// <summary>Activities kept per conversation for replay after a reconnect or reload; the oldest go first.</summary>
    [Range(10, 10_000)]
    public int MaxActivitiesPerConversation { get; set; } = 300;

    /// <summary>
    /// Whether the page streams replies over a WebSocket (the default) or polls for them. Some proxies and
    /// firewalls block WebSockets; set false there and Web Chat polls <c>GET .../activities</c> instead.
    /// </summary>
    public bool WebSockets { get; set; } = true;

    /// <summary>The bot's account id in web conversations.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9._-]{1,64}$")]
    public string BotId { get; set; } = "fentanylhelp-bot";

    /// <summary>
    /// Partner sites (for example <c>https://health.example.org</c>) that may show <c>/embed</c> in a frame and
    /// call the channel from their own pages. The bot's own origin is always allowed.
    /// </summary>
    public IList<string> PartnerOrigins { get; } = [];

    /// <summary>The decoded signing key, or null for a random one (a method, so validation does not read it).</summary>
    public byte[]? SigningKey() =>
        string.IsNullOrWhiteSpace(TokenSigningKey) ? null : Convert.FromBase64String(TokenSigningKey.Trim());

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(TokenSigningKey))
        {
            var buffer = new byte[TokenSigningKey.Length];
            if (!Convert.TryFromBase64String(TokenSigningKey.Trim(), buffer, out var bytes) || bytes < 32)
            {
                yield return new ValidationResult("WebChannel:TokenSigningKey must be base64 of at least 32 bytes.", [nameof(TokenSigningKey)]);
            }
        }

        foreach (var origin in PartnerOrigins)
        {
            if (!PartnerOrigin.IsValid(origin))
            {
                yield return new ValidationResult(
                    $"WebChannel:PartnerOrigins: '{origin}' must be an origin such as https://health.example.org (scheme, host and optional port; no path).",
                    [nameof(PartnerOrigins)]);
            }
        }
    }
}

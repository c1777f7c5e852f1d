namespace FentanylHelp.Bot.WebChannel;

/// <summary>Origins as browsers send them in the Origin header: scheme://host[:port], nothing else.</summary>
public static class PartnerOrigin
{
    public static bool IsValid(string? origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http"
        && string.IsNullOrEmpty(uri.UserInfo)
        && uri.PathAndQuery == "/"
        && string.IsNullOrEmpty(uri.Fragment)
        && !origin.EndsWith('/')
        && !origin.Contains('*', StringComparison.Ordinal);

    /// <summary>The origin of this request, as the browser would write it.</summary>
    public static string Of(HttpRequest request) => $"{request.Scheme}://{request.Host.Value}";

    /// <summary>Same origin as the bot, or a configured partner.</summary>
    public static bool IsAllowed(string origin, HttpRequest request, IEnumerable<string> partners) =>
        string.Equals(origin, Of(request), StringComparison.OrdinalIgnoreCase)
        || partners.Any(partner => string.Equals(origin, partner, StringComparison.OrdinalIgnoreCase));
}

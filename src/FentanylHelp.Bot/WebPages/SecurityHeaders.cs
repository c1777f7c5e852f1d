using System.Security.Cryptography;
using FentanylHelp.Bot.WebChannel;

namespace FentanylHelp.Bot.WebPages;

/// <summary>
/// Security headers. Every response: nosniff, no referrer, no camera/microphone/location, and (unless a page
/// set its own) a CSP that allows nothing and no framing. The chat pages get a CSP that the stock Web Chat
/// runs under: scripts only from this origin, styles from this origin or carrying the page's nonce (Web Chat
/// adds its styles with it), connections only to this origin, and framing only by configured partners (/embed).
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy = "Content-Security-Policy";

    /// <summary>
    /// The hash of an empty style element. Web Chat's scroller (react-scroll-to-bottom) adds an empty style element
    /// without the nonce and fills it through the CSS object model, which CSP does not block; allowing exactly the
    /// empty element keeps 'unsafe-inline' out.
    /// </summary>
    public const string EmptyStyleHash = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

    private const string LockedDown = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                if (!headers.ContainsKey(ContentSecurityPolicy))
                {
                    headers[ContentSecurityPolicy] = LockedDown;
                    headers.XFrameOptions = "DENY";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    /// <summary>18 random bytes in URL-safe base64: no character that HTML or a header would need to escape.</summary>
    public static string NewNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');

    /// <summary>The chat page's policy; <paramref name="frameAncestors"/> is 'none' for the page, or 'self' and the partners for /embed.</summary>
    public static string ChatPagePolicy(HttpRequest request, string nonce, string frameAncestors)
    {
        var socket = $"{(request.IsHttps ? "wss" : "ws")}://{request.Host.ToUriComponent()}";
        return string.Join("; ",
            "default-src 'none'",
            $"script-src 'self' 'nonce-{nonce}'",
            $"style-src 'self' 'nonce-{nonce}' {EmptyStyleHash}",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "media-src 'self' blob:",
            $"connect-src 'self' {socket}",
            "worker-src 'self' blob:",
            "manifest-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            "object-src 'none'",
            $"frame-ancestors {frameAncestors}");
    }

    public static string EmbedAncestors(WebChannelOptions options) =>
        string.Join(' ', options.PartnerOrigins.Prepend("'self'"));
}

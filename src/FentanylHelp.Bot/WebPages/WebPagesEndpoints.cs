using FentanylHelp.Bot.WebChannel;
using FentanylHelp.Dialogs.Content;
using Microsoft.Extensions.Options;

namespace FentanylHelp.Bot.WebPages;

/// <summary>
/// The chat page at <c>/</c>, the frame-able page at <c>/embed</c> (both take deep links <c>?topic=&amp;lang=&amp;src=</c>),
/// and their static files under <c>/assets</c>.
/// </summary>
public static class WebPagesEndpoints
{
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapWebPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/", GetOrHead, (HttpContext context, ChatPage page, ContentCatalog catalog) =>
            RenderPage(context, page, catalog, ChatPageLayout.Page, "'none'"));
        endpoints.MapMethods("/embed", GetOrHead, (HttpContext context, ChatPage page, ContentCatalog catalog, IOptions<WebChannelOptions> options) =>
            RenderPage(context, page, catalog, ChatPageLayout.Embed, SecurityHeaders.EmbedAncestors(options.Value)));
        endpoints.MapMethods("/assets/{**path}", GetOrHead, (HttpContext context, string? path, WebAssets assets) => WebAssets.Serve(context, path ?? string.Empty, assets));
        return endpoints;
    }

    internal static IResult RenderPage(HttpContext context, ChatPage page, ContentCatalog catalog, ChatPageLayout layout, string frameAncestors)
    {
        var nonce = SecurityHeaders.NewNonce();
        var headers = context.Response.Headers;
        headers[SecurityHeaders.ContentSecurityPolicy] = SecurityHeaders.ChatPagePolicy(context.Request, nonce, frameAncestors);
        if (layout == ChatPageLayout.Page)
        {
            headers.XFrameOptions = "DENY";
        }

        // The page carries a fresh nonce, so no cache may keep it.
        headers.CacheControl = "no-store";
        var language = PageLanguage.Choose(context.Request);
        var link = DeepLink.Read(context.Request.Query, catalog);
        return TypedResults.Content(page.Render(layout, language, nonce, link), "text/html; charset=utf-8");
    }
}

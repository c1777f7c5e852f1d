using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace FentanylHelp.Bot.WebPages;

/// <summary>
/// The page's static files (its script and style, and the Web Chat bundle the build copies from npm), read
/// once from WebPages/assets beside the app. Only files found there are served: a request names one of them
/// or gets a 404, so no path can reach outside the folder.
/// </summary>
public sealed partial class WebAssets
{
    public const string WebChatBundle = "lib/webchat.js";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly Dictionary<string, WebAsset> assets;

    public WebAssets(ILogger<WebAssets> logger)
        : this(Path.Combine(AppContext.BaseDirectory, "WebPages", "assets"), logger)
    {
    }

    public WebAssets(string folder, ILogger<WebAssets> logger)
    {
        assets = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(file => Load(folder, file))
                .ToDictionary(asset => asset.Path, StringComparer.Ordinal)
            : [];
        if (!assets.ContainsKey(WebChatBundle))
        {
            // The page still shows its emergency bar and says the chat could not start.
            LogBundleMissing(logger, folder);
        }
    }

    public WebAsset? Find(string path) => assets.GetValueOrDefault(path);

    /// <summary>The URL of an asset with its version, or a plain URL that will 404 (and the page says the chat failed).</summary>
    public string UrlOf(string path) => assets.TryGetValue(path, out var asset) ? asset.Url : $"/assets/{path}";

    /// <summary>Serves an asset: long caching for versioned URLs, ETags, and gzip or Brotli when the browser takes them.</summary>
    internal static IResult Serve(HttpContext context, string path, WebAssets assets)
    {
        if (assets.Find(path) is not { } asset)
        {
            return TypedResults.NotFound();
        }

        var response = context.Response;
        response.Headers.ETag = asset.ETag;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        response.Headers.CacheControl = context.Request.Query["v"] == asset.Version
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var accepted = context.Request.Headers.AcceptEncoding;
        if (Accepts(accepted, "br"))
        {
            response.Headers.ContentEncoding = "br";
            return TypedResults.Bytes(asset.Brotli, asset.ContentType);
        }

        if (Accepts(accepted, "gzip"))
        {
            response.Headers.ContentEncoding = "gzip";
            return TypedResults.Bytes(asset.Gzip, asset.ContentType);
        }

        return TypedResults.Bytes(asset.Content, asset.ContentType);
    }

    private static bool Accepts(StringValues acceptEncoding, string coding) =>
        StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings)
        && codings.Any(value => value.Value.Equals(coding, StringComparison.OrdinalIgnoreCase) && (value.Quality ?? 1) > 0);

    private static WebAsset Load(string folder, string file)
    {
        var path = Path.GetRelativePath(folder, file).Replace('\\', '/');
        var contentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal))
        {
            contentType += "; charset=utf-8";
        }

        return new WebAsset(path, contentType, File.ReadAllBytes(file));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Web Chat bundle is missing from {Folder}: the chat page will show only its emergency bar. Build the app with npm available.")]
    private static partial void LogBundleMissing(ILogger logger, string folder);
}

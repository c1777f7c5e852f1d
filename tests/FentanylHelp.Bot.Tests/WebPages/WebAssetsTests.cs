using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using FentanylHelp.Bot.Tests.Http;
using FentanylHelp.Bot.WebPages;
using Microsoft.Extensions.Logging.Abstractions;

namespace FentanylHelp.Bot.Tests.WebPages;

/// <summary>The Web Chat bundle from npm, served by the bot itself: compressed, versioned, cached, and nothing else.</summary>
public sealed class WebAssetsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_web_chat_bundle_from_npm_is_served_gzipped_with_a_long_cache_for_its_versioned_url()
    {
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var html = await client.GetStringAsync("/", Cancel);
        var url = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/assets/lib/webchat.js\\?v=[0-9a-f]+)\"").Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
        Assert.Equal("text/javascript; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var compressed = await response.Content.ReadAsByteArrayAsync(Cancel);
        await using var unzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        await unzip.CopyToAsync(raw, Cancel);
        var text = System.Text.Encoding.UTF8.GetString(raw.ToArray());
        Assert.Contains("\"botframework-webchat:bundle:version\",\"4.18.1\"", text, StringComparison.Ordinal);
        Assert.InRange(compressed.Length, 500_000, 1_200_000);
        Assert.InRange(raw.Length, 3_000_000, 5_000_000);
        TestContext.Current.TestOutputHelper?.WriteLine($"webchat.js: {raw.Length:N0} bytes, {compressed.Length:N0} gzipped");
    }

    [Fact]
    public async Task Brotli_is_preferred_when_the_browser_takes_it_and_an_etag_gives_304()
    {
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();
        using var first = new HttpRequestMessage(HttpMethod.Get, "/assets/lib/webchat.js");
        first.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");

        using var response = await client.SendAsync(first, Cancel);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/assets/lib/webchat.js");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await client.SendAsync(again, Cancel);

        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        TestContext.Current.TestOutputHelper?.WriteLine($"webchat.js: {(await response.Content.ReadAsByteArrayAsync(Cancel)).Length:N0} bytes with Brotli");
    }

    [Theory]
    [InlineData("/assets/../appsettings.json")]
    [InlineData("/assets/..%2Fappsettings.json")]
    [InlineData("/assets/lib/../../FentanylHelp.Bot.dll")]
    [InlineData("/assets/nothing.js")]
    [InlineData("/assets/")]
    public async Task Only_the_pages_own_files_are_served(string path)
    {
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void Without_the_bundle_the_page_links_a_url_that_fails_so_the_page_says_the_chat_could_not_start()
    {
        var empty = Directory.CreateTempSubdirectory("assets-");
        try
        {
            var assets = new WebAssets(empty.FullName, NullLogger<WebAssets>.Instance);

            Assert.Null(assets.Find(WebAssets.WebChatBundle));
            Assert.Equal("/assets/lib/webchat.js", assets.UrlOf(WebAssets.WebChatBundle));
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_bundle_is_not_in_git_but_copied_at_build_time()
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "WebPages", "assets", "lib", "webchat.js");

        Assert.True(File.Exists(copied), $"{copied} should have been copied from node_modules by build/WebChatBundle.targets.");
        Assert.True(File.Exists(copied + ".LICENSE.txt"));
    }
}

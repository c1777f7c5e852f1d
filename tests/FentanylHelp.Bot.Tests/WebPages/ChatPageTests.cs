using System.Net;
using System.Text.RegularExpressions;
using FentanylHelp.Bot.Tests.Http;

namespace FentanylHelp.Bot.Tests.WebPages;

/// <summary>The chat page as served: words from dialogs/web.yaml, language choice, emergency bar, security headers.</summary>
public sealed partial class ChatPageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_has_the_product_name_the_not_medical_advice_line_and_the_emergency_links()
    {
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/", Cancel);

        Assert.Contains("<h1>Fentanyl Facts &amp; Help</h1>", html, StringComparison.Ordinal);
        Assert.Contains("not medical advice. Nothing you type is stored.", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tel:911\">Call 911</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tel:988\">Call 988</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"sms:988\">Text 988</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?lang=es", null, "es")]
    [InlineData("/?lang=ES", null, "es")]
    [InlineData("/", "es-MX,es;q=0.9,en;q=0.5", "es")]
    [InlineData("/", "fr-FR,es;q=0.8,en;q=0.9", "en")]
    [InlineData("/", "fr-FR,es;q=0.8", "es")]
    [InlineData("/", "de-DE", "en")]
    [InlineData("/?lang=fr", "es", "es")]
    [InlineData("/?lang=en", "es", "en")]
    [InlineData("/?lang=<script>", null, "en")]
    public async Task The_language_comes_from_lang_then_the_browser_then_english(string path, string? acceptLanguage, string expected)
    {
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        using var response = await client.SendAsync(request, Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Contains($"<html lang=\"{expected}\">", html, StringComparison.Ordinal);
        Assert.Contains($"data-locale=\"{(expected == "es" ? "es-ES" : "en-US")}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html.Replace("<script src=", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_spanish_page_keeps_accented_letters_readable()
    {
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/?lang=es", Cancel);

        Assert.Contains("<strong class=\"emergency-heading\">¿Emergencia?</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Información general, no consejo médico.", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tel:911\">Llamar al 911</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_has_a_csp_whose_nonce_is_on_its_script_and_is_new_on_every_request()
    {
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();

        using var first = await client.GetAsync("/", Cancel);
        using var second = await client.GetAsync("/", Cancel);

        var policy = first.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = Nonce().Match(policy).Groups[1].Value;
        Assert.Contains($"<script src=\"/assets/chat.js?v=", await first.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Contains($"nonce=\"{nonce}\"", await first.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.NotEqual(policy, second.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' 'nonce-", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains($"connect-src 'self' ws://{client.BaseAddress!.Authority}", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("DENY", first.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-store", first.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/embed")]
    [InlineData("/health/live")]
    [InlineData("/v3/directline/conversations")]
    [InlineData("/assets/chat.js")]
    [InlineData("/nothing-here")]
    public async Task Every_response_has_nosniff_and_no_referrer(string path)
    {
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path, Cancel);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Responses_that_are_not_pages_get_a_csp_that_allows_nothing()
    {
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/ready", Cancel);

        Assert.StartsWith("default-src 'none'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_embed_page_may_be_framed_by_the_configured_partners_only()
    {
        await using var factory = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["WebChannel:PartnerOrigins:0"] = "https://health.example.org",
            ["WebChannel:PartnerOrigins:1"] = "https://county.example.gov",
        });
        using var client = factory.CreateClient();

        using var embed = await client.GetAsync("/embed", Cancel);

        var policy = embed.Headers.GetValues("Content-Security-Policy").Single();
        Assert.EndsWith("frame-ancestors 'self' https://health.example.org https://county.example.gov", policy, StringComparison.Ordinal);
        Assert.False(embed.Headers.Contains("X-Frame-Options"));
        Assert.Contains("<body class=\"embed\"", await embed.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_requests_are_answered()
    {
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();
}

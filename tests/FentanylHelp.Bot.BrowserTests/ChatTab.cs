using System.Text.RegularExpressions;
using FentanylHelp.Dialogs.Content;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FentanylHelp.Bot.BrowserTests;

/// <summary>
/// One browser tab on the chat page, with what a person sees (texts, buttons) and what the page reports
/// quietly (CSP violations, script errors, when the welcome appeared). Screenshots go to screenshots/.
/// </summary>
internal sealed partial class ChatTab : IAsyncDisposable
{
    public const string SendBox = "[data-id='webchat-sendbox-input']";
    public const string CardButton = ".ac-pushButton";
    public const string SuggestedAction = ".webchat__suggested-action";
    public const string Activity = ".webchat__basic-transcript__activity";
    public const string UserBubble = ".webchat__bubble--from-user";

    private const string Watcher = """
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
        new MutationObserver(() => {
          if (!window.__welcomeAt && document.querySelector('.ac-adaptiveCard')) { window.__welcomeAt = performance.now(); }
        }).observe(document, { subtree: true, childList: true });
        """;

    private ChatTab(IBrowserContext context, IPage page, ChatSite site)
    {
        Context = context;
        Page = page;
        Site = site;
        page.PageError += (_, error) => Errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add(message.Text);
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public ChatSite Site { get; }

    public List<string> Errors { get; } = [];

    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("SCREENSHOT_DIR") is { Length: > 0 } configured ? configured : Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>A new browser profile (so its own sessionStorage) sized like a phone unless told otherwise.</summary>
    /// <param name="initScript">Script run before the page's own (for example to take WebSocket away).</param>
    public static async Task<ChatTab> OpenAsync(IBrowser browser, ChatSite site, string path = "/", BrowserNewContextOptions? options = null, string? initScript = null)
    {
        var context = await browser.NewContextAsync(options ?? Phone());
        await context.AddInitScriptAsync(Watcher);
        if (initScript is not null)
        {
            await context.AddInitScriptAsync(initScript);
        }

        var tab = new ChatTab(context, await context.NewPageAsync(), site);
        await tab.Page.GotoAsync(site.Url(path));
        return tab;
    }

    public static BrowserNewContextOptions Phone(string locale = "en-US") => new()
    {
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
        Locale = locale,
    };

    /// <summary>The first words of a node's text in a language, as the page shows them (markdown removed).</summary>
    public string Words(string node, string language = "en", int count = 5)
    {
        var text = Site.Services.GetRequiredService<ContentCatalog>().Nodes[node].Text!.For(language);
        var plain = Markdown().Replace(text.Split('\n')[0], "$1");
        return string.Join(' ', plain.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));
    }

    public ILocator Text(string text) => Page.GetByText(text, new PageGetByTextOptions { Exact = false });

    public Task WaitForTextAsync(string text) => Text(text).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });

    public async Task SayAsync(string text)
    {
        await Page.Locator(SendBox).FillAsync(text);
        await Page.Locator(SendBox).PressAsync("Enter");
    }

    /// <summary>How many rendered messages (text or card) show the text; screen-reader labels are not counted.</summary>
    public async Task<int> CountAsync(string text) =>
        await Page.Locator(".webchat__render-markdown", new PageLocatorOptions { HasText = text }).CountAsync();

    public Task<string[]> CspViolationsAsync() => Page.EvaluateAsync<string[]>("() => window.__csp");

    public Task<double?> WelcomeShownAtAsync() => Page.EvaluateAsync<double?>("() => window.__welcomeAt || null");

    /// <summary>A measured figure: to the test output, and appended to screenshots/measurements.txt.</summary>
    public static void Record(string line)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        File.AppendAllText(Path.Combine(ScreenshotFolder, "measurements.txt"), $"{TestContext.Current.Test?.TestDisplayName}: {line}{Environment.NewLine}");
        TestContext.Current.TestOutputHelper?.WriteLine(line);
    }

    /// <summary>How the Web Chat bundle came over the wire: bytes on the wire and unpacked.</summary>
    public Task<double[]> BundleSizesAsync() => Page.EvaluateAsync<double[]>(
        "() => { const e = performance.getEntriesByType('resource').find(r => r.name.includes('/assets/lib/webchat.js')); return e ? [e.encodedBodySize, e.decodedBodySize, e.duration] : []; }");

    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {path}");
        return path;
    }

    public ValueTask DisposeAsync() => new(Context.CloseAsync());

    [GeneratedRegex(@"\*\*|__|\[([^\]]*)\]\([^)]*\)|^#+ ", RegexOptions.CultureInvariant)]
    private static partial Regex Markdown();
}

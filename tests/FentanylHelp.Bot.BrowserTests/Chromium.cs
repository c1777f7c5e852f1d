using Microsoft.Playwright;

namespace FentanylHelp.Bot.BrowserTests;

/// <summary>
/// One headless Chromium for all browser tests: Debian's /usr/bin/chromium driven by Playwright (its own
/// browser download is never used). Without Chromium the tests skip on a developer machine, and fail in CI,
/// where .ci/run installs it.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser? Browser { get; private set; }

    public string? MissingReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : ExecutablePath;
        if (!File.Exists(path))
        {
            MissingReason = $"Chromium is not installed at {path} (apt-get install -y chromium).";
            return;
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>The browser, or a skip (locally) or failure (in CI) saying how to install it.</summary>
    public IBrowser Require()
    {
        if (Browser is { } browser)
        {
            return browser;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(MissingReason);
        }

        Assert.Skip(MissingReason!);
        return null!;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}

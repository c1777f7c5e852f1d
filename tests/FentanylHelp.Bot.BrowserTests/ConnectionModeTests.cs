using Microsoft.Playwright;

namespace FentanylHelp.Bot.BrowserTests;

/// <summary>
/// Web Chat's two ways of getting replies from the self-hosted channel: the WebSocket stream (the default) and
/// polling (<c>WebChannel:WebSockets=false</c>, for networks whose proxies block WebSockets).
/// </summary>
public sealed class ConnectionModeTests(Chromium chromium)
{
    /// <summary>Records every WebSocket the page opens, before the page's own scripts run.</summary>
    private const string SocketRecorder = """
        window.__sockets = [];
        const RealWebSocket = window.WebSocket;
        window.WebSocket = function (url, protocols) {
          window.__sockets.push(String(url));
          return protocols === undefined ? new RealWebSocket(url) : new RealWebSocket(url, protocols);
        };
        window.WebSocket.prototype = RealWebSocket.prototype;
        Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
        """;

    [Fact]
    public async Task By_default_replies_stream_over_a_websocket_and_nothing_polls()
    {
        await using var site = ChatSite.Start();
        await using var tab = await ChatTab.OpenAsync(chromium.Require(), site, initScript: SocketRecorder);

        await RunShortJourneyAsync(tab);

        Assert.Contains(await SocketsAsync(tab), url => url.Contains("/v3/directline/conversations/", StringComparison.Ordinal) && url.Contains("/stream", StringComparison.Ordinal));
        Assert.Equal(0, await PollCountAsync(tab));
        await tab.ScreenshotAsync("13-websocket-mode.png");
    }

    [Fact]
    public async Task With_websockets_off_the_page_polls_and_a_journey_and_a_reload_still_work()
    {
        await using var site = ChatSite.Start(new Dictionary<string, string?> { ["WebChannel:WebSockets"] = "false" });
        await using var tab = await ChatTab.OpenAsync(chromium.Require(), site, initScript: SocketRecorder);

        await RunShortJourneyAsync(tab);

        Assert.Empty(await SocketsAsync(tab));
        var polls = await PollCountAsync(tab);
        Assert.True(polls > 0, "Web Chat should have polled GET .../activities for replies.");
        ChatTab.Record($"polling mode: {polls} polls of GET .../activities during a short journey");
        await tab.ScreenshotAsync("14-polling-mode.png");

        await tab.Page.ReloadAsync();
        await tab.WaitForTextAsync(tab.Words("help-who"));
        Assert.Equal(1, await tab.CountAsync(tab.Words("welcome")));
        Assert.Empty(await SocketsAsync(tab));
        Assert.Empty(tab.Errors);
        await tab.ScreenshotAsync("15-polling-mode-after-reload.png");
    }

    /// <summary>Welcome, a card tap, a typed answer: each reply must arrive through whichever mode is on.</summary>
    private static async Task RunShortJourneyAsync(ChatTab tab)
    {
        await tab.WaitForTextAsync(tab.Words("welcome"));
        await tab.Page.Locator(ChatTab.CardButton, new PageLocatorOptions { HasText = "Find help" }).ClickAsync();
        await tab.WaitForTextAsync(tab.Words("help-start"));
        await tab.SayAsync("not an emergency");
        await tab.WaitForTextAsync(tab.Words("help-who"));
        Assert.Empty(await tab.CspViolationsAsync());
    }

    private static Task<string[]> SocketsAsync(ChatTab tab) => tab.Page.EvaluateAsync<string[]>("() => window.__sockets");

    /// <summary>Polls are the GETs of <c>.../activities?watermark=</c>; posts go to <c>.../activities</c> with no query.</summary>
    private static Task<int> PollCountAsync(ChatTab tab) => tab.Page.EvaluateAsync<int>(
        "() => performance.getEntriesByType('resource').filter(r => /\\/v3\\/directline\\/conversations\\/[^/]+\\/activities\\?/.test(r.name)).length");
}

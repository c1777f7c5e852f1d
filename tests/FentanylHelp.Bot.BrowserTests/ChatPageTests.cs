using Microsoft.Playwright;

namespace FentanylHelp.Bot.BrowserTests;

/// <summary>The chat page with the real Web Chat bundle in headless Chromium, as a person on a phone uses it.</summary>
public sealed class ChatPageTests(Chromium chromium)
{
    [Fact]
    public async Task The_welcome_comes_before_the_person_types_exactly_once_with_no_csp_violation_or_script_error()
    {
        await using var site = ChatSite.Start();
        await using var tab = await ChatTab.OpenAsync(chromium.Require(), site);

        await tab.WaitForTextAsync(tab.Words("welcome"));
        await tab.Page.Locator(ChatTab.CardButton).First.WaitForAsync();
        var welcomeAt = await tab.WelcomeShownAtAsync();
        await tab.Page.WaitForTimeoutAsync(1500);

        Assert.Equal(1, await tab.CountAsync(tab.Words("welcome")));
        Assert.Equal(1, await tab.CountAsync(tab.Words("menu")));
        Assert.Equal(0, await tab.Page.Locator(ChatTab.UserBubble).CountAsync());
        Assert.Empty(await tab.CspViolationsAsync());
        Assert.Empty(tab.Errors);
        var bundle = await tab.BundleSizesAsync();
        ChatTab.Record($"app just started: welcome card shown {welcomeAt:0} ms after navigation start; webchat.js {bundle[0]:N0} bytes on the wire, {bundle[1]:N0} unpacked, loaded in {bundle[2]:0} ms");
        await tab.ScreenshotAsync("01-welcome-phone.png");

        // A second visitor (new browser profile, empty cache) on the warm app.
        await using var second = await ChatTab.OpenAsync(chromium.Require(), site);
        await second.Page.Locator(ChatTab.CardButton).First.WaitForAsync();
        ChatTab.Record($"warm app, new visitor: welcome card shown {await second.WelcomeShownAtAsync():0} ms after navigation start");
        ChatTab.Record($"warm app, new visitor: page (with the emergency bar) first painted {await second.Page.EvaluateAsync<double>("() => performance.getEntriesByName('first-contentful-paint')[0].startTime"):0} ms after navigation start");
    }

    [Fact]
    public async Task Tapping_a_card_button_shows_that_topics_reply()
    {
        await using var site = ChatSite.Start();
        await using var tab = await ChatTab.OpenAsync(chromium.Require(), site);
        var findHelp = tab.Page.Locator(ChatTab.CardButton, new PageLocatorOptions { HasText = "Find help" });
        await findHelp.WaitForAsync();

        var clicked = await tab.Page.EvaluateAsync<double>("() => performance.now()");
        await findHelp.ClickAsync();

        await tab.WaitForTextAsync(tab.Words("help-start"));
        ChatTab.Record($"card tap to reply shown: {await tab.Page.EvaluateAsync<double>("() => performance.now()") - clicked:0} ms");
        await tab.Page.Locator(ChatTab.CardButton, new PageLocatorOptions { HasText = "Not an emergency" }).WaitForAsync();
        Assert.Empty(await tab.CspViolationsAsync());
        await tab.ScreenshotAsync("02-card-tap-reply.png");
    }

    [Fact]
    public async Task A_typed_question_is_sent_echoed_and_answered_and_a_suggested_action_works()
    {
        await using var site = ChatSite.Start();
        await using var tab = await ChatTab.OpenAsync(chromium.Require(), site);
        await tab.WaitForTextAsync(tab.Words("menu"));

        await tab.SayAsync("find help");
        await tab.WaitForTextAsync(tab.Words("help-start"));
        await tab.Page.Locator(ChatTab.CardButton, new PageLocatorOptions { HasText = "Not an emergency" }).ClickAsync();
        await tab.WaitForTextAsync(tab.Words("help-who"));
        await tab.Page.Locator(ChatTab.SuggestedAction, new PageLocatorOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("^For me$") }).ClickAsync();

        await tab.WaitForTextAsync(tab.Words("help-self"));
        // The channel echoed the message with its clientActivityID, so Web Chat marks it sent, not "Sending" or "Send failed".
        var status = await tab.Page.Locator($"{ChatTab.Activity}:has({ChatTab.UserBubble}) .webchat__activity-status").First.InnerTextAsync();
        Assert.DoesNotContain("Send", status, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, await tab.Page.Locator(ChatTab.UserBubble).CountAsync());
        await tab.ScreenshotAsync("03-typed-and-suggested-action.png");
    }

    [Fact]
    public async Task A_reload_shows_the_same_conversation_without_a_second_welcome()
    {
        await using var site = ChatSite.Start();
        await using var tab = await ChatTab.OpenAsync(chromium.Require(), site);
        var findHelp = tab.Page.Locator(ChatTab.CardButton, new PageLocatorOptions { HasText = "Find help" });
        await findHelp.ClickAsync();
        await tab.WaitForTextAsync(tab.Words("help-start"));
        var conversation = await tab.Page.EvaluateAsync<string>("() => JSON.parse(sessionStorage.getItem('fentanylhelp.webchat')).conversationId");

        await tab.Page.ReloadAsync();

        await tab.WaitForTextAsync(tab.Words("help-start"));
        ChatTab.Record($"reload to resumed conversation shown: {await tab.Page.EvaluateAsync<double>("() => performance.now()"):0} ms after navigation start");
        await tab.Page.WaitForTimeoutAsync(1500);
        Assert.Equal(1, await tab.CountAsync(tab.Words("welcome")));
        Assert.Equal(1, await tab.CountAsync(tab.Words("help-start")));
        Assert.Equal(conversation, await tab.Page.EvaluateAsync<string>("() => JSON.parse(sessionStorage.getItem('fentanylhelp.webchat')).conversationId"));
        Assert.NotEqual("", await tab.Page.EvaluateAsync<string>("() => JSON.parse(sessionStorage.getItem('fentanylhelp.webchat')).watermark"));

        // The conversation goes on where it was.
        await tab.SayAsync("menu");
        await tab.Page.WaitForFunctionAsync("() => document.querySelectorAll('.ac-adaptiveCard').length >= 3");
        await tab.ScreenshotAsync("04-after-reload.png");
    }

    [Fact]
    public async Task A_new_tab_starts_its_own_conversation()
    {
        await using var site = ChatSite.Start();
        await using var first = await ChatTab.OpenAsync(chromium.Require(), site);
        await first.WaitForTextAsync(first.Words("menu"));

        var second = await first.Context.NewPageAsync();
        await second.GotoAsync(site.Url("/"));
        await second.GetByText(first.Words("menu")).First.WaitForAsync();

        const string conversationOf = "() => JSON.parse(sessionStorage.getItem('fentanylhelp.webchat')).conversationId";
        var ids = new[] { await first.Page.EvaluateAsync<string>(conversationOf), await second.EvaluateAsync<string>(conversationOf) };
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public async Task The_emergency_bar_and_the_input_stay_on_screen_when_the_keyboard_opens()
    {
        await using var site = ChatSite.Start();
        await using var tab = await ChatTab.OpenAsync(chromium.Require(), site);
        await tab.WaitForTextAsync(tab.Words("menu"));
        await tab.Page.Locator(ChatTab.SendBox).FocusAsync();

        // An on-screen keyboard takes about half of a phone's height.
        await tab.Page.SetViewportSizeAsync(390, 430);
        await tab.Page.WaitForTimeoutAsync(300);

        var input = await tab.Page.Locator(ChatTab.SendBox).BoundingBoxAsync();
        var bar = await tab.Page.Locator("nav.emergency").BoundingBoxAsync();
        Assert.NotNull(input);
        Assert.NotNull(bar);
        Assert.InRange(input.Y + input.Height, 0, 430);
        Assert.InRange(bar.Y, 0, 430 - bar.Height);
        await tab.ScreenshotAsync("05-keyboard-open.png");
    }

    [Fact]
    public async Task The_emergency_bar_works_when_the_chat_cannot_load()
    {
        await using var site = ChatSite.Start();
        var browser = chromium.Require();
        await using var context = await browser.NewContextAsync(ChatTab.Phone());
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/assets/lib/webchat.js*", route => route.AbortAsync());

        await page.GotoAsync(site.Url("/"));

        var links = page.Locator("nav.emergency a");
        Assert.Equal(["tel:911", "tel:988", "sms:988"], await links.EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))"));
        Assert.True(await links.First.IsVisibleAsync());
        Assert.True(await page.Locator(".when-failed").IsVisibleAsync());
        Assert.True(await page.Locator("#restart").IsVisibleAsync());
        Directory.CreateDirectory(ChatTab.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChatTab.ScreenshotFolder, "06-chat-failed.png") });
    }

    [Fact]
    public async Task With_javascript_off_the_emergency_bar_and_a_notice_still_show()
    {
        await using var site = ChatSite.Start();
        await using var context = await chromium.Require().NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(site.Url("/"));

        Assert.True(await page.Locator("nav.emergency a[href='tel:911']").IsVisibleAsync());
        Assert.True(await page.Locator(".chat-status-noscript").IsVisibleAsync());
    }

    [Fact]
    public async Task A_spanish_browser_gets_the_page_and_web_chat_in_spanish()
    {
        await using var site = ChatSite.Start();
        await using var tab = await ChatTab.OpenAsync(chromium.Require(), site, options: ChatTab.Phone("es-MX"));

        await tab.Page.Locator(ChatTab.CardButton).First.WaitForAsync();

        Assert.Equal("es", await tab.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Llamar al 911", await tab.Page.Locator("nav.emergency a[href='tel:911']").InnerTextAsync());
        Assert.DoesNotContain("Type your message", await tab.Page.Locator(ChatTab.SendBox).GetAttributeAsync("placeholder"), StringComparison.Ordinal);
        await tab.ScreenshotAsync("07-spanish-phone.png");
    }

    [Fact]
    public async Task Many_messages_scroll_so_the_latest_reply_is_in_view()
    {
        await using var site = ChatSite.Start();
        await using var tab = await ChatTab.OpenAsync(chromium.Require(), site);
        await tab.WaitForTextAsync(tab.Words("menu"));

        for (var index = 0; index < 4; index++)
        {
            await tab.SayAsync("menu");
            await tab.Page.WaitForFunctionAsync($"() => document.querySelectorAll('.ac-adaptiveCard').length >= {index + 3}");
        }

        await tab.Page.WaitForTimeoutAsync(800);
        var last = tab.Page.Locator(".ac-adaptiveCard").Last;
        var box = await last.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.InRange(box.Y + box.Height, 0, 844);
        await tab.ScreenshotAsync("08-scrolled-to-latest.png");
    }

    [Fact]
    public async Task On_a_desktop_the_page_is_a_centred_column()
    {
        await using var site = ChatSite.Start();
        await using var tab = await ChatTab.OpenAsync(chromium.Require(), site, options: new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });

        await tab.Page.Locator(ChatTab.CardButton).First.WaitForAsync();

        var body = await tab.Page.Locator("body").BoundingBoxAsync();
        Assert.InRange(body!.Width, 700, 800);
        await tab.ScreenshotAsync("09-desktop.png");
    }
}

using FentanylHelp.Bot.WebChannel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FentanylHelp.Bot.BrowserTests;

/// <summary>Links from flyers and QR codes, and the chat in a partner site's frame.</summary>
public sealed class DeepLinkAndEmbedTests(Chromium chromium)
{
    private const string Partner = "http://partner.example";

    [Fact]
    public async Task A_flyer_link_opens_at_its_topic_in_its_language_and_keeps_its_campaign()
    {
        await using var site = ChatSite.Start();
        await using var tab = await ChatTab.OpenAsync(chromium.Require(), site, "/?topic=help-naloxone&lang=es&src=flyer-3");

        await tab.WaitForTextAsync(tab.Words("help-naloxone", "es"));

        Assert.Equal("es", await tab.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal(1, await tab.CountAsync(tab.Words("welcome", "es")));
        var conversation = await tab.Page.EvaluateAsync<string>("() => JSON.parse(sessionStorage.getItem('fentanylhelp.webchat')).conversationId");
        Assert.Equal("flyer-3", site.Services.GetRequiredService<WebConversations>().Find(conversation)!.Campaign);
        await tab.ScreenshotAsync("10-deep-link-naloxone-es.png");

        // A reload resumes the conversation; it does not open the topic a second time.
        await tab.Page.ReloadAsync();
        await tab.WaitForTextAsync(tab.Words("help-naloxone", "es"));
        await tab.Page.WaitForTimeoutAsync(1000);
        Assert.Equal(1, await tab.CountAsync(tab.Words("help-naloxone", "es")));
    }

    [Fact]
    public async Task A_link_with_unknown_values_opens_the_normal_welcome()
    {
        await using var site = ChatSite.Start();
        await using var tab = await ChatTab.OpenAsync(chromium.Require(), site, "/?topic=nope&lang=zz&src=%3Cb%3E");

        await tab.Page.Locator(ChatTab.CardButton).First.WaitForAsync();
        await tab.Page.WaitForTimeoutAsync(1000);

        Assert.Equal(1, await tab.CountAsync(tab.Words("welcome")));
        Assert.Equal(1, await tab.CountAsync(tab.Words("menu")));
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task A_partner_site_can_show_the_chat_in_a_frame_and_it_works_there()
    {
        var port = PartnerSite.FreePort();
        await using var site = ChatSite.StartWithPartner(port, "/embed?src=county-health", partnerAllowed: true);
        await using var context = await chromium.Require().NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 760 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(PartnerSite.Origin(port) + PartnerSite.PagePath);

        var chat = page.FrameLocator("iframe");
        await chat.Locator(ChatTab.CardButton, new FrameLocatorLocatorOptions { HasText = "Find help" }).ClickAsync();
        await chat.Locator(ChatTab.CardButton, new FrameLocatorLocatorOptions { HasText = "Not an emergency" }).WaitForAsync();
        Assert.True(await chat.Locator("nav.emergency a[href='tel:911']").IsVisibleAsync());
        Directory.CreateDirectory(ChatTab.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChatTab.ScreenshotFolder, "11-embed-on-partner-site.png") });
    }

    [Theory]
    [InlineData("/embed")]
    [InlineData("/")]
    public async Task A_site_that_is_not_a_partner_cannot_frame_the_chat(string path)
    {
        var port = PartnerSite.FreePort();
        await using var site = ChatSite.StartWithPartner(port, path, partnerAllowed: false);
        await using var context = await chromium.Require().NewContextAsync();
        var page = await context.NewPageAsync();
        var blocked = new List<string>();
        page.Console += (_, message) => blocked.Add(message.Text);

        await page.GotoAsync(PartnerSite.Origin(port) + PartnerSite.PagePath);
        await page.WaitForTimeoutAsync(1500);

        Assert.Equal(2, page.Frames.Count);
        Assert.Equal(0, await page.Frames[1].Locator("nav.emergency").CountAsync());
        Assert.Contains(blocked, line => line.Contains("frame-ancestors", StringComparison.Ordinal) || line.Contains("X-Frame-Options", StringComparison.Ordinal));
    }
}

using System.Text.Json;
using FentanylHelp.Dialogs.Content;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FentanylHelp.Bot.BrowserTests;

/// <summary>A whole journey by taps, and an axe-core accessibility scan.</summary>
public sealed class AccessibilityAndJourneyTests(Chromium chromium)
{
    [Fact]
    public async Task A_whole_journey_can_be_followed_by_tapping_to_was_this_helpful()
    {
        await using var site = ChatSite.Start();
        await using var tab = await ChatTab.OpenAsync(chromium.Require(), site);
        var catalog = site.Services.GetRequiredService<ContentCatalog>();
        await tab.Page.Locator(ChatTab.CardButton).First.WaitForAsync();

        // From the menu's first topic journey ("Where US fentanyl comes from", after the life-saving answers), take
        // the first button to a step of that topic not seen yet, until the topic ends at "Was this helpful?".
        var node = catalog.Nodes[ContentCatalog.RequiredNodes.Menu];
        var topic = catalog.Nodes["origins-start"].Dialog;
        var seen = new HashSet<string> { node.Id };
        for (var step = 0; step < 20 && node.Id != "feedback"; step++)
        {
            var choice = node.Choices.FirstOrDefault(option => option.Target is { } target && !seen.Contains(target) && catalog.Nodes[target].Dialog == topic)
                ?? node.Choices.First(option => option.Target == "feedback");
            seen.Add(choice.Target!);
            var shown = await tab.Page.Locator(ChatTab.Activity).CountAsync();
            await tab.Page.Locator($"{ChatTab.CardButton}, {ChatTab.SuggestedAction}").Filter(new() { HasText = choice.Label.For("en") }).Last.ClickAsync();
            await tab.Page.WaitForFunctionAsync($"() => document.querySelectorAll('{ChatTab.Activity}').length > {shown}");
            node = catalog.Nodes[choice.Target!];
        }

        Assert.Equal("feedback", node.Id);
        await tab.WaitForTextAsync(node.Text!.For("en"));
        await tab.ScreenshotAsync("12-whole-journey.png");
    }

    [Fact]
    public async Task The_chat_page_has_no_WCAG_2_1_A_or_AA_violations()
    {
        await using var site = ChatSite.Start();
        var options = ChatTab.Phone();
        options.BypassCSP = true; // only so the test can inject axe; the page's own scripts run under its CSP in the other tests
        await using var tab = await ChatTab.OpenAsync(chromium.Require(), site, "/", options);
        await tab.Page.Locator(ChatTab.CardButton).First.WaitForAsync();
        await tab.Page.AddScriptTagAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js") });

        var violations = await tab.Page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
                .violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))
            """);

        var found = violations.EnumerateArray().Select(violation => violation.GetString()).ToList();
        ChatTab.Record($"axe-core WCAG 2.1 A/AA scan of the chat page: {found.Count} violations");
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }
}

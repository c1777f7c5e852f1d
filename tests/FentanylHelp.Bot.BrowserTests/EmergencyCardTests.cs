using Microsoft.Playwright;

namespace FentanylHelp.Bot.BrowserTests;

/// <summary>
/// On a phone, an emergency card is taller than the chat: a new answer must start at its top ("Call 911 now"),
/// not scroll to its end where only the sources and buttons show.
/// </summary>
public sealed class EmergencyCardTests(Chromium chromium)
{
    [Theory]
    [InlineData("en-US", "en", "my friend is not breathing and his lips are blue", "14-emergency-card-top-en.png")]
    [InlineData("es-MX", "es", "mi amigo no respira y tiene los labios morados", "15-emergency-card-top-es.png")]
    public async Task On_a_phone_the_first_line_of_a_long_emergency_card_is_on_screen(string locale, string language, string message, string screenshot)
    {
        await using var site = ChatSite.Start();
        await using var tab = await ChatTab.OpenAsync(chromium.Require(), site, options: ChatTab.Phone(locale));
        await tab.Page.Locator(ChatTab.CardButton).First.WaitForAsync();
        var cards = await tab.Page.Locator(".ac-adaptiveCard").CountAsync();

        await tab.SayAsync(message);
        await tab.Page.WaitForFunctionAsync($"() => document.querySelectorAll('.ac-adaptiveCard').length > {cards}");
        var card = tab.Page.Locator(".ac-adaptiveCard").Last;
        var firstLine = card.GetByText(tab.Words("emergency-overdose", language, 3)).First;
        await firstLine.WaitForAsync();
        await tab.Page.WaitForTimeoutAsync(1500); // Web Chat scrolls with an animation

        var line = await firstLine.BoundingBoxAsync();
        var transcript = await tab.Page.Locator(".webchat__basic-transcript__scrollable").BoundingBoxAsync();
        var whole = await card.BoundingBoxAsync();
        await tab.ScreenshotAsync(screenshot);
        Assert.NotNull(line);
        Assert.NotNull(transcript);
        Assert.NotNull(whole);
        ChatTab.Record($"{language}: emergency card {whole.Height:0} px tall in a {transcript.Height:0} px transcript; its first line at y={line.Y:0} (transcript {transcript.Y:0}–{transcript.Y + transcript.Height:0})");
        Assert.True(whole.Height > transcript.Height, "the card fits the screen: this test would pass without any scrolling rule");
        Assert.InRange(line.Y, transcript.Y, transcript.Y + transcript.Height - line.Height);
        Assert.Empty(await tab.CspViolationsAsync());
        Assert.Empty(tab.Errors);
    }
}

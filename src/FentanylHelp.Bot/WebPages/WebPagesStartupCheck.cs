namespace FentanylHelp.Bot.WebPages;

/// <summary>Reads dialogs/web.yaml and renders the page template while the app starts, so a broken one stops it there.</summary>
internal sealed class WebPagesStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Rendering once checks that every slot in the template has a value, in every language.
        var page = services.GetRequiredService<ChatPage>();
        foreach (var language in WebTextKeys.Languages)
        {
            page.Render(ChatPageLayout.Page, language, "startup-check", DeepLink.None);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

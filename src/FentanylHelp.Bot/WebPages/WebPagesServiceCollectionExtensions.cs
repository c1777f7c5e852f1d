using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FentanylHelp.Bot.WebPages;

public static class WebPagesServiceCollectionExtensions
{
    /// <summary>The chat page: its words (dialogs/web.yaml, checked at start), its template and its static files.</summary>
    public static IServiceCollection AddWebPages(this IServiceCollection services)
    {
        services.TryAddSingleton<WebText>();
        services.AddSingleton<WebAssets>();
        services.AddSingleton<ChatPage>();
        services.AddHostedService<WebPagesStartupCheck>();
        return services;
    }

    /// <summary>Security headers on every response.</summary>
    public static WebApplication UseWebPages(this WebApplication app) => app.UseSecurityHeaders();
}

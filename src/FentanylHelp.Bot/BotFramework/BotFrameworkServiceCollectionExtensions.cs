using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace FentanylHelp.Bot.BotFramework;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// The Bot Framework edge. Authentication reads the standard keys MicrosoftAppType, MicrosoftAppId,
    /// MicrosoftAppPassword and MicrosoftAppTenantId; all empty means local development without auth.
    /// </summary>
    public static IServiceCollection AddBotFrameworkEdge(this IServiceCollection services)
    {
        services.AddHttpClient();
        services.AddSingleton<BotFrameworkAuthentication>(provider => new ConfigurationBotFrameworkAuthentication(
            provider.GetRequiredService<IConfiguration>(),
            httpClientFactory: provider.GetRequiredService<IHttpClientFactory>(),
            logger: provider.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        // IStorage comes from AddConversationStorage (Storage:Provider).
        services.AddSingleton<ConversationState>();
        services.AddSingleton<StateOutageNotices>();
        services.AddSingleton<StatefulTurns>();
        services.AddSingleton<BotErrorHandlingAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(provider => provider.GetRequiredService<BotErrorHandlingAdapter>());
        services.AddSingleton<ActivityRenderer>();
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<IBot, FentanylBot>();
        return services;
    }
}

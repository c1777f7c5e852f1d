using Microsoft.Extensions.DependencyInjection.Extensions;
using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using FentanylHelp.Dialogs.Hosting;
using Microsoft.Extensions.Options;

namespace FentanylHelp.Bot.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>Loads and validates dialogs/ once; invalid content stops the app at start-up with every problem listed.</summary>
    public static IServiceCollection AddDialogContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContentOptions>().Bind(configuration.GetSection(ContentOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConversationOptions>().Bind(configuration.GetSection(ConversationOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => ContentLoader.LoadValid(provider.GetRequiredService<IOptions<ContentOptions>>().Value.FullPath));
        services.AddSingleton(provider => DialogEngineFactory.Create(
            provider.GetRequiredService<ContentCatalog>(),
            provider.GetRequiredService<TimeProvider>(),
            new DialogEngineOptions { Expiry = provider.GetRequiredService<IOptions<ConversationOptions>>().Value.Expiry }));
        services.AddHostedService<ContentStartupCheck>();
        return services;
    }
}

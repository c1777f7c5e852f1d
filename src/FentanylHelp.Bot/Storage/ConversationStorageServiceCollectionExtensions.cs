using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FentanylHelp.Bot.Storage;

public static class ConversationStorageServiceCollectionExtensions
{
    /// <summary>
    /// The Bot Framework <see cref="IStorage"/> behind conversation state, chosen by <c>Storage:Provider</c>
    /// (SQLite when unset), with idle-conversation cleanup and a "ready" health check that probes it.
    /// </summary>
    public static IServiceCollection AddConversationStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IStorage>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            var time = provider.GetRequiredService<TimeProvider>();
            return options.Provider switch
            {
                StorageProvider.Memory => new MemoryConversationStorage(time),
                StorageProvider.Blob => new BlobConversationStorage(CreateContainerClient(options.Blob), time),
                _ => new SqliteConversationStorage(SqlitePath(options.Sqlite, provider.GetService<IHostEnvironment>()), time),
            };
        });
        services.AddHostedService<ConversationExpirySweeper>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);
        return services;
    }

    private static string SqlitePath(SqliteStorageOptions options, IHostEnvironment? environment) =>
        Path.GetFullPath(options.Path, environment?.ContentRootPath ?? AppContext.BaseDirectory);

    private static BlobContainerClient CreateContainerClient(BlobStorageOptions options)
    {
        // A turn waits at most Storage:Timeout anyway; a few quick retries ride out a blip within it.
        var clientOptions = new BlobClientOptions
        {
            Retry = { MaxRetries = 2, Delay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(1), NetworkTimeout = TimeSpan.FromSeconds(10) },
        };
        var service = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new BlobServiceClient(options.AccountUrl, ManagedIdentity(options.ManagedIdentityClientId), clientOptions)
            : new BlobServiceClient(options.ConnectionString, clientOptions);
        return service.GetBlobContainerClient(options.Container);
    }

    private static ManagedIdentityCredential ManagedIdentity(string? clientId) =>
        new ManagedIdentityCredential(string.IsNullOrWhiteSpace(clientId)
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.FromUserAssignedClientId(clientId));
}

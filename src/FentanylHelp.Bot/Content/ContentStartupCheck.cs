using FentanylHelp.Dialogs.Engine;

namespace FentanylHelp.Bot.Content;

/// <summary>Builds the engine (and so loads the content) while the app starts, not on the first message.</summary>
internal sealed partial class ContentStartupCheck(IServiceProvider services, ILogger<ContentStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var engine = services.GetRequiredService<DialogEngine>();
        LogContentLoaded(logger, engine.Catalog.NodeList.Count, engine.Catalog.Languages);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Content loaded: {NodeCount} nodes, languages {Languages}")]
    private static partial void LogContentLoaded(ILogger logger, int nodeCount, IReadOnlyList<string> languages);
}

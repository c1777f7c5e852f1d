using Azure.Storage.Blobs;
using BenchmarkDotNet.Attributes;
using FentanylHelp.Bot.BotFramework;
using FentanylHelp.Bot.Storage;
using FentanylHelp.Dialogs.Engine;
using FentanylHelp.Tools.Azurite;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FentanylHelp.Benchmarks;

/// <summary>
/// What conversation state costs a turn: the load and the save that <see cref="StatefulTurns"/> does around
/// the engine (through Bot Framework's ConversationState), per provider. The engine's own work is left out
/// (a stand-in moves the dialog between two nodes), so the figure is storage alone. SQLite is a file in the
/// temp folder; Blob is Azurite on 127.0.0.1, started here (needs tests/tools/azurite installed).
/// </summary>
[MemoryDiagnoser]
public class StateStorageBenchmarks
{
    private readonly TestAdapter adapter = new();
    private AzuriteProcess? azurite;
    private string? folder;
    private IStorage storage = null!;
    private StatefulTurns turns = null!;
    private Activity activity = null!;
    private int turn;

    [Params("memory", "sqlite", "blob")]
    public string Provider { get; set; } = "memory";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        storage = Provider switch
        {
            "memory" => new MemoryConversationStorage(TimeProvider.System),
            "sqlite" => new SqliteConversationStorage(Path.Combine(folder = Directory.CreateTempSubdirectory("state-bench-").FullName, "conversations.db"), TimeProvider.System),
            _ => await StartBlobAsync(),
        };
        // A generous timeout: the benchmark measures the cost, not the fallback when storage is slow.
        var options = Options.Create(new StorageOptions { Timeout = TimeSpan.FromMinutes(1) });
        turns = new StatefulTurns(new ConversationState(storage), new StateOutageNotices(), options, NullLogger<StatefulTurns>.Instance);
        activity = new Activity(ActivityTypes.Message, text: "1", channelId: "benchmark", conversation: new ConversationAccount(id: "c-benchmark"))
        {
            From = new ChannelAccount("user-1"),
            Recipient = new ChannelAccount("bot-1"),
        };
        await LoadAndSave();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        (storage as IDisposable)?.Dispose();
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }

        if (folder is not null)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Benchmark(Description = "one turn's state load + save")]
    public async Task<bool> LoadAndSave()
    {
        using var context = new TurnContext(adapter, activity);
        var outcome = await turns.RunAsync(context, MoveDialog, CancellationToken.None);
        return outcome.TellStateMayBeLost ? throw new InvalidOperationException("storage failed during the benchmark") : true;
    }

    private IReadOnlyList<TurnResult> MoveDialog(DialogState state)
    {
        state.Node = turn++ % 2 == 0 ? "origins-start" : "menu";
        state.Language = "en";
        state.LastActive = DateTimeOffset.UtcNow;
        return [];
    }

    private async Task<IStorage> StartBlobAsync()
    {
        var script = AzuriteProcess.FindScript() ?? throw new InvalidOperationException(AzuriteProcess.InstallHint);
        azurite = await AzuriteProcess.StartAsync(script);
        return new BlobConversationStorage(new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("benchmark"), TimeProvider.System);
    }
}

using System.Text;
using System.Text.Json.Nodes;
using FentanylHelp.Bot.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FentanylHelp.Bot.Tests.Storage;

/// <summary>
/// What a person types is never stored or logged: a unique word goes through the bot (typed, in a question,
/// in a tapped button's value), then every stored byte and every log line is searched for it.
/// </summary>
public sealed class PrivacyCanaryTests(Azurite azurite)
{
    private static readonly Dictionary<string, string?> VerboseLogs = new() { ["Logging:LogLevel:Default"] = "Trace", ["Logging:LogLevel:Microsoft"] = "Trace" };

    [Fact]
    public async Task The_sqlite_file_and_the_logs_hold_nothing_the_person_typed()
    {
        using var folder = new TempFolder();
        var logs = new CapturedLogs();
        var canary = Canary();
        var settings = new Dictionary<string, string?>(VerboseLogs) { ["Storage:Provider"] = "Sqlite", ["Storage:Sqlite:Path"] = folder.File("conversations.db") };
        await using (var factory = new BotApplicationFactory(settings, services => services.AddSingleton<ILoggerProvider>(logs)))
        {
            await TypeCanaryAsync(factory, canary);
        }

        var files = Directory.GetFiles(folder.Path);
        Assert.Contains(files, file => file.EndsWith("conversations.db", StringComparison.Ordinal));
        var stored = files.Select(File.ReadAllBytes).ToList();
        AssertNothingHolds(canary, stored, logs);

        // The search can fail: the place in the dialog is stored.
        Assert.True(stored.Any(bytes => Contains(bytes, Encoding.UTF8.GetBytes("origins-start"))), "the state was not found in the files");
    }

    [Fact]
    public async Task The_blobs_and_the_logs_hold_nothing_the_person_typed()
    {
        var logs = new CapturedLogs();
        var canary = Canary();
        var container = await azurite.NewContainerAsync();
        var settings = new Dictionary<string, string?>(VerboseLogs)
        {
            ["Storage:Provider"] = "Blob",
            ["Storage:Blob:ConnectionString"] = await azurite.ConnectionStringAsync(),
            ["Storage:Blob:Container"] = container.Name,
        };
        await using (var factory = new BotApplicationFactory(settings, services => services.AddSingleton<ILoggerProvider>(logs)))
        {
            await TypeCanaryAsync(factory, canary);
        }

        var stored = new List<byte[]>();
        await foreach (var blob in container.GetBlobsAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            var download = await container.GetBlobClient(blob.Name).DownloadContentAsync(TestContext.Current.CancellationToken);
            stored.Add(download.Value.Content.ToArray());
            stored.Add(Encoding.UTF8.GetBytes(blob.Name));
        }

        AssertNothingHolds(canary, stored, logs);
        Assert.True(stored.Any(bytes => Contains(bytes, Encoding.UTF8.GetBytes("origins-start"))), "the state was not found in the blobs");
    }

    /// <summary>A word no dialog, log or id contains by chance.</summary>
    private static string Canary() => "zq" + Guid.NewGuid().ToString("N")[..12] + "canary";

    private static async Task TypeCanaryAsync(BotApplicationFactory factory, string canary)
    {
        using var client = factory.CreateClient();
        var conversation = BotConversation.New();
        await conversation.SayAsync(client, "hi");
        await conversation.SayAsync(client, canary);
        await conversation.SayAsync(client, $"where does fentanyl come from {canary}");
        await conversation.TapAsync(client, new JsonObject { ["from"] = "menu", ["choice"] = "3", ["note"] = canary });
        await conversation.SayAsync(client, $"my friend {canary} wont wake up");
        await conversation.TapAsync(client, new JsonObject { ["from"] = "menu", ["choice"] = "3" });
    }

    private static void AssertNothingHolds(string canary, List<byte[]> stored, CapturedLogs logs)
    {
        Assert.NotEmpty(stored);
        Assert.NotEmpty(logs.Lines);
        var needles = new[] { Encoding.UTF8.GetBytes(canary), Encoding.Unicode.GetBytes(canary) };
        var hits = stored.Count(bytes => needles.Any(needle => Contains(bytes, needle))) + logs.Lines.Count(line => line.Contains(canary, StringComparison.OrdinalIgnoreCase));
        TestContext.Current.SendDiagnosticMessage($"canary '{canary}': {hits} hits in {stored.Sum(bytes => bytes.Length)} stored bytes and {logs.Lines.Count} log lines");
        Assert.Equal(0, hits);
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}

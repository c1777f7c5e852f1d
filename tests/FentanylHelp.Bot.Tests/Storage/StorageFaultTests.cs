using System.Net;
using FentanylHelp.Bot.Tests.Http;
using FentanylHelp.Dialogs.Content;
using FentanylHelp.Tools.Azurite;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FentanylHelp.Bot.Tests.Storage;

/// <summary>
/// Storage down or slow: the bot still answers (crisis first, help content), says once that it may not
/// remember, logs the fault without the person's words, and /health/ready is unhealthy until storage is back.
/// </summary>
public sealed class StorageFaultTests
{
    private const string Crisis = "my friend wont wake up";

    [Fact]
    public async Task An_unwritable_sqlite_path_still_answers_says_so_once_and_is_not_ready_until_it_is_fixed()
    {
        using var folder = new TempFolder();
        var blocker = folder.File("blocker");
        await File.WriteAllTextAsync(blocker, "a file where the folder should be", TestContext.Current.CancellationToken);
        var logs = new CapturedLogs();
        const string canary = "quillfeather-5c1e where can i get narcan";
        await using var factory = new BotApplicationFactory(
            new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Storage:Sqlite:Path"] = Path.Combine(blocker, "conversations.db") },
            services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = factory.CreateClient();
        var conversation = BotConversation.New();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(["emergency-overdose", StringKeys.StateMayBeLost], await conversation.SayAsync(client, Crisis));
        var help = await conversation.SayAsync(client, canary);
        Assert.Contains("naloxone-where", help);
        Assert.DoesNotContain(StringKeys.StateMayBeLost, help);
        Assert.Equal(["help-start"], await conversation.TapAsync(client, new() { ["from"] = "menu", ["choice"] = "5" }));

        File.Delete(blocker);

        Assert.Equal(HttpStatusCode.OK, await ReadinessOnceRecoveredAsync(client));
        Assert.Equal(["welcome", "menu"], await conversation.SayAsync(client, "hi"));
        Assert.Equal(["origins-start"], await conversation.SayAsync(client, "3"));
        Assert.Contains(logs.Lines, line => line.Contains("Conversation storage failed to load", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("quillfeather", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Azurite_stopped_still_answers_says_so_and_is_not_ready_until_it_is_back()
    {
        await using var azurite = await AzuriteProcess.StartAsync(Azurite.RequireScript(), TestContext.Current.CancellationToken);
        await using var factory = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Blob",
            ["Storage:Blob:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Timeout"] = "00:00:05",
        });
        using var client = factory.CreateClient();
        var conversation = BotConversation.New();
        Assert.Equal(["welcome", "menu"], await conversation.SayAsync(client, "hi"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);

        await azurite.StopAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(["emergency-overdose", StringKeys.StateMayBeLost], await conversation.SayAsync(client, Crisis));
        Assert.Equal(["help-start"], await conversation.TapAsync(client, new() { ["from"] = "menu", ["choice"] = "5" }));

        await azurite.RestartAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, await ReadinessOnceRecoveredAsync(client));
        Assert.Equal(["welcome", "menu"], await conversation.SayAsync(client, "hi"));
        Assert.Equal(["origins-start"], await conversation.SayAsync(client, "3"));
    }

    [Fact]
    public async Task Storage_slower_than_the_timeout_does_not_hold_up_the_answer()
    {
        await using var factory = new BotApplicationFactory(
            new Dictionary<string, string?> { ["Storage:Timeout"] = "00:00:00.300" },
            services => services.AddSingleton<IStorage>(new SlowStorage(TimeSpan.FromSeconds(30))));
        using var client = factory.CreateClient();
        var conversation = BotConversation.New();
        var started = System.Diagnostics.Stopwatch.StartNew();

        var replies = await conversation.SayAsync(client, Crisis);

        Assert.Equal(["emergency-overdose", StringKeys.StateMayBeLost], replies);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(20), $"answered after {started.Elapsed}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Spanish_conversations_hear_the_notice_in_spanish()
    {
        await using var factory = new BotApplicationFactory(
            new Dictionary<string, string?> { ["Storage:Timeout"] = "00:00:00.300" },
            services => services.AddSingleton<IStorage>(new SlowStorage(TimeSpan.FromSeconds(30))));
        using var client = factory.CreateClient();
        var catalog = factory.Services.GetRequiredService<ContentCatalog>();
        var activity = ActivityJson.Message("c-es-" + Guid.NewGuid().ToString("N"), "mi amigo no respira");
        activity["locale"] = "es-US";

        using var response = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(client, "/api/messages", activity, TestContext.Current.CancellationToken);
        var body = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.Nodes.JsonNode>(response.Content, TestContext.Current.CancellationToken);

        Assert.Equal(catalog.Text(StringKeys.StateMayBeLost, "es"), (string?)body!["activities"]!.AsArray()[^1]!["text"]);
    }

    /// <summary>
    /// /health/ready as a load balancer sees it after storage returns: probed again a few times (the first
    /// probe also recreates what the restart lost, which a busy machine may not finish within the timeout).
    /// </summary>
    private static async Task<HttpStatusCode> ReadinessOnceRecoveredAsync(HttpClient client)
    {
        var status = HttpStatusCode.ServiceUnavailable;
        for (var probe = 0; probe < 10 && status != HttpStatusCode.OK; probe++)
        {
            status = (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode;
        }

        return status;
    }
}

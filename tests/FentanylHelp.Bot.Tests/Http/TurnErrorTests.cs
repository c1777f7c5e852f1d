using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FentanylHelp.Dialogs.Content;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FentanylHelp.Bot.Tests.Http;

public sealed class TurnErrorTests
{
    [Fact]
    public async Task A_failing_turn_apologises_clears_state_and_logs_without_the_users_words()
    {
        var storage = new CorruptFirstReadStorage();
        var logs = new CapturedLogs();
        const string canary = "zebra-canary-7f3a where does fentanyl come from";
        await using var factory = new BotApplicationFactory(services: services =>
        {
            services.AddSingleton<IStorage>(storage);
            services.AddSingleton<ILoggerProvider>(logs);
        });
        using var client = factory.CreateClient();
        var apology = factory.Services.GetRequiredService<ContentCatalog>().Text(StringKeys.ErrorApology, "en");

        var failed = await client.PostAsJsonAsync("/api/messages", ActivityJson.Message("c-error", canary), TestContext.Current.CancellationToken);
        var next = await client.PostAsJsonAsync("/api/messages", ActivityJson.Message("c-error", "hi"), TestContext.Current.CancellationToken);

        var failedBody = await failed.Content.ReadFromJsonAsync<JsonNode>(TestContext.Current.CancellationToken);
        Assert.Equal(apology, (string?)failedBody!["activities"]![0]!["text"]);
        Assert.Equal(1, storage.Deletes);
        Assert.Equal(["welcome", "menu"], ActivityJson.Keys(await next.Content.ReadFromJsonAsync<JsonNode>(TestContext.Current.CancellationToken)));
        Assert.Contains(logs.Lines, line => line.Contains("Turn failed", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("zebra-canary", StringComparison.Ordinal));
    }
}

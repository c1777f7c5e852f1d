using FentanylHelp.Bot.Tests.Http;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FentanylHelp.Bot.Tests.Storage;

/// <summary>Idle conversations are deleted after Conversation:Expiry by the background cleanup, on the app's clock.</summary>
public sealed class ExpiryTests(Azurite azurite)
{
    [Fact]
    public async Task Sqlite_deletes_idle_conversations_and_keeps_active_ones() =>
        await AssertIdleConversationsExpireAsync(new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite" });

    [Fact]
    public async Task Blob_deletes_idle_conversations_and_keeps_active_ones() =>
        await AssertIdleConversationsExpireAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Blob",
            ["Storage:Blob:ConnectionString"] = await azurite.ConnectionStringAsync(),
            ["Storage:Blob:Container"] = Azurite.NewContainerName(),
        });

    [Fact]
    public async Task Memory_deletes_idle_conversations_and_keeps_active_ones() =>
        await AssertIdleConversationsExpireAsync(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" });

    private static async Task AssertIdleConversationsExpireAsync(Dictionary<string, string?> settings)
    {
        using var folder = new TempFolder();
        settings["Storage:Sqlite:Path"] = folder.File("conversations.db");
        settings["Conversation:Expiry"] = "01:00:00";
        settings["Storage:CleanupInterval"] = "00:10:00";
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new BotApplicationFactory(settings, services => services.AddSingleton<TimeProvider>(time));
        using var client = factory.CreateClient();
        var storage = factory.Services.GetRequiredService<IStorage>();
        var idle = BotConversation.New();
        var active = BotConversation.New();

        await idle.SayAsync(client, "hi");
        time.Advance(TimeSpan.FromMinutes(40));
        await active.SayAsync(client, "hi");
        time.Advance(TimeSpan.FromMinutes(30));

        // 70 minutes idle: gone by the next cleanup; 30 minutes idle: kept.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await storage.ReadAsync([idle.StorageKey], TestContext.Current.CancellationToken)).Count > 0 && DateTime.UtcNow < deadline)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        var left = await storage.ReadAsync([idle.StorageKey, active.StorageKey], TestContext.Current.CancellationToken);
        Assert.Equal([active.StorageKey], left.Keys);
        Assert.Equal(["welcome", "menu"], await idle.SayAsync(client, "1"));
    }
}

using FentanylHelp.Bot.Storage;
using FentanylHelp.Bot.Tests.Http;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace FentanylHelp.Bot.Tests.Storage;

/// <summary>Conversation state through the real app: restarts, several instances, content updates, overlapping turns.</summary>
public sealed class ConversationStateTests(Azurite azurite)
{
    [Fact]
    public async Task A_conversation_goes_on_where_it_was_after_a_restart_on_the_same_sqlite_file()
    {
        using var folder = new TempFolder();
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Storage:Sqlite:Path"] = folder.File("conversations.db") };
        var conversation = BotConversation.New();
        await using (var before = new BotApplicationFactory(settings))
        {
            using var client = before.CreateClient();
            Assert.Equal(["welcome", "menu"], await conversation.SayAsync(client, "hi"));
            Assert.Equal(["origins-start"], await conversation.SayAsync(client, "3"));
            Assert.Equal(["origins-precursors"], await conversation.SayAsync(client, "1"));
        }

        await using var after = new BotApplicationFactory(settings);
        using var restarted = after.CreateClient();

        // "1" means the first button of the step the person is on: only the saved place makes it "origins-mail".
        Assert.Equal(["origins-mail"], await conversation.SayAsync(restarted, "1"));
        Assert.Equal(["origins-border"], await conversation.SayAsync(restarted, "1"));
    }

    [Fact]
    public async Task Two_instances_sharing_blob_storage_take_turns_in_one_conversation_consistently()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Blob",
            ["Storage:Blob:ConnectionString"] = await azurite.ConnectionStringAsync(),
            ["Storage:Blob:Container"] = Azurite.NewContainerName(),
        };
        await using var first = new BotApplicationFactory(settings);
        await using var second = new BotApplicationFactory(settings);
        using var one = first.CreateClient();
        using var two = second.CreateClient();
        var conversation = BotConversation.New();

        Assert.Equal(["welcome", "menu"], await conversation.SayAsync(one, "hi"));
        Assert.Equal(["origins-start"], await conversation.SayAsync(two, "3"));
        Assert.Equal(["origins-precursors"], await conversation.SayAsync(one, "1"));
        Assert.Equal(["language-switched", "origins-precursors"], await conversation.SayAsync(two, "español"));
        Assert.Equal(["origins-mail"], await conversation.SayAsync(one, "1"));
        Assert.Equal(["origins-precursors"], await conversation.SayAsync(two, "atrás"));

        var saved = await ReadDialogAsync(first.Services.GetRequiredService<IStorage>(), conversation);
        Assert.Equal(("origins-precursors", "es"), ((string?)saved["Node"], (string?)saved["Language"]));
    }

    [Fact]
    public async Task A_saved_place_at_a_node_that_a_content_update_removed_restarts_politely_at_the_menu()
    {
        using var folder = new TempFolder();
        await using var factory = new BotApplicationFactory(new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Storage:Sqlite:Path"] = folder.File("conversations.db") });
        using var client = factory.CreateClient();
        var conversation = BotConversation.New();
        var storage = factory.Services.GetRequiredService<IStorage>();
        var savedBeforeUpdate = new JObject
        {
            ["dialog"] = new JObject { ["Version"] = 1, ["Node"] = "origins-removed-in-an-update", ["History"] = new JArray(new JObject { ["Node"] = "origins-start" }), ["Language"] = "en" },
        };
        await storage.WriteAsync(new Dictionary<string, object> { [conversation.StorageKey] = savedBeforeUpdate }, TestContext.Current.CancellationToken);

        Assert.Equal(["welcome", "menu"], await conversation.SayAsync(client, "1"));
        Assert.Equal(["origins-start"], await conversation.SayAsync(client, "3"));
        Assert.Equal("origins-start", (string?)(await ReadDialogAsync(storage, conversation))["Node"]);
    }

    [Fact]
    public async Task Two_overlapping_turns_of_one_conversation_both_take_effect_and_each_reply_goes_out_once()
    {
        using var folder = new TempFolder();
        var storage = new OverlappingTurnsStorage(new SqliteConversationStorage(folder.File("conversations.db"), TimeProvider.System));
        await using var factory = new BotApplicationFactory(
            new Dictionary<string, string?> { ["Storage:Timeout"] = "00:00:30" },
            services => services.AddSingleton<IStorage>(storage));
        using var client = factory.CreateClient();
        var conversation = BotConversation.New();
        Assert.Equal(["welcome", "menu"], await conversation.SayAsync(client, "hi"));

        storage.HoldFirstSaveUntilSecondLoad();
        var switchLanguage = conversation.SayAsync(client, "español");
        var pickTopic = conversation.SayAsync(client, "3");
        await Task.WhenAll(switchLanguage, pickTopic);

        Assert.True(storage.Conflicts >= 1, "the two turns did not overlap");
        Assert.Equal(1, (await switchLanguage).Count(key => key == "language-switched"));
        Assert.Equal(["origins-start"], await pickTopic);
        var saved = await ReadDialogAsync(storage, conversation);
        Assert.Equal(("origins-start", "es", true), ((string?)saved["Node"], (string?)saved["Language"], (bool)saved["LanguageChosen"]!));
    }

    private static async Task<JObject> ReadDialogAsync(IStorage storage, BotConversation conversation)
    {
        var stored = await storage.ReadAsync([conversation.StorageKey], TestContext.Current.CancellationToken);
        return (JObject)((JObject)stored[conversation.StorageKey])["dialog"]!;
    }
}

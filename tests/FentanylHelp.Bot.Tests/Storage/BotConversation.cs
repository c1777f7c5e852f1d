using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FentanylHelp.Bot.Tests.Http;

namespace FentanylHelp.Bot.Tests.Storage;

/// <summary>One conversation posted to /api/messages (expectReplies), reading back the reply keys of each turn.</summary>
internal sealed class BotConversation(string id)
{
    public string Id { get; } = id;

    /// <summary>The key conversation state is stored under (Bot Framework's ConversationState).</summary>
    public string StorageKey => $"emulator/conversations/{Id}";

    public static BotConversation New() => new("c-" + Guid.NewGuid().ToString("N"));

    public Task<IReadOnlyList<string>> SayAsync(HttpClient client, string text) => PostAsync(client, ActivityJson.Message(Id, text));

    public Task<IReadOnlyList<string>> TapAsync(HttpClient client, JsonObject value) => PostAsync(client, ActivityJson.Message(Id, null, value: value));

    private static async Task<IReadOnlyList<string>> PostAsync(HttpClient client, JsonObject activity)
    {
        using var response = await client.PostAsJsonAsync("/api/messages", activity, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return ActivityJson.Keys(await response.Content.ReadFromJsonAsync<JsonNode>(TestContext.Current.CancellationToken));
    }
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FentanylHelp.Bot.Tests.Http;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace FentanylHelp.Bot.Tests.Teams;

/// <summary>
/// One way of getting a Teams activity to the bot: POST /api/messages of the real app (deliveryMode
/// expectReplies, so the replies come back in the response), or the SDK's TestAdapter on channel msteams.
/// Every Teams test runs through both.
/// </summary>
internal abstract class TeamsTransport : IAsyncDisposable
{
    public const string Http = "http";
    public const string Adapter = "adapter";

    public static TheoryData<string> Both => [Http, Adapter];

    public static TeamsTransport Create(string kind) => kind == Http ? new HttpTransport() : new AdapterTransport();

    /// <summary>The replies as JSON, typing indicators included, in the order sent.</summary>
    public abstract Task<IReadOnlyList<JsonObject>> SendAsync(JsonObject activity);

    public abstract ValueTask DisposeAsync();

    private sealed class HttpTransport : TeamsTransport
    {
        private readonly BotApplicationFactory factory = new();
        private readonly HttpClient client;

        public HttpTransport() => client = factory.CreateClient();

        public override async Task<IReadOnlyList<JsonObject>> SendAsync(JsonObject activity)
        {
            var posted = (JsonObject)activity.DeepClone();
            posted["deliveryMode"] = "expectReplies";
            var response = await client.PostAsJsonAsync("/api/messages", posted, TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"status {(int)response.StatusCode}");
            if (response.Content.Headers.ContentLength == 0)
            {
                return [];
            }

            var body = await response.Content.ReadFromJsonAsync<JsonNode>(TestContext.Current.CancellationToken);
            return [.. (body?["activities"]?.AsArray() ?? []).Select(reply => reply!.AsObject())];
        }

        public override async ValueTask DisposeAsync()
        {
            client.Dispose();
            await factory.DisposeAsync();
        }
    }

    private sealed class AdapterTransport : TeamsTransport
    {
        private readonly BotHarness harness = BotHarness.Create(Channels.Msteams);

        public override async Task<IReadOnlyList<JsonObject>> SendAsync(JsonObject activity)
        {
            var parsed = JsonConvert.DeserializeObject<Activity>(activity.ToJsonString())!;
            var replies = await harness.SendAsIsAsync(parsed);
            return [.. replies.Select(reply => JsonNode.Parse(JsonConvert.SerializeObject(reply))!.AsObject())];
        }

        public override ValueTask DisposeAsync() => harness.DisposeAsync();
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FentanylHelp.Bot.WebChannel;
using Microsoft.Extensions.DependencyInjection;

namespace FentanylHelp.Bot.Tests.WebChannel;

/// <summary>Checklist 1 (start conversation) and 2 (reconnect).</summary>
public sealed class StartAndReconnectTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_answers_201_with_conversation_token_expiry_and_an_absolute_ws_stream_url_with_a_one_time_token()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.GetTokenAsync();

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", JsonContent.Create(new JsonObject { ["user"] = new JsonObject { ["id"] = "x" } }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Cancel))!;
        Assert.Equal(client.ConversationId, (string?)body["conversationId"]);
        Assert.False(string.IsNullOrEmpty((string?)body["token"]));
        Assert.Equal(1800, (int)body["expires_in"]!);
        var streamUrl = new Uri((string)body["streamUrl"]!);
        Assert.Equal("ws", streamUrl.Scheme);
        Assert.Equal(host.BaseAddress.Authority, streamUrl.Authority);
        Assert.Equal($"/v3/directline/conversations/{client.ConversationId}/stream", streamUrl.AbsolutePath);
        Assert.StartsWith("?t=", streamUrl.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_the_same_conversation_again_answers_200()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();

        using var again = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(client.ConversationId, (string?)(await again.Content.ReadFromJsonAsync<JsonObject>(Cancel))!["conversationId"]);
    }

    [Fact]
    public async Task The_user_id_comes_from_the_token_whatever_the_client_says()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();

        await client.PostAsync(DirectLineClient.Message("hi"));

        var echo = (await client.PollAsync()).Activities()[0];
        Assert.Equal(client.UserId, (string?)echo["from"]!["id"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
    }

    [Fact]
    public async Task Reconnect_returns_a_fresh_token_and_a_stream_url_carrying_the_watermark()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        var firstToken = client.Token;

        var body = await client.ReconnectAsync("7");

        Assert.Equal(client.ConversationId, (string?)body["conversationId"]);
        Assert.NotEqual(firstToken, (string?)body["token"]);
        Assert.Equal(1800, (int)body["expires_in"]!);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri((string)body["streamUrl"]!).Query);
        Assert.Equal("7", query["watermark"].ToString());
        Assert.False(string.IsNullOrEmpty(query["t"].ToString()));
    }

    [Fact]
    public async Task A_conversation_is_forgotten_log_and_all_once_its_last_token_has_expired()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        await client.PostAsync(DirectLineClient.Message("hi"));
        var conversations = host.Services.GetRequiredService<WebConversations>();
        Assert.NotNull(conversations.Find(client.ConversationId));

        host.Time.Advance(TimeSpan.FromMinutes(31));

        Assert.Null(conversations.Find(client.ConversationId));
        Assert.Equal(0, conversations.Count);
    }

    [Fact]
    public async Task A_conversation_the_server_does_not_know_answers_404_json()
    {
        var key = Convert.ToBase64String(new byte[32]);
        var settings = new Dictionary<string, string?> { ["WebChannel:TokenSigningKey"] = key };
        await using var first = WebChannelHost.Start(settings);
        await using var restarted = WebChannelHost.Start(settings);
        var client = first.Client();
        await client.StartAsync();

        using var response = await new DirectLineClient(restarted.Http) { Token = client.Token }
            .SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}?watermark=3");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NotFound", await DirectLineClient.ErrorCodeAsync(response));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public async Task A_watermark_that_is_not_a_number_is_a_400_json_error(string watermark)
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();

        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}?watermark={watermark}");
        using var poll = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities?watermark={watermark}");

        Assert.Equal(HttpStatusCode.BadRequest, reconnect.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, poll.StatusCode);
        Assert.Equal("BadArgument", await DirectLineClient.ErrorCodeAsync(poll));
    }
}

using System.Net;
using System.Net.WebSockets;
using System.Text;
using FentanylHelp.Bot.WebChannel;

namespace FentanylHelp.Bot.Tests.WebChannel;

/// <summary>
/// Issue #15 item 5 and #16's "no 5xx on any input": a conversation the sweeper forgets while a request on it
/// is under way gets Direct Line's 404, never a 500 from looking it up a second time and finding nothing.
/// </summary>
public sealed class SweptConversationTests
{
    [Theory]
    [InlineData("GET", "/v3/directline/conversations/{id}?watermark=")]
    [InlineData("GET", "/v3/directline/conversations/{id}/activities")]
    [InlineData("POST", "/v3/directline/conversations/{id}/activities")]
    [InlineData("POST", "/v3/directline/conversations/{id}/upload")]
    public async Task A_conversation_swept_right_after_the_token_check_found_it_answers_404_not_500(string method, string path)
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();

        // Admitting a request reads the clock twice: for the token's expiry, then for the conversation's.
        host.Time.RunAfterReading(2, host.ExpireAndSweepConversations);
        using var response = await client.SendAsync(new HttpMethod(method), path.Replace("{id}", client.ConversationId, StringComparison.Ordinal), method == "POST" ? Body(path) : null);

        await AssertNotFoundAsync(response);
    }

    [Theory]
    [InlineData("/v3/directline/conversations/{id}/activities")]
    [InlineData("/v3/directline/conversations/{id}/upload")]
    public async Task A_conversation_swept_while_the_posted_activity_is_still_arriving_answers_404_not_500(string path)
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();

        // Expect: 100-continue holds the body back until the channel, having admitted the request, starts to read it.
        using var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) };
        using var http = new HttpClient(handler) { BaseAddress = host.BaseAddress };
        http.DefaultRequestHeaders.ExpectContinue = true;
        using var response = await new DirectLineClient(http).SendAsync(
            HttpMethod.Post,
            path.Replace("{id}", client.ConversationId, StringComparison.Ordinal),
            new BodySentAfter(host.ExpireAndSweepConversations, Body(path)),
            client.Token);

        await AssertNotFoundAsync(response);
    }

    [Fact]
    public async Task A_conversation_swept_as_its_stream_opens_answers_404_not_a_socket_that_never_hears_anything()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();

        // Opening a stream reads the clock twice: for the conversation's expiry, then for the stream token's.
        host.Time.RunAfterReading(2, host.ExpireAndSweepConversations);
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => DirectLineSocketClient.ConnectAsync(client.StreamUrl));

        Assert.Contains("404", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_subscribed_to_a_conversation_that_has_ended_is_ended_at_once()
    {
        var conversation = new WebConversation("conversation", "dl_user", new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero), maxActivities: 10);
        conversation.Close();

        var (replay, subscription) = conversation.Subscribe(watermark: 0);

        using (subscription)
        {
            Assert.Null(replay);
            Assert.Equal("ended", subscription.EndReason);
            Assert.True(subscription.Frames.Completion.IsCompleted);
        }
    }

    /// <summary>A message as Web Chat posts it, or for an upload, the same message in a form with a file.</summary>
    private static HttpContent Body(string path)
    {
        var message = DirectLineClient.Message("where does fentanyl come from");
        if (!path.EndsWith("/upload", StringComparison.Ordinal))
        {
            return DirectLineClient.Json(message.ToJsonString());
        }

        var form = new MultipartFormDataContent();
        form.Add(new StringContent(message.ToJsonString(), Encoding.UTF8, "application/vnd.microsoft.activity"), "activity");
        form.Add(new ByteArrayContent([0x89, 0x50, 0x4E, 0x47]), "file", "pill.png");
        return form;
    }

    private static async Task AssertNotFoundAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NotFound", await DirectLineClient.ErrorCodeAsync(response));
    }
}

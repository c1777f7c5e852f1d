using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using FentanylHelp.Bot.WebChannel;
using Microsoft.Extensions.DependencyInjection;

namespace FentanylHelp.Bot.Tests.WebChannel;

/// <summary>Checklist 3: the WebSocket stream, with replay after the watermark, one-time stream tokens and echoes.</summary>
public sealed class SocketTests
{
    [Fact]
    public async Task Activities_posted_before_the_socket_opens_are_replayed_when_it_opens()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();

        // Web Chat posts the join event right after start, often before its socket is open.
        await client.PostAsync(DirectLineClient.Join());
        await using var socket = await DirectLineSocketClient.ConnectAsync(client.StreamUrl);

        await socket.WaitForAsync(activity => activity.IsBotMessage("menu"));
        Assert.Equal(["event", "message", "message"], socket.Activities.Select(activity => (string?)activity["type"]));
        Assert.Equal("welcome", socket.Activities[1].ReplyKey());
        Assert.Equal("3", socket.LastWatermark);
    }

    [Fact]
    public async Task Reconnecting_with_a_watermark_replays_only_what_came_after_it()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        await client.PostAsync(DirectLineClient.Join());
        await client.PostAsync(DirectLineClient.Message("3"));

        await client.ReconnectAsync("3");
        await using var socket = await DirectLineSocketClient.ConnectAsync(client.StreamUrl);

        var first = await socket.WaitForAsync(_ => true);
        Assert.Equal(4, first.Sequence());
        await socket.WaitForAsync(activity => activity.IsBotMessage("origins-start"));
        Assert.Equal([4, 5], socket.Activities.Select(activity => activity.Sequence()));
    }

    [Fact]
    public async Task A_posted_message_is_echoed_on_the_socket_with_its_clientActivityID_id_and_timestamp_before_the_reply()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        await using var socket = await DirectLineSocketClient.ConnectAsync(client.StreamUrl);
        var message = DirectLineClient.Message("where does fentanyl come from");

        var id = await client.PostAsync(message);

        var echo = await socket.WaitForAsync(activity => activity.ClientActivityId() == DirectLineClient.ClientActivityId(message));
        var reply = await socket.WaitForAsync(activity => activity.IsFromBot());
        Assert.Equal(id, (string?)echo["id"]);
        Assert.Equal($"{client.ConversationId}|0000001", id);
        Assert.Equal("where does fentanyl come from", (string?)echo["text"]);
        Assert.NotNull(echo["timestamp"]);
        Assert.Equal("directline", (string?)echo["channelId"]);
        Assert.Equal("America/New_York", (string?)echo["localTimezone"]);
        Assert.Equal($"{client.ConversationId}|0000002", (string?)reply["id"]);
        Assert.Equal(id, (string?)reply["replyToId"]);
        Assert.Equal(client.UserId, (string?)reply["recipient"]!["id"]);
        Assert.True(DateTimeOffset.Parse((string)reply["timestamp"]!, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.Parse((string)echo["timestamp"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("origins-start", reply.ReplyKey());
    }

    [Fact]
    public async Task Events_and_typing_are_echoed_too_and_typing_goes_to_sockets_only()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        await using var socket = await DirectLineSocketClient.ConnectAsync(client.StreamUrl);
        var typing = DirectLineClient.Envelope(new JsonObject { ["type"] = "typing" });
        var custom = DirectLineClient.Envelope(new JsonObject { ["type"] = "event", ["name"] = "something/else" });

        await client.PostAsync(typing);
        await client.PostAsync(custom);

        await socket.WaitForAsync(activity => activity.ClientActivityId() == DirectLineClient.ClientActivityId(typing));
        await socket.WaitForAsync(activity => activity.ClientActivityId() == DirectLineClient.ClientActivityId(custom));
        var polled = (await client.PollAsync()).Activities();
        Assert.Equal(["event"], polled.Select(activity => (string?)activity["type"]));
    }

    [Fact]
    public async Task Client_ping_frames_are_ignored()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        await using var socket = await DirectLineSocketClient.ConnectAsync(client.StreamUrl);

        await socket.PingAsync();
        await socket.PingAsync();
        await client.PostAsync(DirectLineClient.Message("hi"));

        await socket.WaitForAsync(activity => activity.IsBotMessage("menu"));
    }

    [Fact]
    public async Task A_stream_url_works_once()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        await using var first = await DirectLineSocketClient.ConnectAsync(client.StreamUrl);

        var reuse = await Assert.ThrowsAsync<WebSocketException>(() => DirectLineSocketClient.ConnectAsync(client.StreamUrl));

        Assert.Contains("403", reuse.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_url_expires_after_a_minute()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        host.Time.Advance(TimeSpan.FromSeconds(61));

        var late = await Assert.ThrowsAsync<WebSocketException>(() => DirectLineSocketClient.ConnectAsync(client.StreamUrl));

        Assert.Contains("403", late.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_url_for_one_conversation_does_not_open_another()
    {
        await using var host = WebChannelHost.Start();
        var mine = host.Client();
        var theirs = host.Client();
        await mine.StartAsync();
        await theirs.StartAsync();
        var stolen = mine.StreamUrl.Replace(mine.ConversationId, theirs.ConversationId, StringComparison.Ordinal);

        await Assert.ThrowsAsync<WebSocketException>(() => DirectLineSocketClient.ConnectAsync(stolen));
    }

    [Fact]
    public async Task A_browser_page_on_another_site_cannot_open_the_stream()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();

        var refused = await Assert.ThrowsAsync<WebSocketException>(() => DirectLineSocketClient.ConnectAsync(client.StreamUrl, origin: "https://evil.example"));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bots_own_page_and_partner_sites_can_open_the_stream()
    {
        await using var host = WebChannelHost.Start(new Dictionary<string, string?> { ["WebChannel:PartnerOrigins:0"] = "https://health.example.org" });
        var own = host.Client();
        var partner = host.Client();
        await own.StartAsync();
        await partner.StartAsync();

        await using var ownSocket = await DirectLineSocketClient.ConnectAsync(own.StreamUrl, origin: host.BaseAddress.GetLeftPart(UriPartial.Authority));
        await using var partnerSocket = await DirectLineSocketClient.ConnectAsync(partner.StreamUrl, origin: "https://health.example.org");
    }

    [Fact]
    public async Task Two_sockets_on_one_conversation_both_get_every_activity()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        await using var first = await DirectLineSocketClient.ConnectAsync(client.StreamUrl);
        await client.ReconnectAsync();
        await using var second = await DirectLineSocketClient.ConnectAsync(client.StreamUrl);

        await client.PostAsync(DirectLineClient.Message("hi"));

        await first.WaitForAsync(activity => activity.IsBotMessage("menu"));
        await second.WaitForAsync(activity => activity.IsBotMessage("menu"));
    }

    [Fact]
    public async Task Too_many_sockets_on_one_conversation_close_the_oldest_with_reason_collision()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        var sockets = new List<DirectLineSocketClient>();
        try
        {
            for (var index = 0; index <= WebConversation.MaxStreams; index++)
            {
                await client.ReconnectAsync();
                sockets.Add(await DirectLineSocketClient.ConnectAsync(client.StreamUrl));
            }

            Assert.True(await sockets[0].ClosedByServerAsync());
            Assert.Equal("collision", sockets[0].CloseDescription);
        }
        finally
        {
            foreach (var socket in sockets)
            {
                await socket.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task When_the_conversation_expires_its_sockets_are_closed()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        await using var socket = await DirectLineSocketClient.ConnectAsync(client.StreamUrl);

        host.Time.Advance(TimeSpan.FromMinutes(31));
        host.Services.GetRequiredService<WebConversations>().Sweep();

        Assert.True(await socket.ClosedByServerAsync());
        Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.CloseStatus);
    }

    [Fact]
    public async Task A_plain_http_request_to_the_stream_gets_a_json_400()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();

        using var response = await host.Http.GetAsync(new Uri(client.StreamUrl.Replace("ws://", "http://", StringComparison.Ordinal)), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }
}

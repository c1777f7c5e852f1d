using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace FentanylHelp.Bot.Tests.WebChannel;

/// <summary>A real WebSocket on a stream URL, reading ActivitySet frames the way DirectLineJS does.</summary>
internal sealed class DirectLineSocketClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket socket = new();

    public List<JsonObject> Activities { get; } = [];

    public string? LastWatermark { get; private set; }

    public WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    public string? CloseDescription => socket.CloseStatusDescription;

    public static async Task<DirectLineSocketClient> ConnectAsync(string streamUrl, string? origin = null)
    {
        var client = new DirectLineSocketClient();
        if (origin is not null)
        {
            client.socket.Options.SetRequestHeader("Origin", origin);
        }

        await client.socket.ConnectAsync(new Uri(streamUrl), TestContext.Current.CancellationToken);
        return client;
    }

    /// <summary>Reads frames until one activity matches, or fails after a few seconds.</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);
        while (true)
        {
            if (Activities.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            var frame = await ReceiveFrameAsync(timeout.Token) ?? throw new InvalidOperationException($"The stream closed ({CloseStatus} {CloseDescription}) before the activity came.");
            Activities.AddRange(frame["activities"]!.AsArray().Select(activity => activity!.AsObject()));
            LastWatermark = (string?)frame["watermark"];
        }
    }

    /// <summary>The next ActivitySet frame, or null when the server closed the socket.</summary>
    public async Task<JsonObject?> ReceiveFrameAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                // Answer the close, as a browser does.
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
                return null;
            }

            Assert.Equal(WebSocketMessageType.Text, result.MessageType);
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                var text = Encoding.UTF8.GetString(message.ToArray());
                if (text.Length == 0)
                {
                    message.SetLength(0);
                    continue;
                }

                return JsonNode.Parse(text)!.AsObject();
            }
        }
    }

    /// <summary>Waits for the server to close the socket.</summary>
    public async Task<bool> ClosedByServerAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);
        while (await ReceiveFrameAsync(timeout.Token) is { } frame)
        {
            Activities.AddRange(frame["activities"]!.AsArray().Select(activity => activity!.AsObject()));
        }

        return true;
    }

    /// <summary>What Web Chat's client does every 20 seconds: an empty text frame.</summary>
    public Task PingAsync() => socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, true, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // Already gone.
            }
        }

        socket.Dispose();
    }
}

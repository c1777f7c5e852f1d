using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace FentanylHelp.Bot.WebChannel;

/// <summary>
/// <c>GET /v3/directline/conversations/{id}/stream</c>: the WebSocket Web Chat reads activities from. It
/// replays everything after the stream URL's watermark, then sends each new activity as it is logged, as
/// text frames <c>{"activities":[...],"watermark":"N"}</c>. What the client sends (Web Chat pings with
/// empty frames) is read and ignored.
/// </summary>
public static partial class DirectLineSocket
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    public static async Task<IResult> AcceptAsync(
        [AsParameters] ConversationRequest request,
        IOptions<WebChannelOptions> options,
        IHostApplicationLifetime lifetime,
        ILogger<WebConversation> logger)
    {
        var context = request.Context;
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineError.BadArgument("This is a WebSocket stream: open it with a WebSocket client.");
        }

        if (context.Request.Headers.Origin.ToString() is { Length: > 0 } origin && !PartnerOrigin.IsAllowed(origin, context.Request, options.Value.PartnerOrigins))
        {
            return DirectLineError.Result(StatusCodes.Status403Forbidden, "OriginNotAllowed", "This site may not open the chat's stream.");
        }

        var access = request.AuthorizeStream();
        if (!access.IsGranted)
        {
            return access.Refusal;
        }

        if (!Watermark.TryParse(context.Request.Query["watermark"], out var watermark))
        {
            return DirectLineError.BadArgument(Watermark.Problem);
        }

        // Swept since it was found: say so while an HTTP answer is still possible (after the handshake, the stream just ends).
        var conversation = access.Conversation;
        if (conversation.HasEnded)
        {
            return DirectLineError.NotFound();
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var (replay, subscription) = conversation.Subscribe(watermark);
        using (subscription)
        {
            var ignoreClient = DiscardClientFramesAsync(socket, stop);
            try
            {
                if (replay is not null)
                {
                    await SendAsync(socket, replay, stop.Token);
                }

                await foreach (var frame in subscription.Frames.ReadAllAsync(stop.Token))
                {
                    await SendAsync(socket, frame, stop.Token);
                }

                // The server ended the stream (the conversation expired, or too many sockets): say why, and give
                // the client a moment to answer the close so the handshake completes.
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, subscription.EndReason, CancellationToken.None);
                await ignoreClient.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
            }
            catch (Exception error) when (error is OperationCanceledException or WebSocketException or TimeoutException)
            {
                // The client went away or the app is stopping; the client reconnects with its watermark.
                LogStreamStopped(logger, error is OperationCanceledException ? "closed" : "broken");
            }
            finally
            {
                await stop.CancelAsync();
                await ignoreClient;
            }
        }

        return Results.Empty;
    }

    private static Task SendAsync(WebSocket socket, string frame, CancellationToken cancellationToken) =>
        socket.SendAsync(Utf8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>Reads until the client closes; a close from the client ends the stream.</summary>
    private static async Task DiscardClientFramesAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            // Closed from either side.
        }
        finally
        {
            await stop.CancelAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A web chat stream stopped ({Reason})")]
    private static partial void LogStreamStopped(ILogger logger, string reason);
}

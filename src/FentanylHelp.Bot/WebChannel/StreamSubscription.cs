using System.Threading.Channels;

namespace FentanylHelp.Bot.WebChannel;

/// <summary>
/// One open WebSocket's view of a conversation: the frames to send, in order. If the socket falls too far
/// behind, the subscription ends; the client reconnects with its watermark and the log replays what it missed.
/// </summary>
public sealed class StreamSubscription : IDisposable
{
    private const int MaxPendingFrames = 256;

    private readonly Channel<string> frames = Channel.CreateBounded<string>(new BoundedChannelOptions(MaxPendingFrames) { SingleReader = true });
    private readonly Action<StreamSubscription> unsubscribe;

    internal StreamSubscription(Action<StreamSubscription> unsubscribe) => this.unsubscribe = unsubscribe;

    public ChannelReader<string> Frames => frames.Reader;

    /// <summary>Why the server ended the subscription ("collision", "ended"), or null while it is open.</summary>
    public string? EndReason { get; private set; }

    internal void Offer(string frame)
    {
        if (!frames.Writer.TryWrite(frame))
        {
            End("behind");
        }
    }

    internal void End(string reason)
    {
        EndReason ??= reason;
        frames.Writer.TryComplete();
    }

    public void Dispose()
    {
        frames.Writer.TryComplete();
        unsubscribe(this);
    }
}

using System.Globalization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace FentanylHelp.Bot.WebChannel;

/// <summary>
/// One web chat conversation: its activity log (every activity the client or the bot sent, in order, with
/// ids <c>{conversationId}|0000001</c>), the sockets streaming it, and a lock so turns run one at a time.
/// The log lives in memory only, for replay after a reconnect or reload, and goes when the conversation expires.
/// </summary>
public sealed class WebConversation(string id, string userId, DateTimeOffset expiresAt, int maxActivities)
{
    /// <summary>More sockets than this on one conversation means something is looping: the oldest is closed.</summary>
    public const int MaxStreams = 4;

    private readonly Lock gate = new();
    private readonly List<LoggedActivity> log = [];
    private readonly List<StreamSubscription> streams = [];
    private long sequence;
    private DateTimeOffset lastTimestamp;
    private DateTimeOffset expiresAt = expiresAt;
    private bool started;
    private bool joined;
    private bool ended;

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    /// <summary>The campaign a deep link named (<c>?src=</c>), kept for outreach reporting.</summary>
    public string? Campaign { get; private set; }

    /// <summary>Turns of the bot run one at a time per conversation, in the order activities arrived.</summary>
    public SemaphoreSlim Turns { get; } = new(1, 1);

    public DateTimeOffset ExpiresAt
    {
        get
        {
            lock (gate)
            {
                return expiresAt;
            }
        }
    }

    /// <summary>
    /// True once the channel has forgotten the conversation. A request that found it just before may still hold it:
    /// that request answers as if it had come a moment later (404), and a stream opened on it ends at once.
    /// </summary>
    public bool HasEnded
    {
        get
        {
            lock (gate)
            {
                return ended;
            }
        }
    }

    public long Watermark
    {
        get
        {
            lock (gate)
            {
                return sequence;
            }
        }
    }

    /// <summary>A token issued or refreshed keeps the conversation alive at least as long as the token.</summary>
    public void KeepUntil(DateTimeOffset until)
    {
        lock (gate)
        {
            if (until > expiresAt)
            {
                expiresAt = until;
            }
        }
    }

    /// <summary>True the first time the client starts the conversation (201), false after (200).</summary>
    public bool MarkStarted()
    {
        lock (gate)
        {
            var first = !started;
            started = true;
            return first;
        }
    }

    /// <summary>True for the first join event only, so a page that joins twice still gets one welcome.</summary>
    public bool MarkJoined(string? campaign)
    {
        lock (gate)
        {
            if (joined)
            {
                return false;
            }

            joined = true;
            Campaign = campaign;
            return true;
        }
    }

    /// <summary>
    /// Gives the activity its id and a timestamp later than every earlier one, appends it to the log and
    /// pushes it to every open socket.
    /// </summary>
    public LoggedActivity Append(Activity activity, DateTimeOffset now, bool keepId = false)
    {
        lock (gate)
        {
            sequence++;
            if (!keepId || string.IsNullOrEmpty(activity.Id))
            {
                activity.Id = $"{Id}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";
            }

            // Web Chat orders by timestamp (to the millisecond), so each one must be later than the last.
            lastTimestamp = now > lastTimestamp.AddMilliseconds(1) ? now : lastTimestamp.AddMilliseconds(1);
            activity.Timestamp = lastTimestamp;
            var entry = new LoggedActivity(sequence, activity.Id, activity.Type ?? string.Empty, JsonConvert.SerializeObject(activity, DirectLineJson.Settings));
            log.Add(entry);
            if (log.Count > maxActivities)
            {
                log.RemoveRange(0, log.Count - maxActivities);
            }

            var frame = ActivitySetJson.Write([entry], sequence);
            foreach (var stream in streams)
            {
                stream.Offer(frame);
            }

            return entry;
        }
    }

    /// <summary>What polling returns: activities after the watermark. Typing is for sockets only, as in Direct Line.</summary>
    public string ActivitiesAfter(long watermark)
    {
        lock (gate)
        {
            return ActivitySetJson.Write([.. log.Where(entry => entry.Sequence > watermark && entry.Type != ActivityTypes.Typing)], sequence);
        }
    }

    /// <summary>
    /// Opens a stream: the replay of everything after the watermark and then every new activity, with no
    /// gap or repeat between the two because both are taken under the same lock. On a conversation that has
    /// ended, the stream ends at once rather than wait for activities that will never come.
    /// </summary>
    public (string? Replay, StreamSubscription Subscription) Subscribe(long watermark)
    {
        lock (gate)
        {
            var subscription = new StreamSubscription(Unsubscribe);
            if (ended)
            {
                subscription.End("ended");
                return (null, subscription);
            }

            streams.Add(subscription);
            if (streams.Count > MaxStreams)
            {
                streams[0].End("collision");
                streams.RemoveAt(0);
            }

            var missed = log.Where(entry => entry.Sequence > watermark).ToList();
            return (missed.Count > 0 ? ActivitySetJson.Write(missed, sequence) : null, subscription);
        }
    }

    /// <summary>Ends every stream: the conversation is over.</summary>
    public void Close()
    {
        lock (gate)
        {
            ended = true;
            foreach (var stream in streams)
            {
                stream.End("ended");
            }

            streams.Clear();
        }
    }

    private void Unsubscribe(StreamSubscription subscription)
    {
        lock (gate)
        {
            streams.Remove(subscription);
        }
    }
}

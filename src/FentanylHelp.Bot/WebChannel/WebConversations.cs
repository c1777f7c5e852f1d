using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace FentanylHelp.Bot.WebChannel;

/// <summary>
/// The conversations of the web channel, in memory. A conversation lives as long as a token for it can
/// still be used; then it is forgotten, log and all.
/// </summary>
public sealed partial class WebConversations(IOptions<WebChannelOptions> options, TimeProvider time, ILogger<WebConversations> logger)
{
    private const string IdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private readonly ConcurrentDictionary<string, WebConversation> conversations = new(StringComparer.Ordinal);

    public int Count => conversations.Count;

    /// <summary>A new conversation with fresh random ids, or null when the channel is full.</summary>
    public WebConversation? Create(DateTimeOffset keepUntil)
    {
        if (conversations.Count >= options.Value.MaxConversations && Sweep() == 0)
        {
            LogFull(logger, conversations.Count);
            return null;
        }

        // 22 letters and digits, like Direct Line's own ids; the user id has Direct Line's "dl_" prefix, which
        // Web Chat trusts only inside a token, so a page cannot choose it.
        var conversation = new WebConversation(
            RandomNumberGenerator.GetString(IdAlphabet, 22),
            "dl_" + RandomNumberGenerator.GetString(IdAlphabet, 16),
            keepUntil,
            options.Value.MaxActivitiesPerConversation);
        conversations[conversation.Id] = conversation;
        return conversation;
    }

    /// <summary>The conversation if it exists and has not expired.</summary>
    public WebConversation? Find(string conversationId)
    {
        if (!conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        if (conversation.ExpiresAt > time.GetUtcNow())
        {
            // A sweep on another thread may have forgotten it since it was taken from the dictionary.
            return conversation.HasEnded ? null : conversation;
        }

        Remove(conversation);
        return null;
    }

    /// <summary>Forgets expired conversations and closes their sockets; returns how many went.</summary>
    public int Sweep()
    {
        var now = time.GetUtcNow();
        var removed = 0;
        foreach (var conversation in conversations.Values)
        {
            if (conversation.ExpiresAt <= now)
            {
                Remove(conversation);
                removed++;
            }
        }

        return removed;
    }

    private void Remove(WebConversation conversation)
    {
        if (conversations.TryRemove(new KeyValuePair<string, WebConversation>(conversation.Id, conversation)))
        {
            conversation.Close();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The web channel is full ({Count} conversations); a new visitor was asked to try again")]
    private static partial void LogFull(ILogger logger, int count);
}

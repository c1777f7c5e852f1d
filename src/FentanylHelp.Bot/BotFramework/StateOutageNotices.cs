using System.Collections.Concurrent;

namespace FentanylHelp.Bot.BotFramework;

/// <summary>
/// Which conversations were already told, during the current storage outage, that the bot may not remember
/// them: once is enough. Conversation ids only, in memory only; forgotten when storage works again.
/// </summary>
public sealed class StateOutageNotices
{
    /// <summary>Past this many, a conversation may be told twice rather than memory grow without bound.</summary>
    private const int MaxTracked = 10_000;

    private readonly ConcurrentDictionary<string, byte> told = new(StringComparer.Ordinal);

    /// <summary>True the first time a conversation meets the outage.</summary>
    public bool ShouldTell(string conversationId)
    {
        if (told.Count >= MaxTracked)
        {
            told.Clear();
        }

        return told.TryAdd(conversationId, 0);
    }

    public void StorageWorks()
    {
        if (!told.IsEmpty)
        {
            told.Clear();
        }
    }
}

using System.Collections.Concurrent;

namespace FentanylHelp.Bot.BotFramework.Teams;

/// <summary>
/// Teams announces an installation twice, nearly at once: an <c>installationUpdate</c> and a
/// <c>conversationUpdate</c> adding the bot. The saved conversation state remembers the welcome, but two turns
/// running side by side both read it before either saves; this guard lets only one of them through on this
/// instance. Claims are forgotten after a while so the dictionary stays small.
/// </summary>
public sealed class TeamsWelcomeGuard(TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, DateTimeOffset> claims = new(StringComparer.Ordinal);

    /// <summary>True for the first caller for this conversation within the window.</summary>
    public bool TryClaim(string conversationId)
    {
        var now = time.GetUtcNow();
        foreach (var (id, claimed) in claims)
        {
            if (now - claimed > Window)
            {
                claims.TryRemove(id, out _);
            }
        }

        return claims.TryAdd(conversationId, now);
    }
}

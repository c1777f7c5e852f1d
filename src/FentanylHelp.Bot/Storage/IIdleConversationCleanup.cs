namespace FentanylHelp.Bot.Storage;

/// <summary>A storage that can delete the items nobody wrote since a given moment.</summary>
public interface IIdleConversationCleanup
{
    /// <summary>Deletes every item last written before <paramref name="idleSince"/>; returns how many went.</summary>
    Task<int> DeleteIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken);
}

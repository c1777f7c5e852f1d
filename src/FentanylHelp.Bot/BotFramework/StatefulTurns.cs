using FentanylHelp.Bot.Storage;
using FentanylHelp.Dialogs.Engine;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace FentanylHelp.Bot.BotFramework;

/// <summary>
/// Runs the engine on a conversation's saved state and saves the new state before any reply is sent:
/// <list type="bullet">
/// <item>a write conflict (another turn of the same conversation saved first) reloads that newer state and
/// runs the turn again on it, so neither turn's effect is lost and no reply goes out twice;</item>
/// <item>storage that fails or answers slower than <c>Storage:Timeout</c> does not stop the answer: the turn
/// runs on a fresh state (crisis and help content need none) and the person is told, once, that the bot may
/// not remember the conversation.</item>
/// </list>
/// Bot Framework's <see cref="ConversationState"/> does the loading and saving; it hands the storage back
/// the ETag it read, which is what makes a stale save fail.
/// </summary>
public sealed partial class StatefulTurns(
    ConversationState conversationState,
    StateOutageNotices notices,
    IOptions<StorageOptions> options,
    ILogger<StatefulTurns> logger)
{
    /// <summary>Enough for a burst of taps; beyond that the last run's replies go out unsaved.</summary>
    public const int MaxAttempts = 5;

    private readonly IStatePropertyAccessor<DialogState> dialogState = conversationState.CreateProperty<DialogState>("dialog");

    // BotState keeps the stored item's ETag in this same entry; a new conversation gets "write only if new".
    private readonly IStatePropertyAccessor<string> storedETag = conversationState.CreateProperty<string>(StoredItem.ETagField);

    /// <summary>What the turn produced, and whether the person should hear that their place may be lost.</summary>
    public sealed record Outcome(IReadOnlyList<TurnResult> Results, bool TellStateMayBeLost);

    public async Task<Outcome> RunAsync(ITurnContext turnContext, Func<DialogState, IReadOnlyList<TurnResult>> turn, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WithTimeoutAsync(token => conversationState.LoadAsync(turnContext, force: true, token), cancellationToken);
            }
            catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
            {
                LogStorageFailed(logger, failure, "load");
                return new Outcome(turn(new DialogState()), ShouldTell(turnContext));
            }

            await storedETag.GetAsync(turnContext, () => StorageETags.NewItem, cancellationToken);
            var state = await dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
            var results = turn(state);
            await dialogState.SetAsync(turnContext, state, cancellationToken);
            try
            {
                await WithTimeoutAsync(token => conversationState.SaveChangesAsync(turnContext, force: false, token), cancellationToken);
                notices.StorageWorks();
                return new Outcome(results, false);
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                LogConflict(logger, attempt);
            }
            catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
            {
                LogStorageFailed(logger, failure, "save");
                return new Outcome(results, ShouldTell(turnContext));
            }
        }
    }

    private bool ShouldTell(ITurnContext turnContext) => notices.ShouldTell($"{turnContext.Activity.ChannelId}/{turnContext.Activity.Conversation?.Id}");

    /// <summary>
    /// Cancels the storage call after <c>Storage:Timeout</c> and stops waiting even if it ignores the token.
    /// Wall-clock time on purpose: it bounds how long a person waits, whatever the app's clock says.
    /// </summary>
    private async Task WithTimeoutAsync(Func<CancellationToken, Task> operation, CancellationToken cancellationToken)
    {
        var timeout = options.Value.Timeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        await operation(deadline.Token).WaitAsync(timeout, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Conversation storage failed to {Operation}; answering without the saved state")]
    private static partial void LogStorageFailed(ILogger logger, Exception exception, string operation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation state changed during the turn (attempt {Attempt}); running it again on the newer state")]
    private static partial void LogConflict(ILogger logger, int attempt);
}

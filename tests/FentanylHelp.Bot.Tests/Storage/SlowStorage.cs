using FentanylHelp.Bot.Storage;
using Microsoft.Bot.Builder;

namespace FentanylHelp.Bot.Tests.Storage;

/// <summary>Real in-memory storage behind a delay that ignores cancellation: storage that hangs.</summary>
internal sealed class SlowStorage(TimeSpan delay) : IStorage
{
    private readonly MemoryConversationStorage inner = new(TimeProvider.System);

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        await Task.Delay(delay, CancellationToken.None);
        return await inner.ReadAsync(keys, cancellationToken);
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        await Task.Delay(delay, CancellationToken.None);
        await inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
}

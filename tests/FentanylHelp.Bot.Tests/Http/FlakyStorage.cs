using Microsoft.Bot.Builder;

namespace FentanylHelp.Bot.Tests.Http;

/// <summary>Real in-memory storage whose first read fails: a fault injected to exercise the turn error handler.</summary>
internal sealed class FlakyStorage : IStorage
{
    private readonly MemoryStorage inner = new();
    private int reads;

    public int Deletes { get; private set; }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        Interlocked.Increment(ref reads) == 1
            ? throw new InvalidOperationException("storage unavailable")
            : inner.ReadAsync(keys, cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => inner.WriteAsync(changes, cancellationToken);

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        Deletes++;
        return inner.DeleteAsync(keys, cancellationToken);
    }
}

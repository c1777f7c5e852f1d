using FentanylHelp.Bot.Storage;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace FentanylHelp.Bot.Tests.Http;

/// <summary>
/// Real in-memory storage whose first read returns a saved dialog state that cannot be read back: a fault
/// injected to exercise the turn error handler. (Storage that is down is not an error: the bot answers
/// without state, see the storage fault tests.)
/// </summary>
internal sealed class CorruptFirstReadStorage : IStorage
{
    private readonly MemoryConversationStorage inner = new(TimeProvider.System);
    private int reads;

    public int Deletes { get; private set; }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref reads) == 1)
        {
            return keys.ToDictionary(key => key, object (_) => new JObject { ["dialog"] = new JArray("not", "a", "dialog", "state") });
        }

        return await inner.ReadAsync(keys, cancellationToken);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => inner.WriteAsync(changes, cancellationToken);

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        Deletes++;
        return inner.DeleteAsync(keys, cancellationToken);
    }
}

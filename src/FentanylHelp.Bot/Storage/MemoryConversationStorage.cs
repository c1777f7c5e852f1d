using Microsoft.Bot.Builder;

namespace FentanylHelp.Bot.Storage;

/// <summary>
/// Conversation state in process memory, with the same ETag contract as the durable providers. For tests:
/// everything is lost on restart and nothing is shared between instances.
/// </summary>
public sealed class MemoryConversationStorage(TimeProvider time) : IStorage, IIdleConversationCleanup
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Entry> items = new(StringComparer.Ordinal);

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, object>(StringComparer.Ordinal);
        lock (gate)
        {
            foreach (var key in keys)
            {
                if (items.TryGetValue(key, out var entry))
                {
                    found[key] = StoredItem.Read(entry.Json, entry.ETag);
                }
            }
        }

        return Task.FromResult<IDictionary<string, object>>(found);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var encoded = changes.Select(change => (change.Key, Item: StoredItem.From(change.Value))).ToList();
        var now = time.GetUtcNow();
        lock (gate)
        {
            foreach (var (key, item) in encoded)
            {
                var exists = items.TryGetValue(key, out var current);
                if (!item.Unconditional && (item.NewOnly ? exists : !exists || current!.ETag != item.ExpectedETag))
                {
                    throw new StorageConflictException(key);
                }

                items[key] = new Entry(item.Json, StoredItem.NewETag(), now);
            }
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (gate)
        {
            foreach (var key in keys)
            {
                items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    public Task<int> DeleteIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var idle = items.Where(item => item.Value.Written < idleSince).Select(item => item.Key).ToList();
            idle.ForEach(key => items.Remove(key));
            return Task.FromResult(idle.Count);
        }
    }

    private sealed record Entry(string Json, string ETag, DateTimeOffset Written);
}

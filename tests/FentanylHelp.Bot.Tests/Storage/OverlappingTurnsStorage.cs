using FentanylHelp.Bot.Storage;
using Microsoft.Bot.Builder;

namespace FentanylHelp.Bot.Tests.Storage;

/// <summary>
/// Real storage with a gate for making two turns overlap: once armed, the first save waits until a second
/// load has happened, so both turns start from the same saved state and one of their saves must conflict.
/// </summary>
internal sealed class OverlappingTurnsStorage(IStorage inner) : IStorage
{
    private TaskCompletionSource? secondLoad;
    private int loadsSinceArmed;
    private int savesSinceArmed;
    private int conflicts;

    public int Conflicts => conflicts;

    public void HoldFirstSaveUntilSecondLoad()
    {
        loadsSinceArmed = 0;
        savesSinceArmed = 0;
        secondLoad = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(keys, cancellationToken);
        if (secondLoad is not null && Interlocked.Increment(ref loadsSinceArmed) == 2)
        {
            secondLoad.TrySetResult();
        }

        return read;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        if (secondLoad is { } gate && Interlocked.Increment(ref savesSinceArmed) == 1)
        {
            await gate.Task.WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);
        }

        try
        {
            await inner.WriteAsync(changes, cancellationToken);
        }
        catch (StorageConflictException)
        {
            Interlocked.Increment(ref conflicts);
            throw;
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
}

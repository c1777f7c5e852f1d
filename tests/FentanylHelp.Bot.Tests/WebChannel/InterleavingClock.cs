using Microsoft.Extensions.Time.Testing;

namespace FentanylHelp.Bot.Tests.WebChannel;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that can run something right after one of its next readings, as if another
/// thread (the sweeper, say) had run at that very moment of a request: a race made to happen every time.
/// </summary>
internal sealed class InterleavingClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock gate = new();
    private int readingsToWait;
    private Action? interleaved;

    /// <summary>Runs <paramref name="action"/> once, right after the clock's <paramref name="reading"/>th reading from now.</summary>
    public void RunAfterReading(int reading, Action action)
    {
        lock (gate)
        {
            readingsToWait = reading;
            interleaved = action;
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        var now = base.GetUtcNow();
        Action? due = null;
        lock (gate)
        {
            if (interleaved is not null && --readingsToWait == 0)
            {
                (due, interleaved) = (interleaved, null);
            }
        }

        // Outside the lock: the action may read the clock itself.
        due?.Invoke();
        return now;
    }
}

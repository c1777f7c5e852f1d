using FentanylHelp.Bot.BotFramework.Teams;
using Microsoft.Extensions.Time.Testing;

namespace FentanylHelp.Bot.Tests.Teams;

public sealed class TeamsWelcomeGuardTests
{
    [Fact]
    public void Only_the_first_claim_for_a_conversation_wins_until_the_window_has_passed()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        var guard = new TeamsWelcomeGuard(time);

        var first = guard.TryClaim("a:1");
        var second = guard.TryClaim("a:1");
        var other = guard.TryClaim("a:2");
        time.Advance(TimeSpan.FromMinutes(11));
        var muchLater = guard.TryClaim("a:1");

        Assert.True(first);
        Assert.False(second);
        Assert.True(other);
        Assert.True(muchLater);
    }
}

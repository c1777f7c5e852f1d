using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using FentanylHelp.Dialogs.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>Idle expiry, saved states from older content, and the bounded history.</summary>
public sealed partial class DialogEngineTests
{
    [Fact]
    public void After_the_expiry_of_idleness_the_conversation_starts_afresh()
    {
        var (engine, time) = NewEngine();
        var state = At(engine, "quokka start");
        Say(engine, state, "2");

        time.Advance(new DialogEngineOptions().Expiry + TimeSpan.FromSeconds(1));
        var result = Say(engine, state, "1");

        Assert.Equal(WelcomeChain(), Keys(result));
        Assert.Empty(state.History);
        Assert.Empty(state.CallStack);
        Assert.Equal(time.GetUtcNow(), state.LastActive);
    }

    [Fact]
    public void Just_before_the_expiry_the_conversation_goes_on()
    {
        var (engine, time) = NewEngine();
        var state = At(engine, "quokka start");

        time.Advance(new DialogEngineOptions().Expiry - TimeSpan.FromSeconds(1));
        var result = Say(engine, state, "1");

        Assert.Equal([Deeper], Keys(result));
    }

    [Fact]
    public void Each_turn_restarts_the_idle_clock()
    {
        var (engine, time) = NewEngine();
        var state = At(engine, "quokka start");
        var almost = new DialogEngineOptions().Expiry - TimeSpan.FromMinutes(1);

        time.Advance(almost);
        Say(engine, state, "1");
        time.Advance(almost);
        var result = Say(engine, state, "3");

        Assert.Equal([Start], Keys(result));
    }

    [Fact]
    public void The_expiry_is_an_engine_option()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        var engine = DialogEngineFactory.Create(Catalog, time, new DialogEngineOptions { Expiry = TimeSpan.FromMinutes(30) });
        var state = At(engine, "quokka start");

        time.Advance(TimeSpan.FromMinutes(31));
        var result = Say(engine, state, NoMatch);

        Assert.Equal(WelcomeChain(), Keys(result));
    }

    [Fact]
    public void A_tap_on_an_old_card_after_expiry_still_does_what_its_label_says()
    {
        var (engine, time) = NewEngine();
        var state = At(engine, "quokka start");

        time.Advance(TimeSpan.FromDays(3));
        var result = Tap(engine, state, ("from", Start), ("choice", "1"));

        Assert.Equal([Deeper], Keys(result));
    }

    [Fact]
    public void Crisis_after_expiry_is_answered_as_a_first_message()
    {
        var (engine, time) = NewEngine();
        var state = At(engine, "quokka start");

        time.Advance(TimeSpan.FromDays(3));
        var result = Say(engine, state, "he is not breathing");

        Assert.Equal([CrisisNode("overdose")], Keys(result));
        Assert.Equal(CrisisNode("overdose"), state.Node);
    }

    [Theory]
    [InlineData("removed-node", null)]
    [InlineData(Start, "removed-node")]
    public void A_saved_state_naming_a_node_that_no_longer_exists_restarts_politely(string node, string? caller)
    {
        var (engine, _) = NewEngine();
        var state = new DialogState
        {
            Node = node,
            CallStack = caller is null ? [] : [caller],
            History = [new DialogPosition { Node = Start }],
            Misses = 1,
        };

        var result = Say(engine, state, "1");

        Assert.Equal(WelcomeChain(), Keys(result));
        Assert.Empty(state.History);
        Assert.Empty(state.CallStack);
        Assert.Equal(0, state.Misses);
    }

    [Fact]
    public void A_saved_state_of_another_version_restarts_politely()
    {
        var (engine, _) = NewEngine();
        var state = new DialogState { Version = DialogState.CurrentVersion + 1, Node = Start };

        var result = Say(engine, state, "1");

        Assert.Equal(WelcomeChain(), Keys(result));
        Assert.Equal(DialogState.CurrentVersion, state.Version);
    }

    [Fact]
    public void A_saved_history_naming_a_node_that_no_longer_exists_does_not_break_back()
    {
        var (engine, _) = NewEngine();
        var state = new DialogState { Node = Start, History = [new DialogPosition { Node = "removed-node" }] };

        var result = Say(engine, state, Word(GlobalCommand.Back));

        Assert.NotEmpty(result.Replies);
        Assert.True(state.Node is not null && Catalog.Nodes.ContainsKey(state.Node));
    }

    [Fact]
    public void History_keeps_only_the_most_recent_steps()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");

        for (var step = 0; step < DialogState.MaxHistory + 10; step++)
        {
            Say(engine, state, "1");
            Say(engine, state, "3");
        }

        Assert.Equal(DialogState.MaxHistory, state.History.Count);
        Assert.Equal(Deeper, state.History[^1].Node);
        Assert.Equal([Deeper], Keys(Say(engine, state, Word(GlobalCommand.Back))));
    }

    [Fact]
    public void Back_can_undo_at_most_MaxHistory_steps()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        for (var step = 0; step < DialogState.MaxHistory; step++)
        {
            Say(engine, state, "1");
            Say(engine, state, "3");
        }

        for (var step = 0; step < DialogState.MaxHistory; step++)
        {
            Assert.DoesNotContain(StringKeys.BackAtStart, Keys(Say(engine, state, Word(GlobalCommand.Back))));
        }

        Assert.Equal(StringKeys.BackAtStart, Keys(Say(engine, state, Word(GlobalCommand.Back)))[0]);
    }

    // --- Language -----------------------------------------------------------------------------
}

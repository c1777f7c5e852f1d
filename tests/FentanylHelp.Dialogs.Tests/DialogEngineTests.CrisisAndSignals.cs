using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using FentanylHelp.Dialogs.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>The crisis check on every turn, and the signals a choice reports.</summary>
public sealed partial class DialogEngineTests
{
    [Theory]
    [InlineData("my friend wont wake up", "overdose")]
    [InlineData("I think my friend is overdosing", "overdose")]
    [InlineData("I want to kill myself", "suicide")]
    [InlineData("my toddler swallowed a pill", "poison")]
    public void Crisis_text_mid_conversation_answers_the_emergency_first_then_offers_to_go_on(string text, string category)
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        Say(engine, state, "2");
        var before = Snapshot(state);

        var result = Say(engine, state, text);

        var emergency = CrisisNode(category);
        Assert.Equal([emergency, StringKeys.ResumeAfterEmergency], Keys(result));
        Assert.Equal(category, result.Crisis?.Category);
        Assert.Equal(emergency, result.Crisis?.ReplyNode);
        Assert.Equal(ExpectedChoiceValues(Side), ChoiceValues(result.Replies[1]));
        Assert.Equal(before, Snapshot(state));
        Assert.Equal([Start], Keys(Say(engine, state, "2")));
    }

    [Theory]
    [InlineData(Start)]
    [InlineData(Deeper)]
    [InlineData(ContentCatalog.RequiredNodes.Menu)]
    [InlineData(ContentCatalog.RequiredNodes.Help)]
    [InlineData(ContentCatalog.RequiredNodes.Welcome)]
    public void Crisis_text_at_any_node_comes_first_and_keeps_the_node(string node)
    {
        var (engine, _) = NewEngine();
        var state = new DialogState { Node = node };

        var result = Say(engine, state, "HE'S NOT BREATHING");

        Assert.Equal([CrisisNode("overdose"), StringKeys.ResumeAfterEmergency], Keys(result));
        Assert.Equal(ExpectedChoiceValues(node), ChoiceValues(result.Replies[1]));
        Assert.Equal(node, state.Node);
    }

    [Theory]
    [InlineData("he is not breathing", "overdose")]
    [InlineData("i want to end my life", "suicide")]
    [InlineData("my kid ate a fentanyl patch", "poison")]
    public void Crisis_as_the_first_message_shows_only_the_emergency_node_and_stays_there(string text, string category)
    {
        var (engine, _) = NewEngine();
        var state = new DialogState();

        var result = Say(engine, state, text);

        var emergency = CrisisNode(category);
        Assert.Equal([emergency], Keys(result));
        Assert.Equal(emergency, state.Node);
        Assert.Equal(ExpectedChoiceValues(emergency), ChoiceValues(result.Replies[0]));
        Assert.Equal(category, result.Crisis?.Category);
    }

    [Fact]
    public void Crisis_text_wins_over_a_matching_ask_phrase_and_over_commands_words_around_it()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");

        var result = Say(engine, state, "quokka start help my friend wont wake up");

        Assert.Equal(CrisisNode("overdose"), Keys(result)[0]);
    }

    [Fact]
    public void A_turn_without_crisis_reports_no_crisis()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");

        Assert.Null(Say(engine, state, "1").Crisis);
    }

    // --- Signals ------------------------------------------------------------------------------

    [Theory]
    [InlineData("1", "tt-helpful")]
    [InlineData("2", "tt-not-helpful")]
    public void A_choice_with_a_signal_reports_it_in_the_turn_result(string choice, string signal)
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        Say(engine, state, "1");

        var typed = Say(engine, state, choice);
        Say(engine, state, "1");
        var tapped = Tap(engine, state, ("from", Deeper), ("choice", choice));

        Assert.Equal([signal], typed.Signals);
        Assert.Equal([signal], tapped.Signals);
    }

    [Fact]
    public void A_choice_without_a_signal_reports_none()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        Say(engine, state, "1");

        Assert.Empty(Say(engine, state, "3").Signals);
    }

    // --- State --------------------------------------------------------------------------------
}

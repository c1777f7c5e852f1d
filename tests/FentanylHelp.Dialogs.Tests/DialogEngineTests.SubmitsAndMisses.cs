using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using FentanylHelp.Dialogs.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>Card submits (current, old and invalid) and messages the engine cannot place.</summary>
public sealed partial class DialogEngineTests
{
    [Fact]
    public void Card_submit_with_the_values_a_reply_offered_picks_that_choice()
    {
        var (engine, _) = NewEngine();
        var state = Begin(engine);
        var offered = Assert.Single(Say(engine, state, "quokka start").Replies).Choices;

        var result = engine.Turn(TurnInput.Submit(offered[2].Value), state);

        Assert.Equal([Special], Keys(result));
    }

    [Fact]
    public void Card_submit_from_an_older_card_picks_the_choice_of_the_node_it_names()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        Say(engine, state, "3");
        Assert.Equal(Special, state.Node);

        var result = Tap(engine, state, ("from", Start), ("choice", "1"));

        Assert.Equal([Deeper], Keys(result));
        Assert.Equal(Deeper, state.Node);
        Assert.Equal(Special, state.History[^1].Node);
    }

    [Theory]
    [InlineData("from=no-such-node", "choice=1")]
    [InlineData("from=tt-start", "choice=0")]
    [InlineData("from=tt-start", "choice=5")]
    [InlineData("from=tt-start", "choice=99999999999999999999")]
    [InlineData("from=tt-start", "choice=-1")]
    [InlineData("from=tt-start", "choice=+1")]
    [InlineData("from=tt-start", "choice= 1")]
    [InlineData("from=tt-start", "choice=1.0")]
    [InlineData("from=tt-start", "choice=one")]
    [InlineData("from=tt-start", "choice=")]
    [InlineData("from=", "choice=1")]
    [InlineData("from=TT-START", "choice=1")]
    [InlineData("from=tt-start")]
    [InlineData("choice=1")]
    [InlineData("command=no-such-command")]
    [InlineData("command=")]
    [InlineData("command=42")]
    [InlineData("unrelated=value")]
    [InlineData]
    public void Invalid_submit_values_are_not_understood_and_show_the_menu(params string[] pairs)
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        var value = pairs.Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);

        var result = engine.Turn(TurnInput.Submit(value), state);

        Assert.Equal(NotUnderstoodThenMenu(), Keys(result));
        Assert.Equal(ContentCatalog.RequiredNodes.Menu, state.Node);
    }

    [Theory]
    [InlineData("menu")]
    [InlineData("MENU")]
    [InlineData("Menu")]
    public void Card_submit_with_a_command_name_runs_that_command(string command)
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");

        var result = Tap(engine, state, ("command", command));

        Assert.Equal([ContentCatalog.RequiredNodes.Menu], Keys(result));
    }

    [Fact]
    public void Card_submit_with_a_numeric_command_is_not_a_command()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        Say(engine, state, "1");

        var result = Tap(engine, state, ("command", "1"));

        Assert.Equal(NotUnderstoodThenMenu(), Keys(result));
    }

    // --- Not understood -----------------------------------------------------------------------

    [Fact]
    public void Unrecognized_text_mid_conversation_is_not_understood_then_shows_the_menu()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");

        var result = Say(engine, state, NoMatch);

        Assert.Equal(NotUnderstoodThenMenu(), Keys(result));
        Assert.Equal(ExpectedChoiceValues(ContentCatalog.RequiredNodes.Menu), ChoiceValues(result.Replies[^1]));
        Assert.Equal(1, state.Misses);
    }

    [Fact]
    public void A_number_that_picks_no_button_is_not_taken_for_a_question_holding_that_number()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka tour");

        var result = Say(engine, state, "7");

        Assert.Equal(NotUnderstoodThenMenu(), Keys(result));
        Assert.Equal(["tt-bare"], Keys(Say(engine, state, "quokka 7")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Empty_text_mid_conversation_is_not_understood(string? text)
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");

        var result = engine.Turn(TurnInput.Message(text), state);

        Assert.Equal(NotUnderstoodThenMenu(), Keys(result));
    }

    [Fact]
    public void A_second_miss_in_a_row_says_so_again_and_offers_help()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        Say(engine, state, NoMatch);

        var result = Say(engine, state, "still nonsense qwxz");

        Assert.Equal([StringKeys.NotUnderstoodAgain, .. Chain(ContentCatalog.RequiredNodes.Help)], Keys(result));
        Assert.Equal(ContentCatalog.RequiredNodes.Help, state.Node);
        Assert.Equal([ContentCatalog.RequiredNodes.Menu], state.CallStack);
    }

    [Fact]
    public void An_understood_message_between_misses_starts_the_count_again()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        Say(engine, state, NoMatch);
        Say(engine, state, "quokka start");

        var result = Say(engine, state, NoMatch);

        Assert.Equal(NotUnderstoodThenMenu(), Keys(result));
        Assert.Equal(1, state.Misses);
    }

    [Fact]
    public void Go_back_from_help_after_several_misses_leaves_help()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        Say(engine, state, NoMatch);
        Say(engine, state, NoMatch);
        Say(engine, state, NoMatch);

        var result = Say(engine, state, ReturnChoiceNumber(ContentCatalog.RequiredNodes.Help));

        Assert.NotEqual(ContentCatalog.RequiredNodes.Help, Keys(result)[0]);
        Assert.Empty(state.CallStack);
    }

    // --- Commands -----------------------------------------------------------------------------
}

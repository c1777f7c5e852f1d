using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using FentanylHelp.Dialogs.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>Starting, following next links, typed questions and typed choices.</summary>
public sealed partial class DialogEngineTests
{
    [Fact]
    public void Test_topics_load_without_diagnostics()
    {
        var (_, diagnostics) = ContentLoader.Load(TestFiles());

        Assert.True(diagnostics.Count == 0, string.Join(Environment.NewLine, diagnostics));
    }

    // --- Starting -----------------------------------------------------------------------------

    [Fact]
    public void Conversation_start_shows_the_welcome_then_the_menu_through_next()
    {
        var (engine, _) = NewEngine();
        var state = new DialogState();

        var result = engine.Turn(TurnInput.Start("en-US"), state);

        Assert.Equal(WelcomeChain(), Keys(result));
        Assert.Equal(ContentCatalog.RequiredNodes.Welcome, Keys(result)[0]);
        Assert.Equal(ContentCatalog.RequiredNodes.Menu, Keys(result)[^1]);
        Assert.Equal(ContentCatalog.RequiredNodes.Menu, state.Node);
        Assert.Empty(state.History);
        Assert.Null(result.Crisis);
    }

    [Fact]
    public void Next_links_are_followed_in_the_same_turn_and_the_last_node_becomes_current()
    {
        var (engine, _) = NewEngine();
        var state = Begin(engine);

        var result = Say(engine, state, "quokka tour");

        Assert.Equal([Intro, Start], Keys(result));
        Assert.Equal(Start, state.Node);
    }

    [Fact]
    public void A_loop_of_next_links_stops_after_a_bounded_chain()
    {
        var (engine, _) = NewEngine();
        var state = Begin(engine);

        var result = Say(engine, state, "quokka loop");

        Assert.InRange(result.Replies.Count, 2, 20);
        Assert.All(Keys(result), key => Assert.StartsWith("tt-loop-", key, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(NoMatch)]
    [InlineData("1")]
    [InlineData("ok")]
    public void A_fresh_conversations_unrecognized_first_message_gets_the_welcome(string text)
    {
        var (engine, _) = NewEngine();
        var state = new DialogState();

        var result = Say(engine, state, text);

        Assert.Equal(WelcomeChain(), Keys(result));
        Assert.Equal(0, state.Misses);
    }

    [Fact]
    public void A_fresh_conversations_first_question_goes_straight_to_its_answer()
    {
        var (engine, _) = NewEngine();
        var state = new DialogState();

        var result = Say(engine, state, "quokka start");

        Assert.Equal([Start], Keys(result));
        Assert.Equal(Start, state.Node);
    }

    // --- Questions and choices ----------------------------------------------------------------

    [Theory]
    [InlineData("quokka start")]
    [InlineData("Tell me about the QUOKKA START, please?")]
    [InlineData("quokka-start")]
    public void Typed_question_matching_an_ask_phrase_answers_with_that_node_first(string text)
    {
        var (engine, _) = NewEngine();
        var state = Begin(engine);

        var result = Say(engine, state, text);

        Assert.Equal(Start, Keys(result)[0]);
        Assert.Equal(Start, state.Node);
        Assert.Equal(ContentCatalog.RequiredNodes.Menu, state.History[^1].Node);
    }

    [Fact]
    public void Typed_question_in_a_side_branch_answers_it_as_a_fresh_topic()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        Say(engine, state, "2");
        Assert.Equal([Start], state.CallStack);

        var result = Say(engine, state, "quokka bare");

        Assert.Equal([Bare], Keys(result));
        Assert.Empty(state.CallStack);
    }

    [Theory]
    [InlineData("1", Deeper)]
    [InlineData("2", Side)]
    [InlineData("3", Special)]
    [InlineData(" 3. ", Special)]
    [InlineData("#1", Deeper)]
    [InlineData("01", Deeper)]
    public void Typed_choice_number_picks_that_choice(string text, string expected)
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");

        var result = Say(engine, state, text);

        Assert.Equal([expected], Keys(result));
        Assert.Equal(expected, state.Node);
    }

    [Theory]
    [InlineData("Go deeper", Deeper)]
    [InlineData("GO DEEPER!", Deeper)]
    [InlineData("side trip", Side)]
    [InlineData("Menú Spécial", Special)]
    [InlineData("menu special", Special)]
    [InlineData("  MENU,   SPECIAL ", Special)]
    [InlineData("mEnÚ spéciál", Special)]
    public void Typed_choice_label_picks_that_choice_ignoring_case_accents_and_punctuation(string text, string expected)
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");

        var result = Say(engine, state, text);

        Assert.Equal([expected], Keys(result));
    }

    [Fact]
    public void A_choice_label_of_another_node_is_understood_as_a_question_about_that_node()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");

        var result = Say(engine, state, "further inside the branch");

        Assert.Equal(["tt-inner"], Keys(result));
    }

    [Theory]
    [InlineData("5")]
    [InlineData("9")]
    [InlineData("99999999999999999999")]
    public void Typed_number_beyond_the_choices_is_not_understood(string text)
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        Assert.True(int.Parse(text[..1], System.Globalization.CultureInfo.InvariantCulture) > Catalog.Nodes[Start].Choices.Count);

        var result = Say(engine, state, text);

        Assert.Equal(NotUnderstoodThenMenu(), Keys(result));
    }

    [Fact]
    public void Each_node_reply_offers_its_choices_with_values_naming_the_node_and_the_number()
    {
        var (engine, _) = NewEngine();
        var state = Begin(engine);

        var reply = Assert.Single(Say(engine, state, "quokka start").Replies);

        Assert.Equal(ExpectedChoiceValues(Start), ChoiceValues(reply));
        Assert.Equal(["Go deeper", "Side trip", "Menú Spécial", "Main menu"], reply.Choices.Select(choice => choice.Label));
    }

    [Fact]
    public void A_node_with_facts_and_no_card_is_shown_on_the_fact_card()
    {
        var (engine, _) = NewEngine();
        var state = Begin(engine);

        var reply = Assert.Single(Say(engine, state, "quokka start").Replies);
        var bare = Assert.Single(Say(engine, state, "quokka bare").Replies);

        Assert.NotNull(reply.Card);
        Assert.Null(bare.Card);
    }

    // --- Card submits -------------------------------------------------------------------------
}

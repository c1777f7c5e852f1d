using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using FentanylHelp.Dialogs.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>Command words and the navigation they give: menu, back, start over, help, privacy, sources, language, call and return.</summary>
public sealed partial class DialogEngineTests
{
    [Fact]
    public void Menu_command_shows_the_menu_and_closes_side_branches()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        Say(engine, state, "2");

        var result = Say(engine, state, Word(GlobalCommand.Menu));

        Assert.Equal([ContentCatalog.RequiredNodes.Menu], Keys(result));
        Assert.Empty(state.CallStack);
        Assert.Equal(Side, state.History[^1].Node);
    }

    [Theory]
    [InlineData(GlobalCommand.Menu)]
    [InlineData(GlobalCommand.Back)]
    [InlineData(GlobalCommand.Restart)]
    [InlineData(GlobalCommand.Help)]
    [InlineData(GlobalCommand.Privacy)]
    [InlineData(GlobalCommand.Sources)]
    [InlineData(GlobalCommand.Language)]
    public void Command_words_work_in_capitals_and_with_punctuation(GlobalCommand command)
    {
        var (plainEngine, _) = NewEngine();
        var (shoutedEngine, _) = NewEngine();
        var plainState = At(plainEngine, "quokka start");
        var shoutedState = At(shoutedEngine, "quokka start");
        Say(plainEngine, plainState, "1");
        Say(shoutedEngine, shoutedState, "1");

        var plain = Say(plainEngine, plainState, Word(command));
        var shouted = Say(shoutedEngine, shoutedState, $"  {Word(command).ToUpperInvariant()}!! ");

        Assert.Equal(Keys(plain), Keys(shouted));
        Assert.DoesNotContain(StringKeys.NotUnderstood, Keys(plain));
    }

    [Fact]
    public void A_command_word_inside_a_longer_message_is_not_a_command()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");

        var result = Say(engine, state, $"{Word(GlobalCommand.Privacy)} qwxz zzyx");

        Assert.Equal(NotUnderstoodThenMenu(), Keys(result));
    }

    [Fact]
    public void Back_returns_to_the_previous_node()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        Say(engine, state, "1");

        var result = Say(engine, state, Word(GlobalCommand.Back));

        Assert.Equal([Start], Keys(result));
        Assert.Equal(Start, state.Node);
    }

    [Fact]
    public void Back_again_walks_further_back_through_the_history()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        Say(engine, state, "3");
        Say(engine, state, "1");

        Assert.Equal([Special], Keys(Say(engine, state, Word(GlobalCommand.Back))));
        Assert.Equal([Start], Keys(Say(engine, state, Word(GlobalCommand.Back))));
        Assert.Equal([ContentCatalog.RequiredNodes.Menu], Keys(Say(engine, state, Word(GlobalCommand.Back))));
        Assert.Equal([StringKeys.BackAtStart, ContentCatalog.RequiredNodes.Menu], Keys(Say(engine, state, Word(GlobalCommand.Back))));
    }

    [Fact]
    public void Back_restores_the_side_branches_that_were_open()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        Say(engine, state, "2");
        Say(engine, state, "1");
        Assert.Equal([Start, Side], state.CallStack);

        var result = Say(engine, state, Word(GlobalCommand.Back));

        Assert.Equal([Side], Keys(result));
        Assert.Equal([Start], state.CallStack);
        Assert.Equal([Start], Keys(Say(engine, state, "2")));
    }

    [Fact]
    public void Back_with_no_history_says_so_and_shows_the_menu()
    {
        var (engine, _) = NewEngine();
        var state = Begin(engine);

        var result = Say(engine, state, Word(GlobalCommand.Back));

        Assert.Equal([StringKeys.BackAtStart, ContentCatalog.RequiredNodes.Menu], Keys(result));
        Assert.Equal(ContentCatalog.RequiredNodes.Menu, state.Node);
    }

    [Fact]
    public void Start_over_shows_the_welcome_chain_and_clears_history_and_side_branches()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        Say(engine, state, "2");
        Say(engine, state, "1");
        Say(engine, state, NoMatch);

        var result = Say(engine, state, Word(GlobalCommand.Restart));

        Assert.Equal(WelcomeChain(), Keys(result));
        Assert.Empty(state.History);
        Assert.Empty(state.CallStack);
        Assert.Equal(0, state.Misses);
        Assert.Equal([StringKeys.BackAtStart, ContentCatalog.RequiredNodes.Menu], Keys(Say(engine, state, Word(GlobalCommand.Back))));
    }

    [Theory]
    [InlineData(GlobalCommand.Help, ContentCatalog.RequiredNodes.Help)]
    [InlineData(GlobalCommand.Privacy, ContentCatalog.RequiredNodes.Privacy)]
    public void Help_and_privacy_are_side_visits_whose_return_choice_comes_back_to_where_you_were(GlobalCommand command, string node)
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        Say(engine, state, "1");

        var visit = Say(engine, state, Word(command));
        var back = Say(engine, state, ReturnChoiceNumber(node));

        Assert.Equal(Chain(node), Keys(visit));
        Assert.Equal([Deeper], Keys(back));
        Assert.Equal(Deeper, state.Node);
        Assert.Empty(state.CallStack);
    }

    [Fact]
    public void Help_then_privacy_nest_and_return_one_level_at_a_time()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        Say(engine, state, Word(GlobalCommand.Help));
        Say(engine, state, Word(GlobalCommand.Privacy));
        Assert.Equal([Start, ContentCatalog.RequiredNodes.Help], state.CallStack);

        Assert.Equal([ContentCatalog.RequiredNodes.Help], Keys(Say(engine, state, ReturnChoiceNumber(ContentCatalog.RequiredNodes.Privacy))));
        Assert.Equal([Start], Keys(Say(engine, state, ReturnChoiceNumber(ContentCatalog.RequiredNodes.Help))));
    }

    [Fact]
    public void Sources_shows_the_current_topics_sources_and_offers_the_current_choices_again()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        var historyBefore = state.History.Count;

        var result = Say(engine, state, Word(GlobalCommand.Sources));

        var reply = Assert.Single(result.Replies);
        Assert.Equal(ReplyFactory.SourcesKey, reply.Key);
        Assert.Contains(Catalog.Facts[FactId].Documents[0].Citation.For(LocalizedText.BaseLanguage), reply.Text, StringComparison.Ordinal);
        Assert.NotNull(reply.Card);
        Assert.Equal(ExpectedChoiceValues(Start), ChoiceValues(reply));
        Assert.Equal(Start, state.Node);
        Assert.Equal(historyBefore, state.History.Count);
    }

    [Fact]
    public void Sources_lists_the_facts_of_every_node_of_the_topic_not_just_the_current_one()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        Say(engine, state, "1");

        var reply = Assert.Single(Say(engine, state, Word(GlobalCommand.Sources)).Replies);

        Assert.Equal(ReplyFactory.SourcesKey, reply.Key);
        Assert.Contains(Catalog.Facts[FactId].Documents[0].Citation.For(LocalizedText.BaseLanguage), reply.Text, StringComparison.Ordinal);
        Assert.Equal(ExpectedChoiceValues(Deeper), ChoiceValues(reply));
    }

    [Fact]
    public void Sources_in_a_topic_without_facts_says_there_are_none_and_offers_the_current_choices_again()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka bare");

        var result = Say(engine, state, Word(GlobalCommand.Sources));

        var reply = Assert.Single(result.Replies);
        Assert.Equal(StringKeys.SourcesNone, reply.Key);
        Assert.Equal(ExpectedChoiceValues(Bare), ChoiceValues(reply));
        Assert.Equal(Bare, state.Node);
    }

    [Fact]
    public void Language_switches_to_the_other_language_and_shows_the_same_node_again()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");
        Say(engine, state, "2");

        var result = Say(engine, state, Word(GlobalCommand.Language));

        Assert.Equal([StringKeys.LanguageSwitched, Side], Keys(result));
        Assert.Equal("es", state.Language);
        Assert.Equal("es", result.Language);
        Assert.Equal(Side, state.Node);
    }

    [Fact]
    public void Language_says_the_other_language_is_coming_soon_while_content_has_only_english()
    {
        var (engine, _) = TestContent.Engine(TestContent.EnglishOnly());
        var state = new DialogState();
        engine.Turn(TurnInput.Message("hi"), state);

        var result = engine.Turn(TurnInput.Message("language"), state);

        Assert.Equal(StringKeys.LanguageComingSoon, result.Replies[0].Key);
        Assert.Equal("en", state.Language);
    }

    [Theory]
    [InlineData(GlobalCommand.Sources)]
    [InlineData(GlobalCommand.Language)]
    public void Sources_or_language_as_the_first_message_still_offers_a_way_on(GlobalCommand command)
    {
        var (engine, _) = NewEngine();
        var state = new DialogState();

        var result = Say(engine, state, Word(command));

        Assert.NotEmpty(result.Replies[^1].Choices);
    }

    // --- Side branches ------------------------------------------------------------------------

    [Fact]
    public void Call_and_return_nest_two_levels_deep()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka start");

        Assert.Equal([Side], Keys(Say(engine, state, "2")));
        Assert.Equal([Start], state.CallStack);
        Assert.Equal([Inner], Keys(Say(engine, state, "1")));
        Assert.Equal([Start, Side], state.CallStack);

        Assert.Equal([Side], Keys(Say(engine, state, "1")));
        Assert.Equal([Start], state.CallStack);
        Assert.Equal([Start], Keys(Say(engine, state, "2")));
        Assert.Empty(state.CallStack);
    }

    [Fact]
    public void Return_with_no_caller_shows_the_menu()
    {
        var (engine, _) = NewEngine();
        var state = At(engine, "quokka side");
        Assert.Empty(state.CallStack);

        var result = Say(engine, state, "2");

        Assert.Equal([ContentCatalog.RequiredNodes.Menu], Keys(result));
        Assert.Equal(ContentCatalog.RequiredNodes.Menu, state.Node);
    }

    // --- Crisis -------------------------------------------------------------------------------
}

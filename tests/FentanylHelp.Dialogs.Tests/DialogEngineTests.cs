using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using FentanylHelp.Dialogs.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>
/// Engine mechanics on the real content plus two small test topics (below) whose structure the tests know,
/// so editors can change the real journeys without breaking these tests. Replies are checked by key.
/// </summary>
public sealed class DialogEngineTests
{
    // Test topic (reached by typing its ask phrases):
    //   tt-intro  --next-->  tt-start: 1 goto tt-deeper, 2 call tt-side, 3 goto tt-special ("Menú Spécial"), 4 command menu
    //   tt-deeper: 1 goto tt-start (signal tt-helpful), 2 goto tt-start (signal tt-not-helpful), 3 goto tt-start
    //   tt-side: 1 call tt-inner, 2 return      tt-inner: 1 return      tt-loop-a <--next--> tt-loop-b
    // A second topic, enginebare, cites no facts: tt-bare.
    private const string Start = "tt-start";
    private const string Intro = "tt-intro";
    private const string Deeper = "tt-deeper";
    private const string Special = "tt-special";
    private const string Side = "tt-side";
    private const string Inner = "tt-inner";
    private const string Bare = "tt-bare";
    private const string NoMatch = "xyzzy plugh";

    private static readonly string FactId = TestContent.Catalog.Facts.Keys.Order(StringComparer.Ordinal).First();

    private static readonly ContentCatalog Catalog = LoadTestCatalog();

    private static string TopicYaml => $$"""
        dialog: enginetest
        title:
          en: Engine test topic
        nodes:
          - id: tt-intro
            text:
              en: Intro shown before the start.
            ask:
              en:
                - quokka tour
            next: tt-start

          - id: tt-start
            facts: [{{FactId}}]
            text:
              en: The start of the test topic.
            ask:
              en:
                - quokka start
            choices:
              - label: { en: "Go deeper" }
                goto: tt-deeper
              - label: { en: "Side trip" }
                call: tt-side
              - label: { en: "Menú Spécial" }
                goto: tt-special
              - label: { en: "Main menu" }
                command: menu

          - id: tt-deeper
            text:
              en: Deeper.
            choices:
              - label: { en: "Useful" }
                goto: tt-start
                signal: tt-helpful
              - label: { en: "Not useful" }
                goto: tt-start
                signal: tt-not-helpful
              - label: { en: "To the start" }
                goto: tt-start

          - id: tt-special
            text:
              en: Special.
            choices:
              - label: { en: "To the start" }
                goto: tt-start

          - id: tt-side
            text:
              en: Side branch.
            ask:
              en:
                - quokka side
            choices:
              - label: { en: "Further inside the branch" }
                call: tt-inner
              - label: { en: "Return from side" }
                return: true

          - id: tt-inner
            text:
              en: Inner branch.
            choices:
              - label: { en: "Return from inner" }
                return: true

          - id: tt-loop-a
            text:
              en: Loop A.
            ask:
              en:
                - quokka loop
            next: tt-loop-b

          - id: tt-loop-b
            text:
              en: Loop B.
            next: tt-loop-a
        """;

    private const string BareYaml = """
        dialog: enginebare
        nodes:
          - id: tt-bare
            text:
              en: A node of a topic that cites nothing.
            ask:
              en:
                - quokka bare
            choices:
              - label: { en: "To the start" }
                goto: tt-start
              - label: { en: "Main menu" }
                command: menu
        """;

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
        Assert.Contains(Catalog.Facts[FactId].Source.For(LocalizedText.BaseLanguage), reply.Text, StringComparison.Ordinal);
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
        Assert.Contains(Catalog.Facts[FactId].Source.For(LocalizedText.BaseLanguage), reply.Text, StringComparison.Ordinal);
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

    [Theory]
    [InlineData("es-MX")]
    [InlineData("es")]
    [InlineData("ES-us")]
    public void A_spanish_locale_falls_back_to_english_while_content_has_no_spanish_strings(string locale)
    {
        var (engine, _) = TestContent.Engine(TestContent.EnglishOnly());
        var state = new DialogState();

        var result = engine.Turn(TurnInput.Start(locale), state);

        Assert.Equal(LocalizedText.BaseLanguage, result.Language);
        Assert.Equal(LocalizedText.BaseLanguage, state.Language);
        Assert.Equal(WelcomeChain(), Keys(result));
        Assert.Equal(Catalog.Nodes[ContentCatalog.RequiredNodes.Welcome].Text!.For(LocalizedText.BaseLanguage), result.Replies[0].Text);
    }

    [Theory]
    [InlineData("es-MX")]
    [InlineData("es")]
    [InlineData("ES-us")]
    public void A_spanish_locale_gets_spanish_replies(string locale)
    {
        var (engine, _) = NewEngine();
        var state = new DialogState();

        var result = engine.Turn(TurnInput.Start(locale), state);

        Assert.Equal("es", result.Language);
        Assert.Equal("es", state.Language);
        Assert.Equal(Catalog.Nodes[ContentCatalog.RequiredNodes.Welcome].Text!.For("es"), result.Replies[0].Text);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("x")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_or_missing_locale_falls_back_to_english(string? locale)
    {
        var (engine, _) = NewEngine();
        var state = new DialogState();

        var result = engine.Turn(TurnInput.Message("quokka start", locale), state);

        Assert.Equal(LocalizedText.BaseLanguage, result.Language);
        Assert.Equal([Start], Keys(result));
    }

    // --- Always an answer ---------------------------------------------------------------------

    [Fact]
    public void The_engine_answers_every_message_at_every_node_without_throwing()
    {
        string[] messages =
        [
            NoMatch, "1", "2", "3", "4", "7", "0", "quokka start", "quokka side", "he is not breathing", "?", "   ",
            .. Enum.GetValues<GlobalCommand>().Select(Word),
        ];
        var failures = new List<string>();

        foreach (var node in Catalog.Nodes.Keys.Append(null))
        {
            foreach (var message in messages)
            {
                var (engine, _) = NewEngine();
                var state = new DialogState { Node = node, CallStack = node is null ? [] : [ContentCatalog.RequiredNodes.Menu] };
                try
                {
                    var result = Say(engine, state, message);
                    if (result.Replies.Count == 0 || result.Replies.Any(reply => string.IsNullOrEmpty(reply.Key)))
                    {
                        failures.Add($"{node ?? "(new)"} + '{message}': no reply");
                    }
                    else if (state.Node is not null && !Catalog.Nodes.ContainsKey(state.Node))
                    {
                        failures.Add($"{node ?? "(new)"} + '{message}': left at unknown node '{state.Node}'");
                    }
                }
                catch (Exception error) when (error is KeyNotFoundException or InvalidOperationException or NullReferenceException or ArgumentException)
                {
                    failures.Add($"{node ?? "(new)"} + '{message}': {error.GetType().Name}: {error.Message}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Every_choice_of_every_real_node_can_be_tapped()
    {
        var failures = new List<string>();
        foreach (var node in TestContent.Catalog.NodeList)
        {
            for (var number = 1; number <= node.Choices.Count; number++)
            {
                var (engine, _) = TestContent.Engine();
                var state = new DialogState { Node = node.Id };
                var result = Tap(engine, state, ("from", node.Id), ("choice", number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                if (result.Replies.Count == 0 || result.Replies[0].Key == StringKeys.NotUnderstood)
                {
                    failures.Add($"{node.Id} choice {number}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    // --- Helpers ------------------------------------------------------------------------------

    private static IReadOnlyList<ContentFile> TestFiles() =>
        TestContent.With(
            new ContentFile("dialogs/enginetest.dialog.yaml", TopicYaml),
            new ContentFile("dialogs/enginebare.dialog.yaml", BareYaml));

    private static ContentCatalog LoadTestCatalog()
    {
        var (catalog, diagnostics) = ContentLoader.Load(TestFiles());
        return diagnostics.Count == 0 ? catalog : throw new ContentException(diagnostics);
    }

    private static (DialogEngine Engine, FakeTimeProvider Time) NewEngine() => TestContent.Engine(Catalog);

    /// <summary>A conversation that has just started: the welcome chain shown, at its last node.</summary>
    private static DialogState Begin(DialogEngine engine)
    {
        var state = new DialogState();
        engine.Turn(TurnInput.Start("en-US"), state);
        return state;
    }

    /// <summary>A started conversation, then the given question typed.</summary>
    private static DialogState At(DialogEngine engine, string question)
    {
        var state = Begin(engine);
        engine.Turn(TurnInput.Message(question, "en-US"), state);
        return state;
    }

    private static TurnResult Say(DialogEngine engine, DialogState state, string text) =>
        engine.Turn(TurnInput.Message(text, "en-US"), state);

    private static TurnResult Tap(DialogEngine engine, DialogState state, params (string Key, string Value)[] value) =>
        engine.Turn(TurnInput.Submit(value.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal), "en-US"), state);

    private static string[] Keys(TurnResult result) => [.. result.Replies.Select(reply => reply.Key)];

    /// <summary>A node and the nodes its 'next' links show after it.</summary>
    private static string[] Chain(string node)
    {
        var chain = new List<string>();
        for (string? next = node; next is not null && chain.Count < 10; next = Catalog.Nodes[next].Next)
        {
            chain.Add(next);
        }

        return [.. chain];
    }

    private static string[] WelcomeChain() => Chain(ContentCatalog.RequiredNodes.Welcome);

    private static string[] NotUnderstoodThenMenu() => [StringKeys.NotUnderstood, .. Chain(ContentCatalog.RequiredNodes.Menu)];

    private static string Word(GlobalCommand command) =>
        Catalog.Commands.First(words => words.Command == command).Words.For(LocalizedText.BaseLanguage)[0];

    private static string CrisisNode(string category) => Catalog.Crisis.Single(entry => entry.Name == category).ReplyNode;

    /// <summary>The number to type for a node's 'return: true' choice.</summary>
    private static string ReturnChoiceNumber(string node)
    {
        var choices = Catalog.Nodes[node].Choices;
        var index = choices.ToList().FindIndex(choice => choice.Action == ChoiceAction.Return);
        Assert.True(index >= 0, $"node '{node}' has no 'return: true' choice");
        return (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string[] ChoiceValues(Reply reply) =>
        [.. reply.Choices.Select(choice => $"{choice.Value[SubmitKeys.From]}#{choice.Value[SubmitKeys.Choice]}")];

    private static string[] ExpectedChoiceValues(string node) =>
        [.. Enumerable.Range(1, Catalog.Nodes[node].Choices.Count).Select(number => $"{node}#{number}")];

    private static string Snapshot(DialogState state) =>
        $"{state.Node} | {string.Join(",", state.CallStack)} | {string.Join(",", state.History.Select(position => $"{position.Node}[{string.Join(",", position.CallStack)}]"))} | {state.Language} | {state.Misses}";
}

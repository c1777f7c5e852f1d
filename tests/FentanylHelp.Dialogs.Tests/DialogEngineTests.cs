using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using FentanylHelp.Dialogs.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>
/// Engine mechanics on the real content plus two small test topics (below) whose structure the tests know,
/// so editors can change the real journeys without breaking these tests. Replies are checked by key.
/// </summary>
public sealed partial class DialogEngineTests
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
                - quokka 7
            choices:
              - label: { en: "To the start" }
                goto: tt-start
              - label: { en: "Main menu" }
                command: menu
        """;

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

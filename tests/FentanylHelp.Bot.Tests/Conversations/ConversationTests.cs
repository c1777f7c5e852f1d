using System.Globalization;
using FentanylHelp.Dialogs.Engine;
using Microsoft.Bot.Schema;

namespace FentanylHelp.Bot.Tests.Conversations;

/// <summary>Replays every tests/conversations/*.convo file through the real bot, turn by turn, printing the transcript.</summary>
public sealed class ConversationTests
{
    public static TheoryData<string> Scripts() => [.. ConversationScript.Names()];

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Conversation_plays_out_as_scripted(string name)
    {
        var script = ConversationScript.Load(name);
        await using var harness = BotHarness.Create();
        harness.Locale = script.Locale;
        IReadOnlyList<(string Label, Activity Tap)> buttons = [];
        var output = TestContext.Current.TestOutputHelper!;

        foreach (var step in script.Steps)
        {
            output.WriteLine($"{step.Kind}: {step.Value}");
            var replies = step.Kind switch
            {
                "user" => await harness.SayAsync(step.Value),
                "event" => await harness.EventAsync(step.Value),
                _ => await harness.TapAsync(FindButton(buttons, step, name)),
            };
            foreach (var reply in replies)
            {
                output.WriteLine($"  bot: {reply.Key()}  | {Shorten(reply.Words())}");
            }

            Assert.True(Matches(step.Expected, replies), $"{name}({step.Line}) '{step.Kind}: {step.Value}': expected [{string.Join(", ", step.Expected)}] but the bot replied [{string.Join(", ", replies.Select(reply => reply.Key()))}]");
            buttons = replies.LastOrDefault(reply => reply.Buttons().Count > 0)?.Buttons() ?? buttons;
        }
    }

    [Fact]
    public void Every_node_is_visited_by_some_conversation()
    {
        var visited = ConversationScript.Names().SelectMany(name => ConversationScript.Load(name).ExpectedKeys).ToHashSet(StringComparer.Ordinal);
        var catalog = Dialogs.Content.ContentLoader.LoadValid(Path.Combine(AppContext.BaseDirectory, "dialogs"));

        var missing = catalog.Nodes.Keys.Where(id => !visited.Contains(id)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "Nodes no conversation test visits: " + string.Join(", ", missing));
    }

    private static Activity FindButton(IReadOnlyList<(string Label, Activity Tap)> buttons, ConversationStep step, string name)
    {
        if (int.TryParse(step.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= buttons.Count)
        {
            return buttons[number - 1].Tap;
        }

        var match = buttons.Where(button => TextNormalizer.Normalize(button.Label) == TextNormalizer.Normalize(step.Value)).Select(button => button.Tap).FirstOrDefault();
        return match ?? throw new InvalidOperationException(
            $"{name}({step.Line}): no button '{step.Value}' on the last reply; buttons: {string.Join(" | ", buttons.Select(button => button.Label))}");
    }

    private static bool Matches(List<string> expected, IReadOnlyList<Activity> replies) =>
        expected.Count == replies.Count && expected.Zip(replies).All(pair => pair.First.StartsWith('~')
            ? pair.Second.Words().Contains(pair.First[1..], StringComparison.OrdinalIgnoreCase)
            : pair.First == pair.Second.Key());

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length > 90 ? line[..90] + "…" : line;
    }
}

using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using FentanylHelp.Dialogs.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>Locales and languages, and every message at every node answered without throwing.</summary>
public sealed partial class DialogEngineTests
{
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
}

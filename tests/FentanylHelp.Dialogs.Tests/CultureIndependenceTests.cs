using System.Globalization;
using System.Text;
using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>
/// The server's culture must not change what the bot says: loading the content and running a conversation
/// under cultures with unusual casing (tr-TR), number and date rules (de-DE, ar-SA, ja-JP) gives the same
/// replies as under the invariant culture.
/// </summary>
public sealed class CultureIndependenceTests
{
    [Theory]
    [InlineData("tr-TR")]
    [InlineData("az-Latn-AZ")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    [InlineData("fa-IR")]
    [InlineData("th-TH")]
    public void A_conversation_gives_identical_replies_whatever_the_current_culture(string culture)
    {
        var expected = Transcript(CultureInfo.InvariantCulture);

        var actual = Transcript(CultureInfo.GetCultureInfo(culture));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Content_loads_without_diagnostics_whatever_the_current_culture(string culture)
    {
        var diagnostics = InCulture(CultureInfo.GetCultureInfo(culture), () => ContentLoader.Load(TestContent.Files).Diagnostics);

        Assert.True(diagnostics.Count == 0, string.Join(Environment.NewLine, diagnostics));
    }

    [Fact]
    public void The_transcript_covers_commands_choices_crisis_and_sources()
    {
        var transcript = Transcript(CultureInfo.InvariantCulture);

        Assert.Contains($"reply {ContentCatalog.RequiredNodes.Welcome} ", transcript, StringComparison.Ordinal);
        Assert.Contains($"reply {ReplyFactory.SourcesKey} ", transcript, StringComparison.Ordinal);
        Assert.Contains($"reply {ContentCatalog.RequiredNodes.Privacy} ", transcript, StringComparison.Ordinal);
        Assert.Contains($"reply {StringKeys.ResumeAfterEmergency} ", transcript, StringComparison.Ordinal);
        Assert.Contains($"reply {StringKeys.NotUnderstoodAgain} ", transcript, StringComparison.Ordinal);
        Assert.Contains("crisis overdose", transcript, StringComparison.Ordinal);
    }

    /// <summary>Every reply (key, text, card, choices) and the state after each turn of a fixed script.</summary>
    private static string Transcript(CultureInfo culture) => InCulture(culture, () =>
    {
        var (catalog, diagnostics) = ContentLoader.Load(TestContent.Files);
        Assert.Empty(diagnostics);
        var (engine, time) = TestContent.Engine(catalog);
        var state = new DialogState();
        var transcript = new StringBuilder();
        foreach (var input in Script())
        {
            time.Advance(TimeSpan.FromMinutes(1));
            var result = engine.Turn(input, state);
            transcript.Append("> ").Append(input.Text).Append(' ').AppendJoin(",", input.Value?.Select(pair => $"{pair.Key}={pair.Value}") ?? []).Append('\n');
            foreach (var reply in result.Replies)
            {
                transcript.Append("reply ").Append(reply.Key).Append(' ').Append(reply.Text).Append('\n');
                transcript.Append("card ").Append(reply.Card?.ToJsonString()).Append('\n');
                foreach (var choice in reply.Choices)
                {
                    transcript.Append("choice ").Append(choice.Label).Append(' ').AppendJoin(",", choice.Value.Select(pair => $"{pair.Key}={pair.Value}")).Append('\n');
                }
            }

            transcript.Append("language ").Append(result.Language).Append('\n');
            transcript.Append("signals ").AppendJoin(",", result.Signals).Append('\n');
            transcript.Append("crisis ").Append(result.Crisis?.Category).Append('\n');
            transcript.Append("state ").Append(state.Node).Append(' ').AppendJoin(",", state.CallStack)
                .Append(' ').Append(state.History.Count).Append(' ').Append(state.Misses).Append(' ').Append(state.Language).Append('\n');
        }

        return transcript.ToString();
    });

    private static IEnumerable<TurnInput> Script()
    {
        yield return TurnInput.Start("en-US");
        yield return TurnInput.Message("HI");
        yield return TurnInput.Message("WHERE DOES FENTANYL COME FROM?");
        yield return TurnInput.Message("1");
        yield return TurnInput.Message("SOURCES");
        yield return TurnInput.Message("PRIVACY");
        yield return TurnInput.Message("1");
        yield return TurnInput.Message("I THINK MY FRIEND IS OVERDOSING");
        yield return TurnInput.Message("\u0130 TH\u0130NK HE'S NOT BREATH\u0130NG");
        yield return TurnInput.Submit(new Dictionary<string, string> { ["from"] = ContentCatalog.RequiredNodes.Menu, ["choice"] = "2" });
        yield return TurnInput.Message("BACK");
        yield return TurnInput.Message("WHAT IS NALOXONE?");
        yield return TurnInput.Message("SOURCES");
        yield return TurnInput.Message("ZZZ QQQ");
        yield return TurnInput.Message("ZZZ QQQ");
        yield return TurnInput.Message("LANGUAGE");
        yield return TurnInput.Message("\u0662");
        yield return TurnInput.Message("\uFF12");
        yield return TurnInput.Message("START OVER");
        yield return TurnInput.Message("INDIA", "tr-TR");
    }

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (originalCulture, originalUiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = originalCulture;
            CultureInfo.CurrentUICulture = originalUiCulture;
        }
    }
}

using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>A Spanish message on an English channel (and the reverse) gets an answer in the language it is written in.</summary>
public sealed class LanguageDetectionTests
{
    [Fact]
    public void A_spanish_question_on_an_english_channel_is_answered_in_spanish_with_a_note_on_how_to_switch_back()
    {
        var (engine, _) = TestContent.Engine();
        var state = new DialogState();
        engine.Turn(TurnInput.Message("hi", "en-US"), state);

        var result = engine.Turn(TurnInput.Message("¿de dónde viene el fentanilo que hay en los estados unidos?", "en-US"), state);

        Assert.Equal("es", result.Language);
        Assert.Equal(StringKeys.LanguageDetected, result.Replies[0].Key);
        Assert.Equal(TestContent.Catalog.Text(StringKeys.LanguageDetected, "es"), result.Replies[0].Text);
        Assert.Equal("es", state.Language);
    }

    [Fact]
    public void A_spanish_emergency_on_an_english_channel_gets_the_emergency_answer_first_in_spanish()
    {
        var (engine, _) = TestContent.Engine();
        var state = new DialogState();

        var result = engine.Turn(TurnInput.Message("mi amigo no respira y tiene los labios morados", "en-US"), state);

        Assert.NotNull(result.Crisis);
        Assert.Equal("es", result.Language);
        Assert.Equal(TestContent.Catalog.Nodes[result.Crisis.ReplyNode].Text!.For("es"), result.Replies[0].Text);
    }

    [Fact]
    public void A_short_spanish_emergency_on_an_english_channel_is_answered_in_the_language_of_the_phrase_it_matched()
    {
        var (engine, _) = TestContent.Engine();
        var state = new DialogState();

        var result = engine.Turn(TurnInput.Message("mi amigo no respira", "en-US"), state);

        Assert.Equal("emergency-overdose", result.Replies[0].Key);
        Assert.Equal("es", result.Language);
    }

    [Fact]
    public void After_the_person_picks_a_language_the_bot_stops_guessing()
    {
        var (engine, _) = TestContent.Engine();
        var state = new DialogState();
        engine.Turn(TurnInput.Message("hi", "en-US"), state);
        engine.Turn(TurnInput.Message("english", "en-US"), state);

        var result = engine.Turn(TurnInput.Message("¿de dónde viene el fentanilo que hay en los estados unidos?", "en-US"), state);

        Assert.Equal("en", result.Language);
        Assert.DoesNotContain(result.Replies, reply => reply.Key == StringKeys.LanguageDetected);
    }
}

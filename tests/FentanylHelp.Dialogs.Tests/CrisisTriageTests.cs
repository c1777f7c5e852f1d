using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using FentanylHelp.Dialogs.Understanding;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>
/// The safety net behind the crisis phrases: concepts and rules (crisis-concepts.yaml) and the classifier
/// (crisis-examples.tsv), and the graded answer they give: the emergency card, or "is this happening right now?"
/// first and then the question's own answer.
/// </summary>
public sealed class CrisisTriageTests
{
    private static readonly CrisisTriage Triage = TestContent.Catalog.CrisisTriage;

    [Theory]
    [InlineData("my dad is on the floor and wont answer, he has his pain patch on")]
    [InlineData("mi novio tiene una pistola y dice que se va a matar")]
    [InlineData("my toddler licked some powder off the table")]
    [InlineData("abuela se tomo doble dosis de sus pastillas y esta rara")]
    [InlineData("mi abuelo no despierta y tiene el parche puesto")]
    public void The_issues_messages_get_an_emergency_answer_first(string text)
    {
        var result = FirstMessage(text);

        Assert.StartsWith("emergency-", result.Replies[0].Key, StringComparison.Ordinal);
        Assert.NotNull(result.Crisis);
    }

    [Theory]
    [InlineData("me muero de risa con este bot")]
    [InlineData("my brother overdosed last year, how do I support him")]
    [InlineData("what are the signs of an overdose")]
    [InlineData("where can i get narcan")]
    public void Look_alikes_get_no_emergency_answer(string text)
    {
        var result = FirstMessage(text);

        Assert.Null(result.Crisis);
        Assert.DoesNotContain(result.Replies, reply => reply.Key.StartsWith("emergency-check", StringComparison.Ordinal));
    }

    [Fact]
    public void An_overdose_on_purpose_gets_one_card_for_both()
    {
        var decision = Triage.Assess("gonna od on purpose tonight").Decision;

        Assert.NotNull(decision);
        Assert.True(decision.Certain);
        Assert.Equal("overdose+suicide", decision.Category);
    }

    [Fact]
    public void A_possible_emergency_asks_first_then_answers_the_question_and_a_typed_yes_opens_the_card()
    {
        var (engine, _) = TestContent.Engine();
        var state = new DialogState { Node = "menu", Language = "en" };

        var result = engine.Turn(TurnInput.Message("my son is acting really weird after taking a pill he found, what are fake pills", "en-US"), state);

        Assert.Equal("emergency-check-overdose", result.Replies[0].Key);
        Assert.False(result.Crisis!.Certain);
        Assert.True(result.Replies.Count > 1, "the question is answered after the check");
        Assert.Equal(["emergency-overdose"], engine.Turn(TurnInput.Message("yes", "en-US"), state).Replies.Select(reply => reply.Key));
    }

    [Fact]
    public void The_check_can_be_answered_no()
    {
        var (engine, _) = TestContent.Engine();
        var state = new DialogState { Node = "menu", Language = "es" };

        var first = engine.Turn(TurnInput.Message("mi hijo anda muy raro despues de tomar una pastilla", "es-US"), state);
        var no = engine.Turn(TurnInput.Message("no", "es-US"), state);

        Assert.Equal("emergency-check-overdose", first.Replies[0].Key);
        Assert.Equal("check-not-now", no.Replies[0].Key);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("ayuda")]
    [InlineData("Help!")]
    [InlineData("ayuda por favor")]
    public void Help_alone_leads_with_the_emergency_numbers(string text)
    {
        var result = FirstMessage(text, node: "menu");

        Assert.Equal("help-start", result.Replies[0].Key);
        Assert.Contains("911", result.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("988", result.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(5, result.Replies[0].Choices.Count);
    }

    [Theory]
    [InlineData("necesito ayuda")]
    [InlineData("ayuda por favor")]
    [InlineData("se desmayó")]
    [InlineData("no respira")]
    public void Short_spanish_messages_from_an_english_browser_are_answered_in_spanish(string text)
    {
        var result = FirstMessage(text, node: "menu");

        Assert.Equal("es", result.Language);
    }

    [Fact]
    public void Every_decision_can_be_explained_by_its_concepts_rules_and_classifier_reasons()
    {
        var assessment = Triage.Assess("mi abuelo no despierta y tiene el parche puesto");

        Assert.Contains(assessment.Concepts, hit => hit.Concept == "unresponsive" && hit.Line.File.EndsWith("crisis-concepts.yaml", StringComparison.Ordinal));
        Assert.Contains(assessment.Concepts, hit => hit.Concept == "older");
        Assert.Contains(assessment.Rules, rule => rule.Emergency == "overdose" && rule.Certain);
        Assert.NotNull(assessment.Classifier);
        Assert.NotEmpty(assessment.Classifier.Reasons);
        Assert.Equal("emergency-overdose", assessment.Decision?.ReplyNode);
    }

    [Fact]
    public void Calming_words_lower_the_answer_and_an_urgent_word_lifts_it_again()
    {
        var story = Triage.Assess("hace tres años encontre a mi primo inconsciente, es normal tener pesadillas?");
        var now = Triage.Assess("hace tres años le paso lo mismo y ahorita mi primo esta inconsciente");

        Assert.Null(story.Decision);
        Assert.Contains(story.Calming, calm => calm.Concept == "past");
        Assert.True(now.Decision?.Certain);
    }

    [Fact]
    public void A_typo_never_reads_a_word_as_a_calming_word()
    {
        // "carro" is one letter from "carrot", a harmless thing a child may chew: read that way, it silenced this.
        var assessment = Triage.Assess("mi hermano esta tirado en el carro no responde");

        Assert.DoesNotContain(assessment.Calming, calm => calm.Concept == "everyday");
        Assert.Equal("overdose", assessment.Decision?.Category);
    }

    [Fact]
    public void Light_calming_words_do_not_silence_signs_the_classifier_is_sure_of()
    {
        // Something for the pain from a co-worker ("para el dolor": prescribed) and "last night" (past) are light
        // calming words; together they take a rule's level to nothing, and the classifier still asks.
        var assessment = Triage.Assess("anoche mi esposo se tomo algo para el dolor que le dio un compañero y no lo puedo despertar, ronca feo");

        Assert.Contains(assessment.Calming, calm => calm.Concept == "prescribed");
        Assert.Contains(assessment.Calming, calm => calm.Concept == "past");
        Assert.DoesNotContain("overdose", assessment.Levels.Keys);
        Assert.Equal("overdose", assessment.Decision?.Category);
    }

    [Fact]
    public void Two_agreeing_signs_are_lowered_to_a_check_at_most_by_light_calming_words()
    {
        // A rope (weapon) and a farewell make two rules of 'now'; "por que" (a question) and "los niños" (people in
        // general) are light calming words that, added up, used to silence it.
        var assessment = Triage.Assess("no se ni por que escribo aqui, hoy compre una soga. solo quiero q sepan q no es culpa de los niños");

        Assert.Contains(assessment.Calming, calm => calm.Concept == "question");
        Assert.Equal("suicide", assessment.Decision?.Category);
    }

    [Theory]
    [InlineData("my lips turn blue when i swim in cold water, normal?")]
    [InlineData("se me pusieron los labios morados del frío en la alberca")]
    [InlineData("vi una película donde el chavo se muere de sobredosis")]
    [InlineData("mi hijo se tragó una semilla de sandía")]
    public void Weighty_calming_words_silence_a_phrase(string text)
    {
        var assessment = Triage.Assess(text);

        Assert.NotEmpty(assessment.Calming);
        Assert.Null(assessment.Decision);
    }

    private static TurnResult FirstMessage(string text, string? node = null)
    {
        var (engine, _) = TestContent.Engine();
        return engine.Turn(TurnInput.Message(text, "en-US"), new DialogState { Node = node });
    }
}

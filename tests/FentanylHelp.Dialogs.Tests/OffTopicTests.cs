using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using FentanylHelp.Dialogs.Understanding;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>dialogs/off-topic.yaml: everyday requests, by subject, that must not be taken for a topic.</summary>
public sealed class OffTopicTests
{
    private const string OffTopicPath = "dialogs/off-topic.yaml";

    [Fact]
    public void The_shipped_file_has_subjects_in_both_languages()
    {
        var subjects = TestContent.Catalog.OffTopic;

        Assert.True(subjects.Count >= 10, $"{subjects.Count} subjects");
        Assert.All(subjects, subject =>
        {
            Assert.NotEmpty(subject.For("en"));
            Assert.NotEmpty(subject.For("es"));
        });
    }

    [Theory]
    [InlineData("how do i make lasagna", "en")]
    [InlineData("my phone is about to die", "en")]
    [InlineData("receta de pozole rojo", "es")]
    [InlineData("me muero de hambre", "es")]

    // Each subject is weighed on its own phrases: were all subjects one list, its length would let a topic
    // sharing one word ("es", "what is") win over the subject that says exactly this.
    [InlineData("que hora es", "es")]
    [InlineData("what is molly", "en")]
    public void An_everyday_request_sharing_a_word_with_a_topic_is_not_understood(string text, string language)
    {
        var (engine, _) = TestContent.Engine();

        var result = engine.Turn(TurnInput.Message(text, language), AtMenu(language));

        Assert.Null(result.Crisis);
        Assert.Equal(StringKeys.NotUnderstood, result.Replies[0].Key);
    }

    [Theory]
    [InlineData("how is fentanyl made", "en", "origins-precursors")]
    [InlineData("necesito receta para la naloxona", "es", "naloxone-where")]
    public void The_topic_question_with_the_same_word_still_reaches_its_answer(string text, string language, string node)
    {
        var (engine, _) = TestContent.Engine();

        var result = engine.Turn(TurnInput.Message(text, language), AtMenu(language));

        Assert.Equal(node, result.Replies[0].Key);
    }

    [Fact]
    public void Phrases_not_sorted_into_subjects_are_reported()
    {
        var (_, diagnostics) = ContentLoader.Load(TestContent.With(new ContentFile(OffTopicPath, "subjects:\n  - tell me a joke\n")));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidFile, diagnostic.Code);
        Assert.Equal(OffTopicPath, diagnostic.Location.File);
        Assert.Equal(2, diagnostic.Location.Line);
    }

    private static DialogState AtMenu(string language) => new() { Node = ContentCatalog.RequiredNodes.Menu, Language = language };
}

namespace FentanylHelp.Dialogs.Content;

/// <summary>One step of a scripted dialog.</summary>
public sealed record DialogNode(
    string Id,
    string Dialog,
    SourceLocation Location,
    LocalizedText? Title,
    LocalizedText? Text,
    IReadOnlyList<string> Facts,
    string? Card,
    IReadOnlyList<Choice> Choices,
    string? Next,
    LocalizedPhrases Ask);

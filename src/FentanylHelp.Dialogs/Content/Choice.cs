namespace FentanylHelp.Dialogs.Content;

/// <summary>A button on a node. <paramref name="Signal"/> names an anonymous outcome to count (for example "helpful").</summary>
public sealed record Choice(
    LocalizedText Label,
    ChoiceAction Action,
    string? Target,
    GlobalCommand? Command,
    string? Signal,
    SourceLocation Location);

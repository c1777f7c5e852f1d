namespace FentanylHelp.Dialogs.Content;

/// <summary>A named list of interchangeable words in crisis.yaml ("person": friend, sister, ...), written as {person} in phrases.</summary>
public sealed record CrisisGroup(string Name, string Language, IReadOnlyList<string> Members, SourceLocation Location);

namespace FentanylHelp.Dialogs.Content;

/// <summary>The words, per language, that trigger a global command.</summary>
public sealed record CommandWords(GlobalCommand Command, LocalizedPhrases Words, SourceLocation Location);

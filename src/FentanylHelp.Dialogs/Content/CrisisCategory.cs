namespace FentanylHelp.Dialogs.Content;

/// <summary>A kind of emergency (overdose now, suicidal thoughts, poisoning), the node that answers it and the phrases that signal it.</summary>
public sealed record CrisisCategory(string Name, string ReplyNode, LocalizedPhrases Phrases, SourceLocation Location);

namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// An emergency signalled by a message: its category (overdose, suicide, poison), the node that answers it,
/// and the language of the phrase that matched (a hint for the language of the answer).
/// </summary>
public sealed record CrisisMatch(string Category, string ReplyNode, string? Language = null);

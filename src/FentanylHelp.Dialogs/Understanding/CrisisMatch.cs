namespace FentanylHelp.Dialogs.Understanding;

/// <summary>An emergency signalled by a message: its category (overdose, suicide, poison) and the node that answers it.</summary>
public sealed record CrisisMatch(string Category, string ReplyNode);

namespace FentanylHelp.Bot.WebChannel;

/// <summary>One activity in a conversation's log, serialized once when it was appended.</summary>
public sealed record LoggedActivity(long Sequence, string Id, string Type, string Json);

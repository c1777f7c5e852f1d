namespace FentanylHelp.Bot.WebChannel;

/// <summary>What a valid token grants: one conversation, as one user, until it expires.</summary>
public sealed record DirectLineToken(string ConversationId, string UserId, DateTimeOffset ExpiresAt);

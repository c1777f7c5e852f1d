using System.Text.Json.Serialization;

namespace FentanylHelp.Bot.WebChannel;

/// <summary>What the page gets from <c>POST /webchat/token</c>: a token for a new conversation, bound to it and to a user id.</summary>
public sealed record WebChatTokenResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("userId")] string UserId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

using System.Text.Json.Serialization;

namespace FentanylHelp.Bot.WebChannel;

/// <summary>Direct Line's Conversation object, as start, reconnect and refresh return it.</summary>
public sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StreamUrl);

using System.Text.Json.Serialization;

namespace FentanylHelp.Bot.WebChannel;

/// <summary>The id of a posted activity: <c>{"id":"conversationId|0000005"}</c>.</summary>
public sealed record ResourceResponseBody([property: JsonPropertyName("id")] string Id);

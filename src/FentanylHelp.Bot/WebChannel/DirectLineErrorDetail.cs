using System.Text.Json.Serialization;

namespace FentanylHelp.Bot.WebChannel;

public sealed record DirectLineErrorDetail(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);

using Newtonsoft.Json;

namespace FentanylHelp.Bot.WebChannel;

/// <summary>
/// Activities are Bot Framework schema types annotated for Newtonsoft.Json, so they are read and written
/// with it (System.Text.Json would drop their attributes). Depth is capped: an activity is shallow.
/// </summary>
public static class DirectLineJson
{
    public static JsonSerializerSettings Settings { get; } = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        MaxDepth = 32,
        DateParseHandling = DateParseHandling.None,
        Formatting = Formatting.None,
    };
}

namespace FentanylHelp.Dialogs.Engine;

/// <summary>
/// What arrived from the person: typed text, the value of a tapped card button, or the start of a
/// conversation. The locale is the channel's (for example "en-US").
/// </summary>
public sealed record TurnInput(string? Text, IReadOnlyDictionary<string, string>? Value, bool IsConversationStart, string? Locale)
{
    public static TurnInput Message(string? text, string? locale = null) => new(text, null, false, locale);

    public static TurnInput Submit(IReadOnlyDictionary<string, string> value, string? locale = null) => new(null, value, false, locale);

    public static TurnInput Start(string? locale = null) => new(null, null, true, locale);
}

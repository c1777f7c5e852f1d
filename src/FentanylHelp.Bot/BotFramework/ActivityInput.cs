using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace FentanylHelp.Bot.BotFramework;

/// <summary>Translates a Bot Framework message activity into the engine's input.</summary>
public static class ActivityInput
{
    public static TurnInput From(IActivity activity)
    {
        var message = activity.AsMessageActivity();
        var value = SubmitValue(message?.Value);
        return value is not null
            ? TurnInput.Submit(value, message?.Locale)
            : TurnInput.Message(message?.Text, message?.Locale);
    }

    /// <summary>The conversation's language for messages sent outside a turn of the engine (the error apology).</summary>
    public static string LanguageOf(IActivity activity, ContentCatalog catalog)
    {
        return catalog.LanguageForLocale(activity.AsMessageActivity()?.Locale ?? (activity as Activity)?.Locale);
    }

    /// <summary>
    /// A card button's value, flattened to strings. Channels deliver it as a JSON object, or as JSON text;
    /// anything else (or an object without our keys) is not a submit.
    /// </summary>
    private static Dictionary<string, string>? SubmitValue(object? value)
    {
        var json = value switch
        {
            JObject obj => obj,
            string text when text.TrimStart().StartsWith('{') => TryParse(text),
            _ => null,
        };
        if (json is null)
        {
            return null;
        }

        var values = json.Properties()
            .Where(property => property.Value.Type is JTokenType.String or JTokenType.Integer)
            .ToDictionary(property => property.Name, property => property.Value.ToString(), StringComparer.Ordinal);
        return values.ContainsKey(SubmitKeys.Command) || values.ContainsKey(SubmitKeys.From) ? values : null;
    }

    private static JObject? TryParse(string text)
    {
        try
        {
            return JObject.Parse(text);
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return null;
        }
    }
}

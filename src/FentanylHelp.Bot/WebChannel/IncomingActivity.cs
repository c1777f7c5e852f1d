using System.Text.RegularExpressions;
using FentanylHelp.Bot.BotFramework;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FentanylHelp.Bot.WebChannel;

/// <summary>
/// Reads an activity a client posted and readdresses it: the channel, not the client, decides who it is from
/// (the token's user), who it is to (the bot), which conversation and channel it belongs to.
/// </summary>
public static partial class IncomingActivity
{
    /// <summary>An activity is small; this is far above any message a person types.</summary>
    public const int MaxBytes = 64 * 1024;

    private static readonly HashSet<string> AcceptedTypes = new(StringComparer.Ordinal) { ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing };

    public static async Task<(Activity? Activity, string? Problem)> ReadAsync(Stream body, long? contentLength, CancellationToken cancellationToken)
    {
        return await BoundedBody.ReadAsync(body, contentLength, MaxBytes, cancellationToken) is { } json
            ? Parse(json)
            : (null, "The activity is too large.");
    }

    public static (Activity? Activity, string? Problem) Parse(string json)
    {
        try
        {
            if (JsonConvert.DeserializeObject<JToken>(json, DirectLineJson.Settings) is not JObject body)
            {
                return (null, "The body must be a JSON activity object.");
            }

            if (body["type"]?.Type != JTokenType.String || !AcceptedTypes.Contains((string)body["type"]!))
            {
                return (null, "The activity's 'type' must be 'message', 'event' or 'typing'.");
            }

            return (body.ToObject<Activity>(JsonSerializer.Create(DirectLineJson.Settings)), null);
        }
        catch (JsonException)
        {
            return (null, "The body is not a valid JSON activity.");
        }
        catch (ArgumentException)
        {
            return (null, "The body is not a valid JSON activity.");
        }
    }

    /// <summary>Addresses the activity from the token's user to the bot, in this conversation, on this channel.</summary>
    public static Activity Address(Activity activity, WebConversation conversation, string botId, string serviceUrl)
    {
        activity.Id = null;
        activity.ChannelId = Channels.Directline;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.From = new ChannelAccount(conversation.UserId, ShortOrNull(activity.From?.Name, 64), RoleTypes.User);
        activity.Recipient = new ChannelAccount(botId, role: RoleTypes.Bot);
        activity.Locale = activity.Locale is { } locale && LocalePattern().IsMatch(locale) ? locale : null;
        activity.Name = ShortOrNull(activity.Name, 128);
        activity.ReplyToId = null;
        activity.SuggestedActions = null;
        activity.DeliveryMode = null;
        return activity;
    }

    private static string? ShortOrNull(string? text, int max) => text is { Length: > 0 } && text.Length <= max ? text : null;

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalePattern();
}

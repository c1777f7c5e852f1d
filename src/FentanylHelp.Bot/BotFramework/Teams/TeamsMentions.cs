using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace FentanylHelp.Bot.BotFramework.Teams;

/// <summary>
/// @mentions of the bot in team channels and group chats. Read straight from the entities' JSON so a mention
/// without a <c>mentioned</c> account, or a message without text (a card submit), cannot throw.
/// </summary>
public static class TeamsMentions
{
    private const string MentionEntityType = "mention";

    public static bool MentionsRecipient(IActivity activity) => RecipientMentionTexts(activity).Any();

    /// <summary>
    /// The message's text without the bot's mention (<c>&lt;at&gt;Bot&lt;/at&gt;</c>), trimmed; null when the
    /// message has no text. Mentions of other people stay: they may be part of the question.
    /// </summary>
    public static string? TextWithoutRecipientMention(IMessageActivity activity)
    {
        var text = activity.Text;
        if (text is null)
        {
            return null;
        }

        foreach (var mention in RecipientMentionTexts(activity))
        {
            text = text.Replace(mention, " ", StringComparison.OrdinalIgnoreCase);
        }

        return text.Replace("&nbsp;", " ", StringComparison.Ordinal).Trim();
    }

    private static IEnumerable<string> RecipientMentionTexts(IActivity activity)
    {
        var recipient = activity.Recipient;
        if (recipient?.Id is not { Length: > 0 } recipientId || activity.Entities is null)
        {
            yield break;
        }

        foreach (var entity in activity.Entities.Where(entity => entity?.Type == MentionEntityType))
        {
            var mentionedId = entity.Properties?["mentioned"]?["id"];
            if (mentionedId?.Type != JTokenType.String || (string?)mentionedId != recipientId)
            {
                continue;
            }

            var text = entity.Properties?["text"];
            yield return text?.Type == JTokenType.String && ((string?)text)?.Length > 0
                ? (string)text!
                : $"<at>{recipient.Name}</at>";
        }
    }
}

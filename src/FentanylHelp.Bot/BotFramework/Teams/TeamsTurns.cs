using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace FentanylHelp.Bot.BotFramework.Teams;

/// <summary>
/// How a good Teams bot reads its activities: what to answer in which scope, and what input that is.
/// The engine never learns it is in Teams; it gets the same inputs as on any other channel.
/// </summary>
public static class TeamsTurns
{
    /// <summary>
    /// The input of a Teams message, or null when the bot should stay quiet. In channels and group chats the bot
    /// answers only when @mentioned (with the mention taken out of the text) or when one of its card buttons was
    /// tapped (a submit has a value and no text, and no mention). A bare mention opens the menu.
    /// </summary>
    public static TurnInput? InputOf(IMessageActivity message)
    {
        var tapped = ActivityInput.From(message) is { Value: not null } submit ? submit : null;
        if (tapped is not null)
        {
            return tapped;
        }

        var mentioned = TeamsMentions.MentionsRecipient(message);
        if (!mentioned && TeamsConversation.ScopeOf(message) != TeamsScope.Personal)
        {
            return null;
        }

        var text = TeamsMentions.TextWithoutRecipientMention(message);
        if (mentioned && string.IsNullOrWhiteSpace(text) && (message.Attachments?.Count ?? 0) == 0)
        {
            return TurnInput.Submit(new Dictionary<string, string> { [SubmitKeys.Command] = nameof(GlobalCommand.Menu) }, message.Locale);
        }

        return TurnInput.Message(text, message.Locale);
    }

    /// <summary>The bot itself is among the members Teams added (<c>28:&lt;app id&gt;</c> is the recipient).</summary>
    public static bool BotWasAdded(IConversationUpdateActivity update) =>
        update.MembersAdded?.Any(member => member.Id == update.Recipient?.Id) == true;

    /// <summary>A longer answer (a card, or several messages) is worth a typing indicator where Teams shows one.</summary>
    public static bool WantsTyping(IActivity activity, IReadOnlyList<IActivity> replies) =>
        TeamsConversation.ShowsTyping(activity)
        && (replies.Count > 1 || replies.Any(reply => reply.AsMessageActivity()?.Attachments?.Count > 0));
}

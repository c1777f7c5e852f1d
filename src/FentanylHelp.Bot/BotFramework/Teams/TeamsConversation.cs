using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace FentanylHelp.Bot.BotFramework.Teams;

/// <summary>What the bot needs to know about a Teams conversation, read from the activity alone (no network call).</summary>
public static class TeamsConversation
{
    /// <summary>Teams shows only the first three suggested actions of a message.</summary>
    public const int MaxSuggestedActions = 3;

    public static bool IsTeams(IActivity activity) => activity.ChannelId == Channels.Msteams;

    /// <summary>
    /// The scope from <c>conversation.conversationType</c> ("personal", "groupChat", "channel"). An activity
    /// without one is read as personal only when it is not a group conversation.
    /// </summary>
    public static TeamsScope ScopeOf(IActivity activity) => activity.Conversation?.ConversationType switch
    {
        "channel" => TeamsScope.Channel,
        "groupChat" => TeamsScope.GroupChat,
        "personal" => TeamsScope.Personal,
        _ => activity.Conversation?.IsGroup == true ? TeamsScope.GroupChat : TeamsScope.Personal,
    };

    /// <summary>
    /// Suggested actions only in personal chat, and only as many as Teams shows: in team channels and group
    /// chats they are kept on old messages and can be tapped by anyone, so choices go on card buttons there.
    /// Teams on a computer or in a browser may not open <c>tel:</c> links, so call buttons may not call.
    /// </summary>
    public static ReplySurface SurfaceOf(IActivity activity)
    {
        var surface = ScopeOf(activity) == TeamsScope.Personal
            ? new ReplySurface(SuggestedActions: true, MaxSuggestedActions)
            : ReplySurface.CardButtonsOnly;
        return surface with { CallButtonsMayNotCall = true };
    }

    /// <summary>Teams shows the typing indicator in personal and group chats, never in channels.</summary>
    public static bool ShowsTyping(IActivity activity) => ScopeOf(activity) != TeamsScope.Channel;
}

namespace FentanylHelp.Bot.BotFramework.Teams;

/// <summary>Where a Teams conversation happens: a one-to-one chat, a group chat, or a team's channel.</summary>
public enum TeamsScope
{
    Personal,
    GroupChat,
    Channel,
}

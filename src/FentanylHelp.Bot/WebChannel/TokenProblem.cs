namespace FentanylHelp.Bot.WebChannel;

/// <summary>Why a token was refused; each becomes a 403 with its own error code.</summary>
public enum TokenProblem
{
    None,
    Missing,
    Invalid,
    Expired,
    OtherConversation,
}

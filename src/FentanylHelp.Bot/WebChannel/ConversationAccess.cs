using System.Diagnostics.CodeAnalysis;

namespace FentanylHelp.Bot.WebChannel;

/// <summary>
/// What authorizing a request on a conversation came to: the conversation, which the handler then uses as it is,
/// or the Direct Line error to answer instead (403 for the token, 404 for the conversation).
/// </summary>
public sealed class ConversationAccess
{
    private ConversationAccess(WebConversation? conversation, IResult? refusal)
    {
        Conversation = conversation;
        Refusal = refusal;
    }

    public WebConversation? Conversation { get; }

    public IResult? Refusal { get; }

    [MemberNotNullWhen(true, nameof(Conversation))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsGranted => Conversation is not null;

    public static ConversationAccess Granted(WebConversation conversation) => new(conversation, null);

    public static ConversationAccess Refused(IResult refusal) => new(null, refusal);
}

namespace FentanylHelp.Bot.WebChannel;

/// <summary>
/// A request on one conversation (<c>/conversations/{conversationId}/...</c>), bound with <c>[AsParameters]</c>:
/// the route's conversation id, the request that carries the client's token, and the channel's conversations
/// and tokens to check them against.
/// </summary>
public sealed record ConversationRequest(HttpContext Context, string ConversationId, WebConversations Conversations, DirectLineTokens Tokens)
{
    public HttpRequest HttpRequest => Context.Request;

    /// <summary>
    /// Checks the bearer token, then looks the conversation up, once. The handler uses the conversation found here
    /// and never looks it up again: a second lookup could find it swept meanwhile and come back empty.
    /// </summary>
    public ConversationAccess Authorize()
    {
        var check = Tokens.Check(BearerToken.Of(HttpRequest), ConversationId);
        if (check.Token is null)
        {
            return ConversationAccess.Refused(DirectLineError.Forbidden(check.Problem));
        }

        return Find();
    }

    /// <summary>The stream's way in: the conversation, then the one-time token its stream URL carries.</summary>
    public ConversationAccess AuthorizeStream()
    {
        var access = Find();
        if (access.IsGranted && !Tokens.TryRedeemStream(HttpRequest.Query["t"], ConversationId))
        {
            return ConversationAccess.Refused(DirectLineError.Result(StatusCodes.Status403Forbidden, "TokenInvalid", "The stream URL has expired or was already used. Reconnect to get a new one."));
        }

        return access;
    }

    private ConversationAccess Find() =>
        Conversations.Find(ConversationId) is { } conversation ? ConversationAccess.Granted(conversation) : ConversationAccess.Refused(DirectLineError.NotFound());
}

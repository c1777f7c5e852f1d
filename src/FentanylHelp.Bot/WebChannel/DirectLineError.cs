using System.Text.Json.Serialization;

namespace FentanylHelp.Bot.WebChannel;

/// <summary>Direct Line's error body: <c>{"error":{"code":"...","message":"..."}}</c>.</summary>
public sealed record DirectLineError([property: JsonPropertyName("error")] DirectLineErrorDetail Error)
{
    public static IResult Result(int status, string code, string message) =>
        TypedResults.Json(new DirectLineError(new DirectLineErrorDetail(code, message)), statusCode: status);

    public static IResult BadArgument(string message) => Result(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult NotFound(string message = "There is no such conversation, or it has ended.") =>
        Result(StatusCodes.Status404NotFound, "NotFound", message);

    public static IResult Forbidden(TokenProblem problem) => problem switch
    {
        TokenProblem.Missing => Result(StatusCodes.Status403Forbidden, "TokenMissing", "Send the conversation's token as 'Authorization: Bearer <token>'."),
        TokenProblem.Expired => Result(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired. Start a new conversation."),
        TokenProblem.OtherConversation => Result(StatusCodes.Status403Forbidden, "TokenConversationMismatch", "The token is for another conversation."),
        _ => Result(StatusCodes.Status403Forbidden, "TokenInvalid", "The token is not valid."),
    };
}

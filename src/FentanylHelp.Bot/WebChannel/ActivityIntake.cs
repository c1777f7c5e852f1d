using FentanylHelp.Bot.BotFramework;
using FentanylHelp.Bot.WebPages;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace FentanylHelp.Bot.WebChannel;

/// <summary>
/// What posting and uploading share to take a client's activity into its conversation, bound with
/// <c>[AsParameters]</c>: the bot's id to address it to, the clock to stamp it, the channel's words to refuse files.
/// </summary>
public sealed record ActivityIntake(WebText Text, IOptions<WebChannelOptions> Options, TimeProvider Time)
{
    /// <summary>
    /// Addresses the activity from the token's user to the bot, with the host the client used as its service URL;
    /// or, when the sweeper forgot the conversation while the body was arriving, the 404 to answer instead: the
    /// activity has nowhere to go.
    /// </summary>
    public IResult? Admit(Activity activity, WebConversation conversation, HttpRequest request)
    {
        if (conversation.HasEnded)
        {
            return DirectLineError.NotFound();
        }

        IncomingActivity.Address(activity, conversation, Options.Value.BotId, $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}/");
        return null;
    }

    /// <summary>Logs the activity, which echoes it to the client's sockets with its id.</summary>
    public LoggedActivity Log(Activity activity, WebConversation conversation) => conversation.Append(activity, Time.GetUtcNow());

    /// <summary>Logs the message without its files, then the channel's polite "I can't receive files" in the person's language.</summary>
    public string RefuseFiles(Activity activity, WebConversation conversation)
    {
        activity.Attachments = null;
        var echo = Log(activity, conversation);
        var language = WebText.LanguageOf(activity.Locale);
        var reply = activity.CreateReply(Text.Text(WebTextKeys.FilesNotReceived, language), language);
        reply.From.Role = RoleTypes.Bot;
        reply.Entities = [new Entity(ActivityRenderer.ReplyKeyEntityType) { Properties = { ["key"] = WebTextKeys.FilesNotReceived } }];
        Log(reply, conversation);
        return echo.Id;
    }
}

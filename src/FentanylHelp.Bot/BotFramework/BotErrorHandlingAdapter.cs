using FentanylHelp.Dialogs.Content;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace FentanylHelp.Bot.BotFramework;

/// <summary>
/// The one Bot Framework adapter, with the one error handler: log the failure (never the user's text),
/// apologise in the conversation's language, and clear the conversation's state so a broken place in
/// the dialog cannot fail again on the next turn. A subclass with a single constructor also keeps DI
/// from tripping over CloudAdapter's two public constructors.
/// </summary>
public sealed partial class BotErrorHandlingAdapter : CloudAdapter
{
    public BotErrorHandlingAdapter(
        BotFrameworkAuthentication authentication,
        ConversationState conversationState,
        ContentCatalog catalog,
        ILogger<BotErrorHandlingAdapter> logger)
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            LogTurnFailed(logger, exception, turnContext.Activity.Type, turnContext.Activity.ChannelId);
            try
            {
                var language = ActivityInput.LanguageOf(turnContext.Activity, catalog);
                await turnContext.SendActivityAsync(catalog.Text(StringKeys.ErrorApology, language));
                await conversationState.DeleteAsync(turnContext);
            }
            catch (Exception cleanupError)
            {
                LogApologyFailed(logger, cleanupError);
            }
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for a {ActivityType} activity on channel {ChannelId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string activityType, string channelId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not apologise or clear state after a failed turn")]
    private static partial void LogApologyFailed(ILogger logger, Exception exception);
}

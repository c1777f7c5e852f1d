using System.Globalization;
using FentanylHelp.Bot.BotFramework;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace FentanylHelp.Bot.WebChannel;

/// <summary>
/// Runs the bot in process for the web channel: a turn's replies go straight into the conversation's log
/// (and so onto its sockets) instead of over HTTP to a Bot Connector service. It shares the one turn error
/// handler of the Bot Framework adapter: log, apologise, clear the conversation's state.
/// </summary>
public sealed partial class WebChannelAdapter : BotAdapter
{
    private readonly WebConversations conversations;
    private readonly TimeProvider time;
    private readonly ILogger<WebChannelAdapter> logger;

    public WebChannelAdapter(WebConversations conversations, TimeProvider time, BotErrorHandlingAdapter botFrameworkAdapter, ILogger<WebChannelAdapter> logger)
    {
        this.conversations = conversations;
        this.time = time;
        this.logger = logger;
        OnTurnError = botFrameworkAdapter.OnTurnError;
    }

    /// <summary>One turn of the bot for an activity that is already in the log.</summary>
    public async Task ProcessAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Length];
        for (var index = 0; index < activities.Length; index++)
        {
            var activity = activities[index];
            switch (activity.Type)
            {
                case ActivityTypesEx.Delay:
                    var delay = Convert.ToInt32(activity.Value ?? 1000, CultureInfo.InvariantCulture);
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp(delay, 0, 10_000)), time, cancellationToken);
                    responses[index] = new ResourceResponse();
                    break;
                case ActivityTypesEx.InvokeResponse:
                    turnContext.TurnState.Add(InvokeResponseKey, activity);
                    responses[index] = new ResourceResponse();
                    break;
                case ActivityTypes.Trace:
                    // Traces are for the Emulator; a person's chat never shows them.
                    responses[index] = new ResourceResponse();
                    break;
                default:
                    responses[index] = new ResourceResponse(Deliver(activity, keepId: false));
                    break;
            }
        }

        return responses;
    }

    /// <summary>Direct Line shows an update by sending the activity again with the same id; Web Chat replaces it in place.</summary>
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse(Deliver(activity, keepId: true)));

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The web channel cannot delete activities.");

    private string? Deliver(Activity activity, bool keepId)
    {
        if (activity.Conversation?.Id is not { } conversationId || conversations.Find(conversationId) is not { } conversation)
        {
            LogDropped(logger, activity.Type);
            return null;
        }

        activity.From ??= new ChannelAccount();
        activity.From.Role = RoleTypes.Bot;
        return conversation.Append(activity, time.GetUtcNow(), keepId).Id;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A {ActivityType} activity from the bot was dropped: its web conversation has ended")]
    private static partial void LogDropped(ILogger logger, string activityType);
}

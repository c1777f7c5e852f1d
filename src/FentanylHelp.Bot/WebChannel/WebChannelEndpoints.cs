using FentanylHelp.Bot.BotFramework;
using FentanylHelp.Bot.WebPages;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Newtonsoft.Json.Linq;

namespace FentanylHelp.Bot.WebChannel;

/// <summary>
/// The part of Direct Line 3.0 that the stock Web Chat client uses, under <c>/v3/directline</c>, plus the
/// token endpoint the page calls on the bot's own origin. Handlers are static so tests can read them.
/// </summary>
public static partial class WebChannelEndpoints
{
    public const string DirectLinePath = "/v3/directline";
    public const string TokenPath = "/webchat/token";
    public const string CorsPolicy = "web-channel";
    public const string TokenRateLimitPolicy = "web-channel-token";

    /// <summary>The event the page sends once when a conversation opens; the bot answers with the welcome.</summary>
    public const string JoinEventName = FentanylBot.JoinEventName;

    public static IEndpointRouteBuilder MapWebChannel(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(TokenPath, IssueToken).RequireCors(CorsPolicy).RequireRateLimiting(TokenRateLimitPolicy);

        var directLine = endpoints.MapGroup(DirectLinePath).RequireCors(CorsPolicy);
        directLine.MapPost("/conversations", StartConversation);
        directLine.MapGet("/conversations/{conversationId}", Reconnect);
        directLine.MapGet("/conversations/{conversationId}/stream", DirectLineSocket.AcceptAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", GetActivities);
        directLine.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        directLine.MapPost("/conversations/{conversationId}/upload", UploadAsync);
        directLine.MapPost("/tokens/refresh", RefreshToken);
        directLine.Map("/{**rest}", () => DirectLineError.NotFound("This Direct Line endpoint does not exist here."));
        return endpoints;
    }

    /// <summary>POST /webchat/token: a new conversation and a token bound to it and to a new user id.</summary>
    internal static IResult IssueToken(HttpContext context, WebConversations conversations, DirectLineTokens tokens, IOptions<WebChannelOptions> options, ILogger<WebConversation> logger)
    {
        if (context.Request.Headers.Origin.ToString() is { Length: > 0 } origin && !PartnerOrigin.IsAllowed(origin, context.Request, options.Value.PartnerOrigins))
        {
            return DirectLineError.Result(StatusCodes.Status403Forbidden, "OriginNotAllowed", "This site may not start the chat.");
        }

        if (conversations.Create(tokens.ExpiryFromNow) is not { } conversation)
        {
            context.Response.Headers.RetryAfter = "60";
            return DirectLineError.Result(StatusCodes.Status503ServiceUnavailable, "Busy", "The chat is busy. Please try again in a minute.");
        }

        var token = tokens.Issue(conversation.Id, conversation.UserId);
        conversation.KeepUntil(token.ExpiresAt);
        context.Response.Headers.CacheControl = "no-store";
        LogIssued(logger);
        return TypedResults.Json(new WebChatTokenResponse(conversation.Id, conversation.UserId, token.Token, token.ExpiresIn));
    }

    /// <summary>POST /v3/directline/conversations: starts the token's conversation (201; 200 if already started).</summary>
    internal static IResult StartConversation(HttpContext context, WebConversations conversations, DirectLineTokens tokens)
    {
        var check = tokens.Check(BearerToken.Of(context.Request));
        if (check.Token is not { } granted)
        {
            return DirectLineError.Forbidden(check.Problem);
        }

        if (conversations.Find(granted.ConversationId) is not { } conversation)
        {
            return DirectLineError.NotFound();
        }

        var body = Connection(context.Request, conversation, tokens, watermark: null);
        return conversation.MarkStarted() ? TypedResults.Json(body, statusCode: StatusCodes.Status201Created) : TypedResults.Json(body);
    }

    /// <summary>GET /v3/directline/conversations/{id}?watermark=: a fresh token and stream URL that replays after the watermark.</summary>
    internal static IResult Reconnect([AsParameters] ConversationRequest request)
    {
        var access = request.Authorize();
        if (!access.IsGranted)
        {
            return access.Refusal;
        }

        if (!Watermark.TryParse(request.HttpRequest.Query["watermark"], out var watermark))
        {
            return DirectLineError.BadArgument(Watermark.Problem);
        }

        access.Conversation.MarkStarted();
        return TypedResults.Json(Connection(request.HttpRequest, access.Conversation, request.Tokens, watermark));
    }

    /// <summary>GET /v3/directline/conversations/{id}/activities?watermark=: polling. Answers 200 with whatever there is.</summary>
    internal static IResult GetActivities([AsParameters] ConversationRequest request)
    {
        var access = request.Authorize();
        if (!access.IsGranted)
        {
            return access.Refusal;
        }

        if (!Watermark.TryParse(request.HttpRequest.Query["watermark"], out var watermark))
        {
            return DirectLineError.BadArgument(Watermark.Problem);
        }

        return Results.Text(access.Conversation.ActivitiesAfter(watermark), "application/json; charset=utf-8");
    }

    /// <summary>
    /// POST /v3/directline/conversations/{id}/activities: logs the activity (which echoes it to the client with
    /// its clientActivityID), then runs the bot's turn in process and answers with the activity's id.
    /// </summary>
    internal static async Task<IResult> PostActivityAsync(
        [AsParameters] ConversationRequest request,
        [AsParameters] ActivityIntake intake,
        [AsParameters] BotTurnRunner turns,
        ILogger<WebConversation> logger)
    {
        var access = request.Authorize();
        if (!access.IsGranted)
        {
            return access.Refusal;
        }

        var (activity, problem) = await IncomingActivity.ReadAsync(request.HttpRequest.Body, request.HttpRequest.ContentLength, request.Context.RequestAborted);
        if (activity is null)
        {
            return DirectLineError.BadArgument(problem!);
        }

        var conversation = access.Conversation;
        if (intake.Admit(activity, conversation, request.HttpRequest) is { } ended)
        {
            return ended;
        }

        if (activity.Attachments is { Count: > 0 })
        {
            return TypedResults.Json(new ResourceResponseBody(intake.RefuseFiles(activity, conversation)));
        }

        var echo = intake.Log(activity, conversation);
        if (activity.Type == ActivityTypes.Event && activity.Name == JoinEventName)
        {
            // One welcome per conversation, however often a page asks.
            if (!conversation.MarkJoined(DeepLink.CampaignValue((activity.Value as JObject)?["src"]?.ToString())))
            {
                return TypedResults.Json(new ResourceResponseBody(echo.Id));
            }

            LogJoined(logger, conversation.Campaign ?? "none");
        }

        await turns.RunAsync(conversation, activity);
        return TypedResults.Json(new ResourceResponseBody(echo.Id));
    }

    /// <summary>
    /// POST /v3/directline/conversations/{id}/upload: Web Chat's file upload. The bot does not take files: the
    /// message is echoed without them (so the client's send completes) and the channel says so politely.
    /// The files themselves are never read.
    /// </summary>
    internal static async Task<IResult> UploadAsync([AsParameters] ConversationRequest request, [AsParameters] ActivityIntake intake)
    {
        var access = request.Authorize();
        if (!access.IsGranted)
        {
            return access.Refusal;
        }

        if (!MediaTypeHeaderValue.TryParse(request.HttpRequest.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return DirectLineError.BadArgument("An upload must be multipart/form-data with an 'activity' part.");
        }

        var reader = new MultipartReader(boundary, request.HttpRequest.Body) { BodyLengthLimit = IncomingActivity.MaxBytes };
        Activity? activity;
        string? problem;
        try
        {
            var section = await reader.ReadNextSectionAsync(request.Context.RequestAborted);
            if (section?.GetContentDispositionHeader() is not { } disposition || HeaderUtilities.RemoveQuotes(disposition.Name).Value != "activity")
            {
                return DirectLineError.BadArgument("The first part of an upload must be the 'activity'.");
            }

            (activity, problem) = await IncomingActivity.ReadAsync(section.Body, null, request.Context.RequestAborted);
        }
        catch (Exception error) when (error is InvalidDataException or IOException)
        {
            return DirectLineError.BadArgument("The upload is not valid multipart/form-data.");
        }

        if (activity is null)
        {
            return DirectLineError.BadArgument(problem!);
        }

        return intake.Admit(activity, access.Conversation, request.HttpRequest)
            ?? TypedResults.Json(new ResourceResponseBody(intake.RefuseFiles(activity, access.Conversation)));
    }

    /// <summary>POST /v3/directline/tokens/refresh: a new token for the same conversation and user, while the old one is still valid.</summary>
    internal static IResult RefreshToken(HttpContext context, WebConversations conversations, DirectLineTokens tokens)
    {
        var check = tokens.Check(BearerToken.Of(context.Request));
        if (check.Token is not { } granted)
        {
            return DirectLineError.Forbidden(check.Problem);
        }

        if (conversations.Find(granted.ConversationId) is not { } conversation)
        {
            return DirectLineError.NotFound();
        }

        var token = tokens.Issue(conversation.Id, conversation.UserId);
        conversation.KeepUntil(token.ExpiresAt);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Json(new ConversationResponse(conversation.Id, token.Token, token.ExpiresIn, StreamUrl: null));
    }

    private static ConversationResponse Connection(HttpRequest request, WebConversation conversation, DirectLineTokens tokens, long? watermark)
    {
        var token = tokens.Issue(conversation.Id, conversation.UserId);
        conversation.KeepUntil(token.ExpiresAt);
        return new ConversationResponse(conversation.Id, token.Token, token.ExpiresIn, StreamUrl(request, conversation.Id, watermark, tokens.IssueStream(conversation.Id)));
    }

    /// <summary>An absolute ws:// (or wss://) URL on the host the client used, carrying a one-time stream token.</summary>
    private static string StreamUrl(HttpRequest request, string conversationId, long? watermark, string streamToken)
    {
        var query = new QueryBuilder();
        if (watermark is > 0)
        {
            query.Add("watermark", watermark.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        query.Add("t", streamToken);
        var scheme = request.IsHttps ? "wss" : "ws";
        return $"{scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}{DirectLinePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream{query.ToQueryString()}";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Web chat conversation joined (campaign {Campaign})")]
    private static partial void LogJoined(ILogger logger, string campaign);

    [LoggerMessage(Level = LogLevel.Information, Message = "Web chat token issued for a new conversation")]
    private static partial void LogIssued(ILogger logger);
}

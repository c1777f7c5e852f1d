using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace FentanylHelp.Bot.BotFramework;

public static class BotEndpoints
{
    /// <summary>POST /api/messages: the endpoint Bot Framework channels (and the Emulator) call.</summary>
    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", ProcessMessageAsync);
        return endpoints;
    }

    internal static async Task ProcessMessageAsync(HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken)
    {
        // Bad JSON would otherwise surface as a 500 from deep inside the SDK: check it at the door.
        if (await ActivityRequestCheck.FindProblemAsync(request, cancellationToken) is { } problem)
        {
            await TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(request.HttpContext);
            return;
        }

        await adapter.ProcessAsync(request, response, bot, cancellationToken);
    }
}

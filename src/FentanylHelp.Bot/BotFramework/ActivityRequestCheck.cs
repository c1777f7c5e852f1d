using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FentanylHelp.Bot.BotFramework;

/// <summary>Rejects request bodies that are not an activity, with a plain reason instead of a stack trace.</summary>
internal static class ActivityRequestCheck
{
    /// <summary>Activities are small; anything bigger is not one.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static async Task<string?> FindProblemAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering(MaxBodyBytes);
        try
        {
            if (await BoundedBody.ReadAsync(request.Body, request.ContentLength, MaxBodyBytes, cancellationToken) is not { } body)
            {
                return "The activity is too large.";
            }

            var json = JToken.Parse(body);
            if (json is not JObject activity || activity["type"]?.Type != JTokenType.String)
            {
                return "The body must be a JSON activity with a 'type'.";
            }

            if (activity["conversation"]?["id"]?.Type != JTokenType.String)
            {
                return "The activity must name its conversation ('conversation.id').";
            }

            return null;
        }
        catch (JsonException)
        {
            return "The body is not valid JSON.";
        }
        finally
        {
            request.Body.Position = 0;
        }
    }
}

namespace FentanylHelp.Bot.WebChannel;

/// <summary>Reads the token a Direct Line client sends as <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
internal static class BearerToken
{
    public static string? Of(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}

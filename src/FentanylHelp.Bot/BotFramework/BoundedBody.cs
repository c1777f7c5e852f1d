using System.Buffers;

namespace FentanylHelp.Bot.BotFramework;

/// <summary>
/// Reads a request body as text up to a limit, never holding more than the limit, whatever the client declares
/// (a chunked body has no Content-Length). Shared by <c>/api/messages</c> and the web channel's posts.
/// </summary>
public static class BoundedBody
{
    /// <returns>The text, or null when the declared length or the body itself is over <paramref name="maxChars"/>.</returns>
    public static async Task<string?> ReadAsync(Stream body, long? contentLength, int maxChars, CancellationToken cancellationToken)
    {
        if (contentLength > maxChars)
        {
            return null;
        }

        // Pooled: this runs on every message, and the limit is far above a typical activity.
        var buffer = ArrayPool<char>.Shared.Rent(maxChars + 1);
        try
        {
            using var reader = new StreamReader(body, leaveOpen: true);
            var length = await reader.ReadBlockAsync(buffer.AsMemory(0, maxChars + 1), cancellationToken);
            return length > maxChars ? null : new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}

using System.Globalization;

namespace FentanylHelp.Bot.WebChannel;

/// <summary>Watermarks are the sequence number of the last activity a client has: empty means "from the start".</summary>
public static class Watermark
{
    public const string Problem = "The watermark must be empty or a whole number this channel gave out.";

    public static bool TryParse(string? text, out long watermark)
    {
        watermark = 0;
        return string.IsNullOrEmpty(text)
            || (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out watermark) && watermark >= 0);
    }
}

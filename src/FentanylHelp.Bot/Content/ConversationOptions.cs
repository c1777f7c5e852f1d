using System.ComponentModel.DataAnnotations;

namespace FentanylHelp.Bot.Content;

/// <summary>How long an idle conversation's place is kept.</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversation";

    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan Expiry { get; set; } = TimeSpan.FromHours(24);
}

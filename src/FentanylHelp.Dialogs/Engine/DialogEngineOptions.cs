namespace FentanylHelp.Dialogs.Engine;

/// <summary>Engine settings.</summary>
public sealed class DialogEngineOptions
{
    /// <summary>A conversation idle this long starts afresh: nobody's place is kept forever.</summary>
    public TimeSpan Expiry { get; set; } = TimeSpan.FromHours(24);
}

namespace FentanylHelp.Dialogs.Engine;

/// <summary>Engine settings.</summary>
public sealed class DialogEngineOptions
{
    /// <summary>A conversation idle this long starts afresh: nobody's place is kept forever.</summary>
    public TimeSpan Expiry { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How much of a training phrase a message must contain to be answered directly (0–1).</summary>
    public double AcceptCoverage { get; set; } = 0.3;

    /// <summary>Below <see cref="AcceptCoverage"/> but at least this: offer the candidates as "Did you mean…?".</summary>
    public double SuggestCoverage { get; set; } = 0.15;

    /// <summary>A runner-up scoring at least this share of the best is close enough to ask which was meant.</summary>
    public double AmbiguityRatio { get; set; } = 0.95;

    /// <summary>At most this many topics in "Did you mean…?".</summary>
    public int MaxSuggestions { get; set; } = 3;
}

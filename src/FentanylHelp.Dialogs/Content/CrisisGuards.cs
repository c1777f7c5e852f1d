namespace FentanylHelp.Dialogs.Content;

/// <summary>
/// Markers that stop a guarded category (an overdose) from firing: the event lies in the past ("last year",
/// "hace dos años"), may only happen ("what if he overdoses", "por si"), or the message jokes ("haha",
/// "de risa"), unless a sign of danger now is also there.
/// </summary>
public sealed record CrisisGuards(LocalizedPhrases Past, LocalizedPhrases Joking, LocalizedPhrases Now, SourceLocation Location)
{
    public static readonly CrisisGuards None = new(LocalizedPhrases.None, LocalizedPhrases.None, LocalizedPhrases.None, new SourceLocation("dialogs/crisis.yaml", 1));

    /// <summary>An overdose that may happen, not one happening: "what if he overdoses", "en caso de".</summary>
    public LocalizedPhrases Hypothetical { get; init; } = LocalizedPhrases.None;

    /// <summary>Every marker that cancels a guarded match.</summary>
    public IEnumerable<LocalizedPhrases> NotNow => [Past, Hypothetical, Joking];
}

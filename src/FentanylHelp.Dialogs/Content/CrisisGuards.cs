namespace FentanylHelp.Dialogs.Content;

/// <summary>
/// Markers that stop a guarded category (an overdose) from firing: the event lies in the past ("last year",
/// "hace dos años") or the message jokes ("haha", "de risa"), unless a sign of danger now is also there.
/// </summary>
public sealed record CrisisGuards(LocalizedPhrases Past, LocalizedPhrases Joking, LocalizedPhrases Now, SourceLocation Location)
{
    public static readonly CrisisGuards None = new(LocalizedPhrases.None, LocalizedPhrases.None, LocalizedPhrases.None, new SourceLocation("dialogs/crisis.yaml", 1));
}

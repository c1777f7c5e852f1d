namespace FentanylHelp.Dialogs.Evaluation;

/// <summary>
/// What the bot did with one row: the key of its first reply after any "is this happening now?" check, the crisis
/// category it raised (an emergency card, or a check when <see cref="Checked"/>), if any.
/// </summary>
public sealed record EvaluationOutcome(EvaluationRow Row, string FirstReply, string? Crisis, bool Correct, IReadOnlyList<Understanding.Intent> Candidates)
{
    /// <summary>The emergency was a check ("is this happening now?") shown first rather than the emergency card.</summary>
    public bool Checked { get; init; }

    /// <summary>The emergency card came first (not a check).</summary>
    public bool Carded { get; init; }
}

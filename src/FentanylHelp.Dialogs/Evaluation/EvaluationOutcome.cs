namespace FentanylHelp.Dialogs.Evaluation;

/// <summary>What the bot did with one row: the key of its first reply, and the crisis category it raised, if any.</summary>
public sealed record EvaluationOutcome(EvaluationRow Row, string FirstReply, string? Crisis, bool Correct, IReadOnlyList<Understanding.Intent> Candidates);

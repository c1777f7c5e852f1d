using FentanylHelp.Dialogs.Understanding;

namespace FentanylHelp.Dialogs.Engine;

/// <summary>
/// The replies of one turn, in order, and what the host may count: anonymous signals, the crisis category,
/// and the candidate topics the recognizer weighed (for evaluation; never the text).
/// </summary>
public sealed record TurnResult(IReadOnlyList<Reply> Replies, string Language, IReadOnlyList<string> Signals, CrisisMatch? Crisis, IReadOnlyList<Intent> Candidates);

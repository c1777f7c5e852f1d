namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// A text that should lead to a node: an ask phrase, or the label of a button that leads there. A phrase
/// with fewer than <paramref name="MinimumTerms"/> meaningful words once analyzed is left out.
/// </summary>
internal sealed record TrainingPhrase(string Node, string Language, string Text, float Weight, int MinimumTerms);

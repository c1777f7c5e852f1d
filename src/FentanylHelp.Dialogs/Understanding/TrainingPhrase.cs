namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// A text that should lead to a node: an ask phrase, or the label of a button that leads there. A phrase
/// with fewer than <paramref name="MinimumTerms"/> meaningful words once analyzed is left out.
/// <paramref name="Subject"/> is what the phrase's fellow phrases are about, judged together: the node itself,
/// or for the off-topic node one of its subjects (weather, recipes...), which have nothing in common.
/// </summary>
internal sealed record TrainingPhrase(string Node, string Subject, string Language, string Text, float Weight, int MinimumTerms);

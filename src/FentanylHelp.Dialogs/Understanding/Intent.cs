namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// A node that may answer a message. <paramref name="Score"/> ranks candidates of one message;
/// <paramref name="Coverage"/> (0–1) is how much of the best-matching training phrase the message contains,
/// comparable across messages, so thresholds can be set on it.
/// </summary>
public sealed record Intent(string Node, double Score, double Coverage);

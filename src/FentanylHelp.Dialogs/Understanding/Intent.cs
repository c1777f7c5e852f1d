namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// A node that may answer a message. <paramref name="Score"/> ranks candidates of one message;
/// <paramref name="Coverage"/> (0–1) is how much of the best-matching training phrase the message contains,
/// comparable across messages, so thresholds can be set on it.
/// </summary>
public sealed record Intent(string Node, double Score, double Coverage)
{
    /// <summary>The "node" of dialogs/off-topic.yaml: a message about something else (not a real node id: ids have no parentheses).</summary>
    public const string OffTopic = "(off-topic)";

    public bool IsOffTopic => Node == OffTopic;
}

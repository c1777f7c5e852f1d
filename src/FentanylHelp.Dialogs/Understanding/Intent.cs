namespace FentanylHelp.Dialogs.Understanding;

/// <summary>A recognized question: the node that answers it and how sure the recognizer is (0–1).</summary>
public sealed record Intent(string Node, double Confidence);

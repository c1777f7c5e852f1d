namespace FentanylHelp.Dialogs.Engine;

/// <summary>A button to show: its label and the value a tap sends back (see <see cref="SubmitKeys"/>).</summary>
public sealed record ReplyChoice(string Label, IReadOnlyDictionary<string, string> Value);

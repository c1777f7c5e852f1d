namespace FentanylHelp.Dialogs.Content;

/// <summary>Thrown at start-up when dialogs/ has problems; the message lists every diagnostic.</summary>
public sealed class ContentException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception("The content in dialogs/ is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}

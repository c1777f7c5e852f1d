namespace FentanylHelp.Dialogs.Content;

/// <summary>One problem found in the content, with a stable code that the editor guide documents.</summary>
public sealed record Diagnostic(string Code, SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Code} {Message}";
}

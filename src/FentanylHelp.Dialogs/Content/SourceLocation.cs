namespace FentanylHelp.Dialogs.Content;

/// <summary>Where something was written in dialogs/, so a diagnostic can point an editor at it.</summary>
public sealed record SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}({Line})";
}

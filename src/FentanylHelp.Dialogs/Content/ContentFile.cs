namespace FentanylHelp.Dialogs.Content;

/// <summary>One file of dialogs/: its path as editors know it (for example "dialogs/origins.dialog.yaml") and its text.</summary>
public sealed record ContentFile(string Path, string Text);

namespace FentanylHelp.Dialogs.Content;

/// <summary>
/// One document a fact rests on, as users see it: its publisher, title and date (<paramref name="Citation"/>) and,
/// when the fact sheet confirms one, the link to that very document. A document without a link is shown as
/// text only.
/// </summary>
public sealed record FactDocument(LocalizedText Citation, string? Url, SourceLocation Location);

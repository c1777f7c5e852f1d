namespace FentanylHelp.Dialogs.Content;

/// <summary>A fact id from the fact sheet with the source users see and the date it was last checked.</summary>
/// <param name="Confidence">V, C, S or U as in the fact sheet; S and U are shown as "reported".</param>
public sealed record FactSource(
    string Id,
    string Confidence,
    LocalizedText Source,
    string? Url,
    DateOnly Reviewed,
    SourceLocation Location)
{
    public bool IsReported => Confidence.Contains('S', StringComparison.Ordinal) || Confidence.Contains('U', StringComparison.Ordinal);
}

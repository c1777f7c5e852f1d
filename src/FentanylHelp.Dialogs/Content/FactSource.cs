namespace FentanylHelp.Dialogs.Content;

/// <summary>A fact id from the fact sheet with the documents users see as its source and the date it was last checked.</summary>
/// <param name="Confidence">V, C, S or U as in the fact sheet; S and U are shown as "reported".</param>
/// <param name="Documents">The fact's documents: sources.yaml's 'source' (with its 'url') first, then those under 'also'.</param>
public sealed record FactSource(
    string Id,
    string Confidence,
    IReadOnlyList<FactDocument> Documents,
    DateOnly Reviewed,
    SourceLocation Location)
{
    public bool IsReported => Confidence.Contains('S', StringComparison.Ordinal) || Confidence.Contains('U', StringComparison.Ordinal);
}

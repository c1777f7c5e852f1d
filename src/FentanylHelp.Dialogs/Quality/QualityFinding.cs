using FentanylHelp.Dialogs.Content;

namespace FentanylHelp.Dialogs.Quality;

/// <summary>
/// One problem a content gate found: which gate, where (file and line, and the node, string or fact), in which
/// language, what is wrong and the figure behind it (a reading grade, a phone number, a word).
/// </summary>
public sealed record QualityFinding(string Gate, SourceLocation Location, string Subject, string? Language, string Problem, string? Figure)
{
    public override string ToString() =>
        $"{Location}: {Gate}: {Subject}{(Language is null ? string.Empty : $" ({Language})")}: {Problem}{(Figure is null ? string.Empty : $": {Figure}")}";
}

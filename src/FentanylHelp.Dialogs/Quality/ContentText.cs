using FentanylHelp.Dialogs.Content;

namespace FentanylHelp.Dialogs.Quality;

/// <summary>
/// One text the bot can show, in every language it is written in, with where it is written.
/// <paramref name="Key"/> is the node id, string key or fact id; <paramref name="Field"/> says which text of it
/// ("text", "choice 2 label", "source"). <paramref name="FactScope"/> lists the fact ids whose figures the text
/// may state; null means any fact in the allowlist (strings.yaml, used everywhere).
/// </summary>
public sealed record ContentText(
    TextKind Kind,
    SourceLocation Location,
    string Key,
    string Field,
    LocalizedText Text,
    IReadOnlyList<string>? FactScope)
{
    public string Subject => $"{Key} {Field}";

    /// <summary>A message the bot says (rather than a button label or a source citation).</summary>
    public bool IsMessage => Kind is TextKind.NodeText or TextKind.NodeTitle or TextKind.SharedText;

    public string? In(string language) => Text.ByLanguage.GetValueOrDefault(language);
}

namespace FentanylHelp.Dialogs.Quality;

/// <summary>
/// dialogs/facts-allowlist.yaml: per fact id of the fact sheet, the phone numbers, links and numbers that fact
/// allows a text to state, and the few generic figures any text may state, each with its reason.
/// </summary>
public sealed class FactsAllowlist(IReadOnlyDictionary<string, IReadOnlyList<Figure>> byFact, IReadOnlyDictionary<string, string> generic)
{
    public static readonly FactsAllowlist Empty = new(new Dictionary<string, IReadOnlyList<Figure>>(), new Dictionary<string, string>());

    public IReadOnlyDictionary<string, IReadOnlyList<Figure>> ByFact { get; } = byFact;

    /// <summary>Figure key → why any text may state it.</summary>
    public IReadOnlyDictionary<string, string> Generic { get; } = generic;

    public bool IsGeneric(Figure figure) => Generic.ContainsKey(figure.Key);

    /// <summary>True when the figure is generic or one of <paramref name="factIds"/> allows it; a null scope means any fact.</summary>
    public bool Allows(IReadOnlyList<string>? factIds, Figure figure) =>
        IsGeneric(figure) || (factIds ?? [.. ByFact.Keys]).Any(id => ByFact.TryGetValue(id, out var allowed) && allowed.Any(entry => entry.Key == figure.Key));
}

using FentanylHelp.Dialogs.Understanding;

namespace FentanylHelp.Dialogs.Content;

/// <summary>Everything in dialogs/, loaded once at start-up and read-only afterwards.</summary>
public sealed class ContentCatalog
{
    /// <summary>Nodes the engine enters by itself; content must define them.</summary>
    public static class RequiredNodes
    {
        public const string Welcome = "welcome";
        public const string Menu = "menu";
        public const string Help = "help";
        public const string Privacy = "privacy";

        public static readonly IReadOnlyList<string> All = [Welcome, Menu, Help, Privacy];
    }

    public required IReadOnlyList<DialogNode> NodeList { get; init; }
    public required IReadOnlyDictionary<string, LocalizedText> Strings { get; init; }
    public required IReadOnlyList<CommandWords> Commands { get; init; }
    public required IReadOnlyList<CrisisCategory> Crisis { get; init; }

    /// <summary>Everyday requests about something else (dialogs/off-topic.yaml), one list per subject; matching one means "not understood".</summary>
    public IReadOnlyList<LocalizedPhrases> OffTopic { get; init; } = [];

    /// <summary>Word groups and guards shared by the crisis categories.</summary>
    public CrisisLexicon CrisisLexicon { get; init; } = CrisisLexicon.None;

    /// <summary>
    /// The detector of <see cref="Crisis"/> and <see cref="CrisisLexicon"/>, built the first time it is asked for:
    /// the validator (DLG015) and the engine share it rather than each compiling a few thousand patterns.
    /// </summary>
    public CrisisDetector CrisisDetector => crisisDetector ??= new(Crisis, CrisisLexicon);

    /// <summary>The concepts, rules and answers behind the crisis phrases (dialogs/crisis-concepts.yaml).</summary>
    public CrisisConcepts CrisisConcepts { get; init; } = CrisisConcepts.None;

    /// <summary>The crisis phrases and concepts together, deciding each message's emergency answer; built once, like <see cref="CrisisDetector"/>.</summary>
    public CrisisTriage CrisisTriage => crisisTriage ??= CrisisTriage.Build(CrisisDetector, CrisisConcepts, CrisisExamples);

    /// <summary>Labelled messages the crisis classifier learns from (dialogs/crisis-examples.tsv).</summary>
    public IReadOnlyList<CrisisExample> CrisisExamples { get; init; } = [];

    public required IReadOnlyDictionary<string, FactSource> Facts { get; init; }
    public required IReadOnlyDictionary<string, CardTemplate> Cards { get; init; }

    /// <summary>The nodes by id (the first of any duplicates; the validator reports the rest).</summary>
    public IReadOnlyDictionary<string, DialogNode> Nodes =>
        nodes ??= NodeList.DistinctBy(node => node.Id).ToDictionary(node => node.Id, StringComparer.Ordinal);

    /// <summary>Languages every string is written in: the bot answers only in those.</summary>
    public IReadOnlyList<string> Languages =>
        languages ??= [.. Strings.Values.Select(text => text.ByLanguage.Keys)
            .Aggregate((IEnumerable<string>)[LocalizedText.BaseLanguage, "es"], (common, keys) => common.Intersect(keys))];

    private Dictionary<string, DialogNode>? nodes;
    private string[]? languages;
    private CrisisDetector? crisisDetector;
    private CrisisTriage? crisisTriage;

    /// <summary>The content language for a channel locale ("es-MX" → es), or English when the content lacks it.</summary>
    public string LanguageForLocale(string? locale)
    {
        var requested = locale is { Length: >= 2 } ? locale[..2].ToLowerInvariant() : LocalizedText.BaseLanguage;
        return Languages.Contains(requested) ? requested : LocalizedText.BaseLanguage;
    }

    public string Text(string key, string language) =>
        Strings.TryGetValue(key, out var text) ? text.For(language) : throw new KeyNotFoundException($"No string '{key}' in strings.yaml.");
}

namespace FentanylHelp.Dialogs.Content;

/// <summary>A list of phrases per language: ask phrases, command words, crisis phrases.</summary>
public sealed class LocalizedPhrases(IReadOnlyDictionary<string, IReadOnlyList<string>> byLanguage)
{
    public static readonly LocalizedPhrases None = new(new Dictionary<string, IReadOnlyList<string>>());

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ByLanguage { get; } = byLanguage;

    public IReadOnlyList<string> For(string language) => ByLanguage.GetValueOrDefault(language, []);

    public IEnumerable<(string Language, string Phrase)> All() =>
        ByLanguage.SelectMany(pair => pair.Value.Select(phrase => (pair.Key, phrase)));
}

namespace FentanylHelp.Dialogs.Quality;

/// <summary>The lists in dialogs/quality.yaml that the gates read; words are kept normalized (lower case, no accents).</summary>
/// <param name="ProperNames">Names that reading levels and the leftover-language check skip.</param>
/// <param name="NotProse">strings.yaml keys that are formats, not sentences (a date format).</param>
/// <param name="SameInBothLanguages">Words spelled the same in English and Spanish ("no").</param>
/// <param name="Stopwords">Per language, common words that belong only to that language.</param>
/// <param name="Stigmatizing">Per language, terms to avoid, with what to say instead.</param>
public sealed record QualitySettings(
    IReadOnlyList<string> ProperNames,
    IReadOnlySet<string> NotProse,
    IReadOnlySet<string> SameInBothLanguages,
    IReadOnlyDictionary<string, IReadOnlySet<string>> Stopwords,
    IReadOnlyDictionary<string, IReadOnlyList<StigmatizingTerm>> Stigmatizing)
{
    public static readonly QualitySettings Empty = new(
        [],
        new HashSet<string>(),
        new HashSet<string>(),
        new Dictionary<string, IReadOnlySet<string>>(),
        new Dictionary<string, IReadOnlyList<StigmatizingTerm>>());

    public IReadOnlySet<string> StopwordsOf(string language) => Stopwords.GetValueOrDefault(language) ?? new HashSet<string>();
}

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

    /// <summary>A fact reviewed longer ago than this fails the fact-age gate, unless quality.yaml says otherwise.</summary>
    public const int DefaultReviewWithinMonths = 12;

    /// <summary>Per language, the most words a message may have to read as one phone screen, unless quality.yaml says otherwise.</summary>
    public static readonly IReadOnlyDictionary<string, int> DefaultMaxWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [QualityLanguages.English] = 90,
        [QualityLanguages.Spanish] = 110,
    };

    /// <summary>quality.yaml 'review-within-months': how many months a fact's review date stays current.</summary>
    public int ReviewWithinMonths { get; init; } = DefaultReviewWithinMonths;

    /// <summary>quality.yaml 'max-words': per language, the most words a message may have, not counting its sources line.</summary>
    public IReadOnlyDictionary<string, int> MaxWords { get; init; } = DefaultMaxWords;

    public IReadOnlySet<string> StopwordsOf(string language) => Stopwords.GetValueOrDefault(language) ?? new HashSet<string>();
}

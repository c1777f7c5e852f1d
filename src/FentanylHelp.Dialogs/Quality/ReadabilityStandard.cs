using System.Globalization;

namespace FentanylHelp.Dialogs.Quality;

/// <summary>
/// How one language's reading level is measured and what it must reach (from the content-gates issue):
/// English Flesch–Kincaid grade ≤ 9 for every message and a median ≤ 7; Spanish Fernández-Huerta ≥ 55 for
/// every message and a median ≥ 65.
/// </summary>
public sealed record ReadabilityStandard(
    string Language,
    string Scale,
    ISyllableCounter Syllables,
    Func<TextStatistics, double> Formula,
    bool HigherIsEasier,
    double MessageLimit,
    double MedianLimit,
    double HistogramStep)
{
    public static readonly ReadabilityStandard English = new(
        QualityLanguages.English, "Flesch-Kincaid grade", EnglishSyllableCounter.Instance, ReadabilityFormulas.FleschKincaidGrade,
        HigherIsEasier: false, MessageLimit: 9, MedianLimit: 7, HistogramStep: 1);

    public static readonly ReadabilityStandard Spanish = new(
        QualityLanguages.Spanish, "Fernandez-Huerta", SpanishSyllableCounter.Instance, ReadabilityFormulas.FernandezHuerta,
        HigherIsEasier: true, MessageLimit: 55, MedianLimit: 65, HistogramStep: 5);

    public static readonly IReadOnlyList<ReadabilityStandard> All = [English, Spanish];

    public static ReadabilityStandard For(string language) =>
        All.FirstOrDefault(standard => standard.Language == language) ?? throw new ArgumentOutOfRangeException(nameof(language), language, "no reading-level standard");

    /// <summary>"at most 9" / "at least 55", for messages.</summary>
    public string Limit(double limit) => string.Create(CultureInfo.InvariantCulture, $"{(HigherIsEasier ? "at least" : "at most")} {limit:0.#}");

    public bool Meets(double score, double limit) => HigherIsEasier ? score >= limit : score <= limit;

    /// <summary>Orders scores from the hardest to read to the easiest.</summary>
    public IEnumerable<T> HardestFirst<T>(IEnumerable<T> items, Func<T, double> score) =>
        HigherIsEasier ? items.OrderBy(score) : items.OrderByDescending(score);
}

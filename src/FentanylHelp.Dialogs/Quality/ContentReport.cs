using FentanylHelp.Dialogs.Content;

namespace FentanylHelp.Dialogs.Quality;

/// <summary>
/// The content report: messages per language, the reading-level distribution, the hardest messages, and every
/// content diagnostic and gate finding. It passes only when there are none.
/// </summary>
public sealed record ContentReport(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<LanguageReport> Languages, IReadOnlyList<QualityFinding> Findings)
{
    public const int HardestCount = 10;

    public bool Passed => Diagnostics.Count == 0 && Findings.Count == 0;

    public static ContentReport Create(QualityContent content, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(content);
        var languages = ReadabilityStandard.All.Select(standard =>
        {
            var readings = ReadabilityGate.Read(content, standard);
            return new LanguageReport(
                standard,
                content.Texts.Count(text => text.IsMessage && text.In(standard.Language) is not null),
                content.Texts.Count(text => text.Kind == TextKind.ChoiceLabel && text.In(standard.Language) is not null),
                readings,
                ScoreDistribution.Of(readings.Select(reading => reading.Score), standard.HistogramStep),
                [.. standard.HardestFirst(readings, reading => reading.Score).Take(HardestCount)]);
        }).ToList();
        return new ContentReport(diagnostics, languages, ContentGates.Check(content));
    }
}

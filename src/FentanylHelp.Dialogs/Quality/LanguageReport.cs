namespace FentanylHelp.Dialogs.Quality;

/// <summary>One language's part of the content report.</summary>
/// <param name="Messages">Node texts, titles and strings written in this language.</param>
/// <param name="Labels">Button labels written in this language.</param>
/// <param name="Readings">The messages long enough to score, in content order.</param>
/// <param name="Distribution">Null when no message is written in this language yet.</param>
/// <param name="Hardest">The hardest messages to read, hardest first.</param>
public sealed record LanguageReport(
    ReadabilityStandard Standard,
    int Messages,
    int Labels,
    IReadOnlyList<MessageReading> Readings,
    ScoreDistribution? Distribution,
    IReadOnlyList<MessageReading> Hardest);

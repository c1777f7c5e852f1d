namespace FentanylHelp.Dialogs.Quality;

/// <summary>Every content gate, in the order the report shows them.</summary>
public static class ContentGates
{
    public static readonly IReadOnlyList<IContentGate> All = [
        new ReadabilityGate(), new ParityGate(), new FactsGate(), new LanguageLintGate(), new MessageLengthGate(), new SourceLinkGate(), new FactAgeGate(),
    ];

    public static IReadOnlyList<QualityFinding> Check(QualityContent content) => [.. All.SelectMany(gate => gate.Check(content))];
}

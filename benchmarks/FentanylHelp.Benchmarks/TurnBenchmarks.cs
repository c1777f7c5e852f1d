using BenchmarkDotNet.Attributes;
using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using FentanylHelp.Dialogs.Hosting;
using FentanylHelp.Dialogs.Understanding;

namespace FentanylHelp.Benchmarks;

/// <summary>
/// What understanding adds to a turn. A tapped button skips the recognizer; a typed question goes through
/// the crisis triage (phrases, concepts and classifier) and the recognizer. The difference between the two is the added time per turn.
/// Messages are a fixed list written for this benchmark (not the evaluation set), cycled per call.
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private static readonly string[] Messages =
    [
        "where is fentanyl made",
        "is the fentanyl patch my grandma uses the same thing",
        "how do i get narcan without a prescription",
        "de donde viene el fentanilo",
        "mi hijo usa pastillas que hago",
        "are fake m30s common",
        "what are signs of an overdose",
        "necesito ayuda para dejar las drogas",
        "how strong is fentanyl compared to heroin",
        "tell me a joke",
        "wher is fentynal made",
        "tiras reactivas de fentanilo",
    ];

    private DialogEngine engine = null!;
    private CrisisDetector crisis = null!;
    private CrisisTriage triage = null!;
    private LuceneIntentRecognizer recognizer = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = ContentLoader.LoadValid(Path.Combine(AppContext.BaseDirectory, "dialogs"));
        engine = DialogEngineFactory.Create(catalog, TimeProvider.System);
        crisis = new CrisisDetector(catalog.Crisis, catalog.CrisisLexicon);
        triage = catalog.CrisisTriage;
        recognizer = new LuceneIntentRecognizer(catalog.NodeList, catalog.OffTopic);
    }

    [GlobalCleanup]
    public void Cleanup() => recognizer.Dispose();

    [Benchmark(Baseline = true, Description = "turn: tap a button")]
    public TurnResult TapTurn() =>
        engine.Turn(TurnInput.Submit(new Dictionary<string, string> { [SubmitKeys.From] = "menu", [SubmitKeys.Choice] = "1" }), AtMenu());

    [Benchmark(Description = "turn: typed question")]
    public TurnResult TypedTurn() => engine.Turn(TurnInput.Message(NextMessage()), AtMenu());

    [Benchmark(Description = "crisis check alone")]
    public CrisisMatch? CrisisCheck() => crisis.Detect(NextMessage());

    [Benchmark(Description = "crisis triage (phrases, concepts, classifier)")]
    public CrisisAssessment CrisisTriage() => triage.Assess(NextMessage());

    [Benchmark(Description = "recognizer alone")]
    public IReadOnlyList<Intent> Recognize() => recognizer.Recognize(NextMessage(), "en");

    private static DialogState AtMenu() => new() { Node = ContentCatalog.RequiredNodes.Menu, Language = "en" };

    private string NextMessage() => Messages[next++ % Messages.Length];
}

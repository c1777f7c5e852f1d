using BenchmarkDotNet.Attributes;
using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Understanding;

namespace FentanylHelp.Benchmarks;

/// <summary>
/// What the bot does once per process before its first answer: read and check every file in dialogs/, compile the
/// crisis phrases and concepts and train the classifier on crisis-examples.tsv, and index the ask phrases. The sum is
/// most of the cold start; each part alone says where it goes.
/// </summary>
[MemoryDiagnoser]
public class StartupBenchmarks
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "dialogs");
    private ContentCatalog catalog = null!;

    [GlobalSetup]
    public void Setup() => catalog = ContentLoader.LoadValid(Folder);

    [Benchmark(Description = "start: load and check dialogs/")]
    public ContentCatalog LoadContent() => ContentLoader.LoadValid(Folder);

    [Benchmark(Description = "start: crisis triage (compile, train classifier)")]
    public CrisisTriage BuildTriage() => CrisisTriage.Build(catalog.CrisisDetector, catalog.CrisisConcepts, catalog.CrisisExamples);

    [Benchmark(Description = "start: recognizer index")]
    public LuceneIntentRecognizer BuildRecognizer()
    {
        var recognizer = new LuceneIntentRecognizer(catalog.NodeList, catalog.OffTopic);
        recognizer.Dispose();
        return recognizer;
    }
}

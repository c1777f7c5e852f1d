using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Evaluation;
using FentanylHelp.Dialogs.Hosting;
using FentanylHelp.Dialogs.Quality;

namespace FentanylHelp.ContentTools;

/// <summary>
/// The command line. <c>report [path/to/dialogs]</c> prints the content report and fails when a gate fails;
/// <c>eval [path/to/utterances.tsv]</c> plays the evaluation set through the engine and prints the figures,
/// the confusion summary and every miss, failing when a target of <see cref="UnderstandingTargets"/> is missed;
/// <c>explain "message"</c> prints which crisis phrases, concepts and rules a message meets, and the decision.
/// </summary>
internal static class ContentToolsCommand
{
    public const int Passed = 0;
    public const int GateFailed = 1;
    public const int UsageError = 2;

    private const string Usage = """
        usage: report [path/to/dialogs]         the content report (default: the dialogs/ folder above the current directory)
               eval [path/to/utterances.tsv]    the understanding evaluation (default: tests/evaluation/utterances.tsv)
               explain "a message"             the crisis phrases, concepts and rules the message meets, and the decision
        """;

    /// <param name="clock">Gives the date the report judges review dates against (the system clock, or a fake in tests).</param>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, string currentDirectory, TimeProvider clock)
    {
        if (args.Count is 0 or > 2 || args[0] is not ("report" or "eval" or "explain") || (args[0] == "explain" && args.Count != 2))
        {
            error.WriteLine(Usage);
            return UsageError;
        }

        if (args[0] == "explain")
        {
            return Explain(args[1], output, error, currentDirectory);
        }

        if (args[0] == "eval")
        {
            return Evaluate(args.Count == 2 ? Path.GetFullPath(args[1], currentDirectory) : null, output, error, currentDirectory);
        }

        var folder = args.Count == 2 ? Path.GetFullPath(args[1], currentDirectory) : ContentFolderLocator.Find(currentDirectory);
        if (folder is null || !Directory.Exists(folder))
        {
            error.WriteLine(folder is null
                ? $"No dialogs/ folder found in {currentDirectory} or above it. Give its path: report path/to/dialogs"
                : $"The content folder '{folder}' does not exist.");
            return UsageError;
        }

        var (content, diagnostics) = QualityContentLoader.Load(ContentLoader.ReadDirectory(folder), clock);
        var report = ContentReport.Create(content, diagnostics);
        ReportWriter.Write(report, folder, output);
        return report.Passed ? Passed : GateFailed;
    }

    private static int Explain(string message, TextWriter output, TextWriter error, string currentDirectory)
    {
        if (ContentFolderLocator.Find(currentDirectory) is not { } folder)
        {
            error.WriteLine($"No dialogs/ folder found in {currentDirectory} or above it: run inside the repository.");
            return UsageError;
        }

        try
        {
            ExplainWriter.Write(ContentLoader.LoadValid(folder).CrisisTriage.Assess(message), output);
            return Passed;
        }
        catch (ContentException invalid)
        {
            error.WriteLine(invalid.Message);
            return GateFailed;
        }
    }

    private static int Evaluate(string? set, TextWriter output, TextWriter error, string currentDirectory)
    {
        var folder = ContentFolderLocator.Find(currentDirectory);
        set ??= folder is null ? null : Path.Combine(folder, "..", "tests", "evaluation", "utterances.tsv");
        if (folder is null || set is null || !File.Exists(set))
        {
            error.WriteLine("No evaluation set found: run inside the repository, or give the path: eval path/to/utterances.tsv");
            return UsageError;
        }

        var engine = DialogEngineFactory.Create(ContentLoader.LoadValid(folder), TimeProvider.System);
        var report = Evaluator.Run(engine, EvaluationSet.Load(set));
        output.Write(report.Summary());
        return UnderstandingTargets.Met(report) ? Passed : GateFailed;
    }
}

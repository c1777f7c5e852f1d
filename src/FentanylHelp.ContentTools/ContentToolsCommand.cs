using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Quality;

namespace FentanylHelp.ContentTools;

/// <summary>The command line: <c>report [path/to/dialogs]</c> prints the content report and fails when a gate fails.</summary>
internal static class ContentToolsCommand
{
    public const int Passed = 0;
    public const int GateFailed = 1;
    public const int UsageError = 2;

    private const string Usage = "usage: report [path/to/dialogs]   (default: the dialogs/ folder above the current directory)";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, string currentDirectory)
    {
        if (args.Count is 0 or > 2 || args[0] != "report")
        {
            error.WriteLine(Usage);
            return UsageError;
        }

        var folder = args.Count == 2 ? Path.GetFullPath(args[1], currentDirectory) : ContentFolderLocator.Find(currentDirectory);
        if (folder is null || !Directory.Exists(folder))
        {
            error.WriteLine(folder is null
                ? $"No dialogs/ folder found in {currentDirectory} or above it. Give its path: report path/to/dialogs"
                : $"The content folder '{folder}' does not exist.");
            return UsageError;
        }

        var (content, diagnostics) = QualityContentLoader.Load(ContentLoader.ReadDirectory(folder));
        var report = ContentReport.Create(content, diagnostics);
        ReportWriter.Write(report, folder, output);
        return report.Passed ? Passed : GateFailed;
    }
}

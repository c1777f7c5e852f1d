using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Quality;
using Microsoft.Extensions.Time.Testing;

namespace FentanylHelp.ContentTools.Tests;

/// <summary>`report [path]`: the content report on stdout, exit code 1 when a gate fails, 2 for a usage error.</summary>
public sealed class ContentToolsCommandTests
{
    private const string PlantedDialog = """
        dialog: planted
        nodes:
          - id: planted
            text:
              en: Every addict should call 1-800-555-0199 now.
              es: Llame al 1-800-555-0199 ahora.
            ask:
              en: [planted question]
              es: [pregunta plantada]
            choices:
              - label: { en: "Main menu", es: "Menú principal" }
                command: menu
        """;

    [Fact]
    public void The_report_shows_counts_reading_levels_hardest_messages_and_findings()
    {
        using var folder = new ContentFolderCopy();

        var (exitCode, output, _) = Run(["report", folder.Dialogs], folder.Root);

        Assert.Contains("Messages per language", output, StringComparison.Ordinal);
        Assert.Contains("Reading level (en): Flesch-Kincaid grade", output, StringComparison.Ordinal);
        Assert.Contains("Reading level (es): Fernandez-Huerta", output, StringComparison.Ordinal);
        Assert.Contains(" median ", output, StringComparison.Ordinal);
        Assert.Contains("hardest to read:", output, StringComparison.Ordinal);
        Assert.Contains("Gate findings:", output, StringComparison.Ordinal);
        Assert.All(ContentGates.All, gate => Assert.Contains($"  {gate.Name}: ", output, StringComparison.Ordinal));
        var report = ContentReport.Create(QualityContentLoader.Load(ContentLoader.ReadDirectory(folder.Dialogs), TimeProvider.System).Content, []);
        Assert.Equal(report.Passed ? ContentToolsCommand.Passed : ContentToolsCommand.GateFailed, exitCode);
    }

    [Fact]
    public void A_planted_bad_message_is_listed_and_fails_the_command()
    {
        using var folder = new ContentFolderCopy();
        folder.Write("planted.dialog.yaml", PlantedDialog);

        var (exitCode, output, _) = Run(["report", folder.Dialogs], folder.Root);

        Assert.Equal(ContentToolsCommand.GateFailed, exitCode);
        Assert.Contains("dialogs/planted.dialog.yaml(3): language: planted text (en): stigmatizing term", output, StringComparison.Ordinal);
        Assert.Contains("dialogs/planted.dialog.yaml(3): facts: planted text (es): states a phone number but lists no fact ids: 1-800-555-0199", output, StringComparison.Ordinal);
        Assert.Contains("Result: FAILED (", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_reviewed_more_than_a_year_before_the_given_date_fail_the_command()
    {
        using var folder = new ContentFolderCopy();
        var twoYearsOn = new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddYears(2));

        var (exitCode, output, _) = Run(["report", folder.Dialogs], folder.Root, twoYearsOn);

        Assert.Equal(ContentToolsCommand.GateFailed, exitCode);
        Assert.Contains("  fact-age: ", output, StringComparison.Ordinal);
        Assert.Contains("fact-age: R1 reviewed: is more than 12 months before", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_path_the_report_finds_dialogs_above_the_current_directory()
    {
        using var folder = new ContentFolderCopy();
        var nested = Directory.CreateDirectory(Path.Combine(folder.Root, "src", "deep")).FullName;

        var (_, output, _) = Run(["report"], nested);

        Assert.StartsWith($"Content report for {folder.Dialogs}", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("lint")]
    [InlineData("report a b")]
    public void An_unknown_command_prints_the_usage(string commandLine)
    {
        var (exitCode, output, error) = Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries), AppContext.BaseDirectory);

        Assert.Equal(ContentToolsCommand.UsageError, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("usage: report", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_a_usage_error()
    {
        var (exitCode, _, error) = Run(["report", "no-such-folder"], Path.GetTempPath());

        Assert.Equal(ContentToolsCommand.UsageError, exitCode);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Error) Run(string[] args, string currentDirectory, TimeProvider? clock = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = ContentToolsCommand.Run(args, output, error, currentDirectory, clock ?? TimeProvider.System);
        return (exitCode, output.ToString(), error.ToString());
    }
}

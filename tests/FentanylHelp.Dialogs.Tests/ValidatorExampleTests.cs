using System.Text.RegularExpressions;
using FentanylHelp.Dialogs.Content;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>Each diagnostic code has a broken example in ValidatorExamples/ that must report exactly it.</summary>
public sealed partial class ValidatorExampleTests
{
    private static string ExamplesFolder => Path.Combine(AppContext.BaseDirectory, "ValidatorExamples");

    public static TheoryData<string> Examples() =>
        [.. Directory.EnumerateFiles(ExamplesFolder, "DLG*").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Broken_example_reports_exactly_its_diagnostic(string example)
    {
        var text = File.ReadAllText(Path.Combine(ExamplesFolder, example));
        var expectation = Expectation().Match(text);
        Assert.True(expectation.Success, $"{example} must start with '# expect: DLGnnn line N'");
        var file = new ContentFile(TargetPath(example), text);

        var (_, diagnostics) = ContentLoader.Load(TestContent.With(file));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(expectation.Groups["code"].Value, diagnostic.Code);
        Assert.Equal(file.Path, diagnostic.Location.File);
        Assert.Equal(int.Parse(expectation.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), diagnostic.Location.Line);
    }

    [Fact]
    public void Every_diagnostic_code_has_an_example()
    {
        var codes = typeof(DiagnosticCodes).GetFields().Select(field => (string)field.GetValue(null)!);
        var examples = Examples().Select(row => ((string)row.Data)[..6]).ToHashSet();

        Assert.All(codes, code => Assert.Contains(code, examples));
    }

    [Fact]
    public void Diagnostics_name_file_line_and_problem()
    {
        var file = new ContentFile("dialogs/example.dialog.yaml", File.ReadAllText(Path.Combine(ExamplesFolder, "DLG002-unknown-node.dialog.yaml")));

        var (_, diagnostics) = ContentLoader.Load(TestContent.With(file));

        Assert.Equal("dialogs/example.dialog.yaml(8): DLG002 choice goes to unknown node 'example-pils'", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Invalid_yaml_is_reported_with_its_line()
    {
        var file = new ContentFile("dialogs/example.dialog.yaml", "dialog: example\nnodes:\n  - id: [unclosed\n");

        var (_, diagnostics) = ContentLoader.Load(TestContent.With(file));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidFile, diagnostic.Code);
        Assert.Equal(4, diagnostic.Location.Line);
    }

    [Fact]
    public void LoadValid_refuses_invalid_content_listing_every_problem()
    {
        var folder = Directory.CreateTempSubdirectory("dialogs-");
        try
        {
            foreach (var file in TestContent.Files)
            {
                var path = Path.Combine(folder.FullName, file.Path["dialogs/".Length..]);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Text);
            }

            File.Copy(Path.Combine(ExamplesFolder, "DLG002-unknown-node.dialog.yaml"), Path.Combine(folder.FullName, "broken.dialog.yaml"));

            var error = Assert.Throws<ContentException>(() => ContentLoader.LoadValid(folder.FullName));

            Assert.Contains("broken.dialog.yaml(8): DLG002", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string TargetPath(string example)
    {
        var target = example[(example.IndexOf('.', StringComparison.Ordinal) + 1)..];
        return target switch
        {
            "dialog.yaml" => "dialogs/example.dialog.yaml",
            "card.json" => "dialogs/cards/example.json",
            _ => $"dialogs/{target}",
        };
    }

    [GeneratedRegex(@"^(#|//) expect: (?<code>DLG\d{3}) line (?<line>\d+)")]
    private static partial Regex Expectation();
}

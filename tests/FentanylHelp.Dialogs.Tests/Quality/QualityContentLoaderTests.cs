using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Quality;

namespace FentanylHelp.Dialogs.Tests.Quality;

/// <summary>The gates' own files load without problems, and their mistakes are reported like other content mistakes.</summary>
public sealed class QualityContentLoaderTests
{
    [Fact]
    public void The_real_quality_files_load_without_diagnostics()
    {
        var (content, diagnostics) = QualityContentLoader.Load(TestContent.Files);

        Assert.True(diagnostics.Count == 0, string.Join(Environment.NewLine, diagnostics));
        Assert.Contains("SAMHSA", content.Settings.ProperNames);
        Assert.NotEmpty(content.Settings.Stigmatizing[QualityLanguages.Spanish]);
        Assert.Equal(content.Catalog.Facts.Keys.Order(StringComparer.Ordinal), content.Allowlist.ByFact.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_bot_itself_ignores_the_quality_files()
    {
        var (_, diagnostics) = ContentLoader.Load(TestContent.Files);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_misspelt_field_in_quality_yaml_is_reported_with_its_line()
    {
        var settings = TestContent.Files.Single(file => file.Path == "dialogs/quality.yaml");
        var misspelt = settings with { Text = settings.Text + "proper-name: [Typo]\n" };

        var (_, diagnostics) = QualityContentLoader.Load(TestContent.With(misspelt));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidFile, "dialogs/quality.yaml"), (diagnostic.Code, diagnostic.Location.File));
        Assert.Equal(settings.Text.Split('\n').Length, diagnostic.Location.Line);
        Assert.Contains("unknown field 'proper-name'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_allowlist_is_reported()
    {
        var files = TestContent.Files.Where(file => file.Path != "dialogs/facts-allowlist.yaml");

        var (_, diagnostics) = QualityContentLoader.Load(files);

        Assert.Equal("dialogs/facts-allowlist.yaml", Assert.Single(diagnostics).Location.File);
    }

    [Fact]
    public void A_generic_exception_must_be_one_figure()
    {
        var allowlist = PlantedContent.Edited("dialogs/facts-allowlist.yaml", "generic:\n", "generic:\n  \"911 or 988\": two numbers in one entry\n");

        var (_, diagnostics) = QualityContentLoader.Load(TestContent.With(allowlist));

        Assert.Contains("must be one phone number, link or number", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }
}

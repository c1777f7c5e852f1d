using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Quality;
using Microsoft.Extensions.Time.Testing;

namespace FentanylHelp.Dialogs.Tests.Quality;

/// <summary>The gates' own files load without problems, and their mistakes are reported like other content mistakes.</summary>
public sealed class QualityContentLoaderTests
{
    private static readonly FakeTimeProvider Clock = new(PlantedContent.PlantedToday);

    [Fact]
    public void The_real_quality_files_load_without_diagnostics()
    {
        var (content, diagnostics) = QualityContentLoader.Load(TestContent.Files, Clock);

        Assert.True(diagnostics.Count == 0, string.Join(Environment.NewLine, diagnostics));
        Assert.Contains("SAMHSA", content.Settings.ProperNames);
        Assert.NotEmpty(content.Settings.Stigmatizing[QualityLanguages.Spanish]);
        Assert.Equal(content.Catalog.Facts.Keys.Order(StringComparer.Ordinal), content.Allowlist.ByFact.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new DateOnly(2026, 12, 7), content.Today);
    }

    [Fact]
    public void The_fact_age_and_message_length_limits_come_from_quality_yaml()
    {
        var settings = PlantedContent.Edited("dialogs/quality.yaml", "review-within-months: 12\n", "review-within-months: 6\n");
        var lengths = settings with { Text = settings.Text.Replace("max-words: { en: 90, es: 110 }", "max-words: { es: 120 }", StringComparison.Ordinal) };

        var (content, diagnostics) = QualityContentLoader.Load(TestContent.With(lengths), Clock);

        Assert.Empty(diagnostics);
        Assert.Equal(6, content.Settings.ReviewWithinMonths);
        Assert.Equal((90, 120), (content.Settings.MaxWords[QualityLanguages.English], content.Settings.MaxWords[QualityLanguages.Spanish]));
    }

    [Fact]
    public void Without_limits_in_quality_yaml_the_defaults_hold_12_months_90_and_110_words()
    {
        var settings = PlantedContent.Edited("dialogs/quality.yaml", "review-within-months: 12\n", string.Empty);
        var withoutLimits = settings with { Text = settings.Text.Replace("max-words: { en: 90, es: 110 }\n", string.Empty, StringComparison.Ordinal) };

        var content = QualityContentLoader.Load(TestContent.With(withoutLimits), Clock).Content;

        Assert.Equal(12, content.Settings.ReviewWithinMonths);
        Assert.Equal((90, 110), (content.Settings.MaxWords[QualityLanguages.English], content.Settings.MaxWords[QualityLanguages.Spanish]));
    }

    [Theory]
    [InlineData("review-within-months: 12\n", "review-within-months: a year\n", "whole number of months")]
    [InlineData("max-words: { en: 90, es: 110 }\n", "max-words: { en: ninety, es: 110 }\n", "whole number of words")]
    public void A_limit_that_is_not_a_whole_number_is_reported(string line, string broken, string message)
    {
        var settings = PlantedContent.Edited("dialogs/quality.yaml", line, broken);

        var (_, diagnostics) = QualityContentLoader.Load(TestContent.With(settings), Clock);

        Assert.Contains(message, Assert.Single(diagnostics).Message, StringComparison.Ordinal);
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

        var (_, diagnostics) = QualityContentLoader.Load(TestContent.With(misspelt), Clock);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidFile, "dialogs/quality.yaml"), (diagnostic.Code, diagnostic.Location.File));
        Assert.Equal(settings.Text.Split('\n').Length, diagnostic.Location.Line);
        Assert.Contains("unknown field 'proper-name'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_allowlist_is_reported()
    {
        var files = TestContent.Files.Where(file => file.Path != "dialogs/facts-allowlist.yaml");

        var (_, diagnostics) = QualityContentLoader.Load(files, Clock);

        Assert.Equal("dialogs/facts-allowlist.yaml", Assert.Single(diagnostics).Location.File);
    }

    [Fact]
    public void A_generic_exception_must_be_one_figure()
    {
        var allowlist = PlantedContent.Edited("dialogs/facts-allowlist.yaml", "generic:\n", "generic:\n  \"911 or 988\": two numbers in one entry\n");

        var (_, diagnostics) = QualityContentLoader.Load(TestContent.With(allowlist), Clock);

        Assert.Contains("must be one phone number, link or number", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }
}

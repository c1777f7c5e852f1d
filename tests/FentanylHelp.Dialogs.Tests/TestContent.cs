using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using FentanylHelp.Dialogs.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>The real dialogs/ folder (copied beside the tests), optionally with files added or replaced.</summary>
internal static class TestContent
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "dialogs");

    public static IReadOnlyList<ContentFile> Files => ContentLoader.ReadDirectory(Folder);

    public static ContentCatalog Catalog { get; } = ContentLoader.LoadValid(Folder);

    /// <summary>The real files, where a file of the same path is replaced and a new one added.</summary>
    public static IReadOnlyList<ContentFile> With(params ContentFile[] changes) =>
        [.. Files.Where(file => changes.All(change => change.Path != file.Path)), .. changes];

    /// <summary>The content as it would be with no Spanish system strings: the bot then answers only in English.</summary>
    public static ContentCatalog EnglishOnly()
    {
        var strings = Files.Single(file => file.Path == "dialogs/strings.yaml");
        var englishOnly = string.Join('\n', strings.Text.Split('\n').Where(line => !line.TrimStart().StartsWith("es:", StringComparison.Ordinal)));
        var (catalog, diagnostics) = ContentLoader.Load(With(strings with { Text = englishOnly }));
        return diagnostics.Count == 0 ? catalog : throw new InvalidOperationException(string.Join(Environment.NewLine, diagnostics));
    }

    public static (DialogEngine Engine, FakeTimeProvider Time) Engine(ContentCatalog? catalog = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        return (DialogEngineFactory.Create(catalog ?? Catalog, time), time);
    }
}

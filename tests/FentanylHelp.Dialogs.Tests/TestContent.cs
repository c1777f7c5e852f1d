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

    public static (DialogEngine Engine, FakeTimeProvider Time) Engine(ContentCatalog? catalog = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        return (DialogEngineFactory.Create(catalog ?? Catalog, time), time);
    }
}

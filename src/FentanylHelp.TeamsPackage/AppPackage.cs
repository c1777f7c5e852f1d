using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FentanylHelp.TeamsPackage;

/// <summary>
/// The Teams app package: the filled manifest, its localization files and the two icons, all at the root of a
/// zip (Teams rejects a package whose files sit in a folder).
/// </summary>
internal static class AppPackage
{
    /// <summary>Teams' sizes: a full-colour 192×192 icon, and a 32×32 white outline on transparent.</summary>
    public const int ColorIconSize = 192;

    public const int OutlineIconSize = 32;

    /// <summary>A fixed time for every entry, so the same inputs give the same zip.</summary>
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The files of the package, by name, built from the folder holding manifest.json.</summary>
    public static IReadOnlyDictionary<string, byte[]> Files(string manifestFolder, PackageSettings settings)
    {
        var manifest = ManifestTemplate.Fill(File.ReadAllText(Path.Combine(manifestFolder, "manifest.json")), settings.Placeholders());
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["manifest.json"] = Encoding.UTF8.GetBytes(manifest.ToJsonString(Indented)),
        };

        foreach (var language in manifest["localizationInfo"]?["additionalLanguages"]?.AsArray() ?? [])
        {
            var file = (string)language!["file"]!;
            files[RootName(file)] = File.ReadAllBytes(Path.Combine(manifestFolder, file));
        }

        var icons = manifest["icons"]!;
        files[RootName((string)icons["color"]!)] = SvgIcon.RenderPng(File.ReadAllText(Path.Combine(manifestFolder, "icons", "color.svg")), ColorIconSize, whiteOnly: false);
        files[RootName((string)icons["outline"]!)] = SvgIcon.RenderPng(File.ReadAllText(Path.Combine(manifestFolder, "icons", "outline.svg")), OutlineIconSize, whiteOnly: true);
        return files;
    }

    public static void WriteZip(IReadOnlyDictionary<string, byte[]> files, string zipPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(zipPath))!);
        using var stream = File.Create(zipPath);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
        foreach (var (name, content) in files)
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = EntryTime;
            using var entryStream = entry.Open();
            entryStream.Write(content);
        }
    }

    /// <summary>Files the manifest names must sit beside it at the root of the zip.</summary>
    private static string RootName(string relativePath) =>
        relativePath.Contains('/', StringComparison.Ordinal) || relativePath.Contains('\\', StringComparison.Ordinal)
            ? throw new InvalidDataException($"'{relativePath}' must be a file name at the root of the package, not a path.")
            : relativePath;
}

using System.IO.Compression;
using System.Text.Json.Nodes;

namespace FentanylHelp.TeamsPackage.Tests;

/// <summary>The package as the README's command writes it, from the real teamsAppManifest/ folder, into a temporary folder.</summary>
public sealed class BuiltPackage : IDisposable
{
    public const string AppId = "5B0E7A3C-91D2-4F4B-8C6E-2A7D9F1E3B50";

    public static readonly string[] Options =
    [
        "--developer-name", "County Health Department",
        "--website-url", "https://health.example.org/",
        "--privacy-url", "https://health.example.org/privacy",
        "--terms-url", "https://health.example.org/terms",
        "--version", "1.2.3",
    ];

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("teams-package-");

    public BuiltPackage()
    {
        ZipPath = Path.Combine(folder.FullName, "out", "app.zip");
        var error = new StringWriter();
        ExitCode = TeamsPackageCommand.Run(
            ["--app-id", AppId, "--out", ZipPath, "--manifest-dir", RepositoryFolders.TeamsAppManifest, .. Options],
            TextWriter.Null, error, folder.FullName);
        Error = error.ToString();
        if (ExitCode == 0)
        {
            using var zip = ZipFile.OpenRead(ZipPath);
            Entries = zip.Entries.ToDictionary(entry => entry.FullName, ReadAll, StringComparer.Ordinal);
        }
    }

    public int ExitCode { get; }

    public string Error { get; }

    public string ZipPath { get; }

    public IReadOnlyDictionary<string, byte[]> Entries { get; } = new Dictionary<string, byte[]>();

    public JsonObject Manifest => JsonNode.Parse(Entries["manifest.json"])!.AsObject();

    /// <summary>Writes files into a new folder for the validator, and returns their paths.</summary>
    public IReadOnlyList<string> Extract(string name, params (string File, string Content)[] files)
    {
        var target = Directory.CreateDirectory(Path.Combine(folder.FullName, name));
        return [.. files.Select(file =>
        {
            var path = Path.Combine(target.FullName, file.File);
            File.WriteAllText(path, file.Content);
            return path;
        })];
    }

    public void Dispose() => folder.Delete(recursive: true);

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

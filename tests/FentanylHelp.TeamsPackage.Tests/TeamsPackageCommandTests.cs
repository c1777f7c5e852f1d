namespace FentanylHelp.TeamsPackage.Tests;

/// <summary>Bad input to the package command gets a clear message and exit code 2, and no zip.</summary>
public sealed class TeamsPackageCommandTests
{
    public static TheoryData<string[], string> BadOptions() => new()
    {
        { ["--app-id", "not-a-guid"], "--app-id must be the bot's Microsoft App ID" },
        { ["--app-id", BuiltPackage.AppId, "--privacy-url", "http://health.example.org/privacy"], "privacyUrl (--privacy-url) must be an https:// address" },
        { ["--app-id", BuiltPackage.AppId, "--version", "1.0"], "must be MAJOR.MINOR.PATCH" },
        { ["--app-id", BuiltPackage.AppId, "--teams-app-id", "x"], "--teams-app-id must be a GUID" },
        { ["--app-id", BuiltPackage.AppId, "--colour", "red"], "Unknown option --colour" },
        { ["--app-id"], "Options come in pairs" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Bad_options_are_named_and_no_zip_is_written(string[] options, string message)
    {
        var folder = Directory.CreateTempSubdirectory("teams-package-bad-");
        try
        {
            var zip = Path.Combine(folder.FullName, "app.zip");
            var error = new StringWriter();
            string[] args = [.. BuiltPackage.Options, "--manifest-dir", RepositoryFolders.TeamsAppManifest, "--out", zip, .. options];

            var exitCode = TeamsPackageCommand.Run(args, TextWriter.Null, error, folder.FullName);

            Assert.Equal(2, exitCode);
            Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
            Assert.False(File.Exists(zip));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_committed_settings_file_alone_does_not_make_a_package_with_empty_pages()
    {
        var error = new StringWriter();

        var exitCode = TeamsPackageCommand.Run(["--app-id", BuiltPackage.AppId, "--manifest-dir", RepositoryFolders.TeamsAppManifest, "--out", Path.Combine(Path.GetTempPath(), "never-" + Guid.NewGuid().ToString("N") + ".zip")], TextWriter.Null, error, Path.GetTempPath());

        Assert.Equal(2, exitCode);
        Assert.Contains("developerName", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("privacyUrl", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_placeholder_in_the_template_stops_the_build()
    {
        var folder = Directory.CreateTempSubdirectory("teams-package-template-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryFolders.TeamsAppManifest, "*", SearchOption.AllDirectories).Where(path => !path.Contains("node_modules", StringComparison.Ordinal)))
            {
                var target = Path.Combine(folder.FullName, Path.GetRelativePath(RepositoryFolders.TeamsAppManifest, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var manifest = Path.Combine(folder.FullName, "manifest.json");
            File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("${{BOT_ID}}", "${{BOTID}}", StringComparison.Ordinal));
            var error = new StringWriter();

            var exitCode = TeamsPackageCommand.Run(["--app-id", BuiltPackage.AppId, "--manifest-dir", folder.FullName, "--out", Path.Combine(folder.FullName, "app.zip"), .. BuiltPackage.Options], TextWriter.Null, error, folder.FullName);

            Assert.Equal(2, exitCode);
            Assert.Contains("unknown placeholder ${{BOTID}}", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

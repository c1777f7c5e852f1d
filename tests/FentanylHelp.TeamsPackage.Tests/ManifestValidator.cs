using System.Diagnostics;

namespace FentanylHelp.TeamsPackage.Tests;

/// <summary>
/// Runs teamsAppManifest/validation/validate.js: Microsoft's manifest schemas from the npm package
/// @microsoft/app-manifest, offline. Its node_modules come from <c>npm ci</c> in that folder (.ci/run does it).
/// </summary>
internal static class ManifestValidator
{
    public static (int ExitCode, string Output) Validate(params IReadOnlyList<string> files)
    {
        var folder = Path.Combine(RepositoryFolders.TeamsAppManifest, "validation");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "@microsoft", "app-manifest")),
            $"Run 'npm ci' in {folder} first (.ci/run does): the validator needs @microsoft/app-manifest.");
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("validate.js");
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The manifest validator did not finish within a minute.");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}

using System.Diagnostics;
using System.Reflection;

namespace FentanylHelp.Deployment.Tests.Bicep;

/// <summary>
/// The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 NuGet package (a PackageDownload of this project),
/// so CI gets it from the package registry like any other package. It works offline for templates that use
/// no registry modules.
/// </summary>
public static class BicepExecutable
{
    private static readonly Lazy<string> LocatedPath = new(Locate);

    /// <summary>The executable, checked to exist and marked executable.</summary>
    public static string Path => LocatedPath.Value;

    /// <summary>Runs one CLI command to the end and returns what it printed.</summary>
    public static BicepRun Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Path}.");
        var standardError = process.StandardError.ReadToEndAsync();
        var standardOutput = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish in 3 minutes.");
        }

        return new BicepRun(process.ExitCode, standardOutput, standardError.GetAwaiter().GetResult());
    }

    private static string Locate()
    {
        var path = typeof(BicepExecutable).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "BicepPath").Value!;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The Bicep CLI is not at {path}. Restore this project (dotnet restore) to download the Azure.Bicep.CommandLine.linux-x64 package.",
                path);
        }

        // NuGet keeps the exec bit on extraction today; set it anyway so a cache restored by other means works.
        if (OperatingSystem.IsWindows())
        {
            return path;
        }

        var mode = File.GetUnixFileMode(path);
        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | execute);
        }

        return path;
    }
}

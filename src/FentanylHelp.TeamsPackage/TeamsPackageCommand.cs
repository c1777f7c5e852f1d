namespace FentanylHelp.TeamsPackage;

/// <summary>
/// <c>dotnet run --project src/FentanylHelp.TeamsPackage -- --app-id &lt;GUID&gt; [options]</c>: writes the Teams
/// app package zip. Exit code 0 when written, 2 for a usage or settings problem (each one named).
/// </summary>
internal static class TeamsPackageCommand
{
    public const string DefaultOutput = "artifacts/teams/fentanyl-help-teams.zip";

    private const string Usage = """
        Writes the Microsoft Teams app package (manifest.json, es.json, color.png, outline.png at the zip's root).

        Usage: dotnet run --project src/FentanylHelp.TeamsPackage -- --app-id <GUID> [options]

          --app-id <GUID>          the bot's Microsoft App ID (MicrosoftAppId; the managed identity's client id for UserAssignedMSI)
          --teams-app-id <GUID>    the Teams app's own id (default: the bot's app id)
          --out <file.zip>         where to write the zip (default: artifacts/teams/fentanyl-help-teams.zip)
          --settings <file.json>   defaults for the options below (default: teamsAppManifest/package-settings.json)
          --version <x.y.z>        the app's version; raise it for every update
          --developer-name <name>  the organisation that publishes the app (up to 32 characters)
          --website-url <https>    the organisation's or the bot's web site
          --privacy-url <https>    the privacy statement
          --terms-url <https>      the terms of use
          --manifest-dir <dir>     the folder with manifest.json and icons/ (default: teamsAppManifest, found upward)
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory)
    {
        if (args.Length == 0 || args.Contains("--help") || args.Contains("-h"))
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index < args.Length; index++)
        {
            if (!args[index].StartsWith("--", StringComparison.Ordinal) || index + 1 >= args.Length)
            {
                error.WriteLine($"Unexpected argument '{args[index]}'. Options come in pairs: --name value. See --help.");
                return 2;
            }

            options[args[index]] = args[++index];
        }

        var known = new[] { "--app-id", "--teams-app-id", "--out", "--settings", "--version", "--developer-name", "--website-url", "--privacy-url", "--terms-url", "--manifest-dir" };
        if (options.Keys.FirstOrDefault(name => !known.Contains(name)) is { } unknown)
        {
            error.WriteLine($"Unknown option {unknown}. See --help.");
            return 2;
        }

        var manifestFolder = options.TryGetValue("--manifest-dir", out var folder)
            ? Path.GetFullPath(folder, workingDirectory)
            : FindManifestFolder(workingDirectory);
        if (manifestFolder is null || !File.Exists(Path.Combine(manifestFolder, "manifest.json")))
        {
            error.WriteLine("Could not find teamsAppManifest/manifest.json here or above; pass --manifest-dir.");
            return 2;
        }

        var settingsPath = options.TryGetValue("--settings", out var settingsFile)
            ? Path.GetFullPath(settingsFile, workingDirectory)
            : Path.Combine(manifestFolder, "package-settings.json");
        var settings = File.Exists(settingsPath) ? PackageSettings.Load(settingsPath) : new PackageSettings();
        settings = settings with
        {
            BotAppId = options.GetValueOrDefault("--app-id", settings.BotAppId),
            TeamsAppId = options.GetValueOrDefault("--teams-app-id", settings.TeamsAppId ?? string.Empty) is { Length: > 0 } teamsAppId ? teamsAppId : null,
            Version = options.GetValueOrDefault("--version", settings.Version),
            DeveloperName = options.GetValueOrDefault("--developer-name", settings.DeveloperName),
            WebsiteUrl = options.GetValueOrDefault("--website-url", settings.WebsiteUrl),
            PrivacyUrl = options.GetValueOrDefault("--privacy-url", settings.PrivacyUrl),
            TermsOfUseUrl = options.GetValueOrDefault("--terms-url", settings.TermsOfUseUrl),
        };

        var problems = settings.Problems();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                error.WriteLine(problem);
            }

            error.WriteLine($"(Defaults come from {settingsPath}.)");
            return 2;
        }

        try
        {
            var zipPath = Path.GetFullPath(options.GetValueOrDefault("--out", DefaultOutput), workingDirectory);
            AppPackage.WriteZip(AppPackage.Files(manifestFolder, settings), zipPath);
            output.WriteLine($"Wrote {zipPath}");
            return 0;
        }
        catch (InvalidDataException problem)
        {
            error.WriteLine(problem.Message);
            return 2;
        }
    }

    private static string? FindManifestFolder(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "teamsAppManifest");
            if (File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return candidate;
            }
        }

        return null;
    }
}

using System.Text.RegularExpressions;

namespace FentanylHelp.Deployment.Tests.Bicep;

/// <summary>The result of one Bicep CLI command.</summary>
public sealed partial record BicepRun(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>
    /// Every diagnostic the command printed (errors, warnings and infos alike): the CLI writes them to standard
    /// error as <c>file(line,col) : Level code: message</c>.
    /// </summary>
    public IReadOnlyList<string> Diagnostics =>
        [.. StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Clean means exit code 0 and nothing at all on standard error: a warning counts as a failure.</summary>
    public bool IsClean => ExitCode == 0 && Diagnostics.Count == 0;

    /// <summary>The diagnostic codes printed, for example no-unused-params or BCP037.</summary>
    public IReadOnlyList<string> DiagnosticCodes =>
        [.. Diagnostics.Select(line => DiagnosticLine().Match(line)).Where(match => match.Success).Select(match => match.Groups["code"].Value)];

    public override string ToString() => $"exit code {ExitCode}\n{StandardError}";

    [GeneratedRegex(@"\) : (?:Error|Warning|Info) (?<code>[^:\s]+):")]
    private static partial Regex DiagnosticLine();
}

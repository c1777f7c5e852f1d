namespace FentanylHelp.Deployment.Tests.Bicep;

/// <summary>One compiler or linter finding, with a 1-based line.</summary>
public sealed record BicepDiagnostic(string File, int Line, string Level, string Code, string Message)
{
    public override string ToString() => $"{Path.GetFileName(File)}({Line}) : {Level} {Code}: {Message}";
}

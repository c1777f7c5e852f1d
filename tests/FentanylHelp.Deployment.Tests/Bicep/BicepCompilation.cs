using System.Text.Json.Nodes;

namespace FentanylHelp.Deployment.Tests.Bicep;

/// <summary>A compiled template or parameters file, and what the compiler and linter said about it.</summary>
public sealed record BicepCompilation(bool Success, IReadOnlyList<BicepDiagnostic> Diagnostics, JsonObject? Json)
{
    public JsonObject RequireJson() =>
        Json ?? throw new InvalidOperationException($"Compilation failed:\n{string.Join('\n', Diagnostics)}");
}

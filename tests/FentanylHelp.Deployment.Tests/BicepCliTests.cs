using System.Text.Json.Nodes;
using FentanylHelp.Deployment.Tests.Bicep;
using FentanylHelp.Deployment.Tests.Rules;

namespace FentanylHelp.Deployment.Tests;

/// <summary>
/// The Bicep CLI, as a person or a pipeline runs it, builds and lints every template with no error and no
/// warning. The ARM JSON is generated here, never checked in: the .bicep files are the one source of truth.
/// </summary>
public sealed class BicepCliTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_template_builds_with_no_error_or_warning()
    {
        var outputFolder = Directory.CreateTempSubdirectory("fentanylhelp-arm-");
        try
        {
            var run = BicepExecutable.Run(TemplateWorkspace.ShippedTemplates, "build", "--pattern", "**/*.bicep", "--outdir", outputFolder.FullName);
            output.WriteLine(run.ToString());

            Assert.True(run.IsClean, run.ToString());
            var templates = Directory.GetFiles(TemplateWorkspace.ShippedTemplates, "*.bicep", SearchOption.AllDirectories);
            var compiled = Directory.GetFiles(outputFolder.FullName, "*.json", SearchOption.AllDirectories);
            Assert.Equal(templates.Length, compiled.Length);
            Assert.True(templates.Length >= 5, $"expected main.bicep and its modules, found {templates.Length} files");
        }
        finally
        {
            outputFolder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Every_template_and_the_parameters_file_lint_with_no_error_or_warning()
    {
        var run = BicepExecutable.Run(TemplateWorkspace.ShippedTemplates, "lint", "--pattern", "**/*.bicep*");
        output.WriteLine(run.ToString());

        Assert.True(run.IsClean, run.ToString());
    }

    [Fact]
    public void The_parameters_file_builds_and_sets_every_required_parameter()
    {
        // --stdout prints the parameters and the template they are for, as two JSON strings.
        var run = BicepExecutable.Run(TemplateWorkspace.ShippedTemplates, "build-params", "main.bicepparam", "--stdout");

        Assert.True(run.IsClean, run.ToString());
        var built = JsonNode.Parse(run.StandardOutput)!;
        var missing = TemplateRules.RequiredParametersMissingFrom(
            JsonNode.Parse(built["parametersJson"]!.GetValue<string>())!.AsObject(),
            JsonNode.Parse(built["templateJson"]!.GetValue<string>())!.AsObject());
        Assert.Empty(missing);
    }

    [Fact]
    public void A_lint_warning_counts_as_a_failure_even_when_bicep_exits_0()
    {
        var run = BicepExecutable.Run(Path.Combine(TemplateWorkspace.TestData, "lint"), "lint", "unusedParameter.bicep");

        Assert.Equal(0, run.ExitCode);
        Assert.False(run.IsClean);
        Assert.Contains("no-unused-params", run.DiagnosticCodes);
    }
}

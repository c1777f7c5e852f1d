using System.Text.Json.Nodes;
using FentanylHelp.Deployment.Tests.Rules;

namespace FentanylHelp.Deployment.Tests;

/// <summary>The compiled ARM JSON of main.bicep and its modules passes every template check; planted faults fail them.</summary>
public sealed class TemplateRulesTests(BicepFixture bicep)
{
    public static TheoryData<string> Faults => [.. PlantedTemplateFaults.All.Keys];

    [Fact]
    public async Task Every_parameter_has_a_description()
    {
        Assert.Empty(TemplateRules.ParametersWithoutDescription(await bicep.MainTemplateAsync()));
    }

    [Fact]
    public async Task The_bot_app_type_can_never_be_MultiTenant()
    {
        var template = await bicep.MainTemplateAsync();

        Assert.Empty(TemplateRules.BotAppTypesThatAllowMultiTenant(template));
        var appType = template["parameters"]!["appType"]!;
        Assert.Equal(["UserAssignedMSI", "SingleTenant"], appType["allowedValues"]!.AsArray().Select(value => value!.GetValue<string>()));
        Assert.Equal("UserAssignedMSI", appType["defaultValue"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_parameter_that_looks_like_a_secret_is_secure()
    {
        var template = await bicep.MainTemplateAsync();

        Assert.Empty(TemplateRules.SecretParametersNotSecure(template));
        Assert.Equal("securestring", template["parameters"]!["microsoftAppPassword"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_shipped_parameters_file_sets_every_required_parameter()
    {
        using var workspace = TemplateWorkspace.Create();
        var parameters = await bicep.Rpc.CompileParametersAsync(workspace.MainParameters);

        Assert.True(parameters.Success, string.Join('\n', parameters.Diagnostics));
        Assert.Empty(TemplateRules.RequiredParametersMissingFrom(parameters.RequireJson(), await bicep.MainTemplateAsync()));
    }

    [Fact]
    public async Task A_parameters_file_without_a_required_parameter_fails_the_check()
    {
        var incomplete = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(TemplateWorkspace.TestData, "missingBaseName.parameters.json"), TestContext.Current.CancellationToken))!.AsObject();

        var missing = TemplateRules.RequiredParametersMissingFrom(incomplete, await bicep.MainTemplateAsync());

        Assert.Equal(["the parameters file does not set required parameter 'baseName'"], missing);
    }

    [Fact]
    public async Task The_linter_config_makes_any_finding_in_the_templates_an_error()
    {
        using var workspace = TemplateWorkspace.Create(new Mutation("main.bicep", "param tags object = {}", "param tags object = {}\n\n@description('Planted: never used.')\nparam unused string = ''"));

        var compilation = await bicep.Rpc.CompileAsync(workspace.MainTemplate);

        Assert.False(compilation.Success);
        Assert.Contains(compilation.Diagnostics, diagnostic => diagnostic is { Code: "no-unused-params", Level: "Error" });
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_planted_fault_fails_its_check(string fault)
    {
        var planted = PlantedTemplateFaults.All[fault];

        var problems = planted.Check(await bicep.MainTemplateAsync(planted.Mutation));

        Assert.Contains(problems, problem => problem.Contains(planted.Expected, StringComparison.Ordinal));
    }
}

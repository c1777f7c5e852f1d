using System.Text.Json.Nodes;
using FentanylHelp.Deployment.Tests.Rules;

namespace FentanylHelp.Deployment.Tests;

/// <summary>
/// Faults planted in a copy of the templates, each with the template check that must catch it and the words
/// its problem must contain: proof that every check can fail.
/// </summary>
public static class PlantedTemplateFaults
{
    public sealed record Fault(Mutation Mutation, Func<JsonObject, IReadOnlyList<string>> Check, string Expected);

    public static readonly IReadOnlyDictionary<string, Fault> All = new Dictionary<string, Fault>
    {
        ["main parameter without a description"] = new(
            new("main.bicep", "@description('Tags put on every resource.')\n", string.Empty),
            TemplateRules.ParametersWithoutDescription,
            "main: parameter 'tags' has no description"),
        ["module parameter without a description"] = new(
            new("modules/bot.bicep", "@description('Tags put on the bot.')\n", string.Empty),
            TemplateRules.ParametersWithoutDescription,
            "main/bot: parameter 'tags' has no description"),
        // In the module: main passing a wider list to the module's narrower one is already a Bicep type error.
        ["app type allows MultiTenant"] = new(
            new("modules/bot.bicep", "  'SingleTenant'\n])\nparam appType string", "  'SingleTenant'\n  'MultiTenant'\n])\nparam appType string"),
            TemplateRules.BotAppTypesThatAllowMultiTenant,
            "main/bot: parameter 'appType' allows MultiTenant"),
        ["app type defaults to MultiTenant"] = new(
            new("modules/bot.bicep", "  'SingleTenant'\n])\nparam appType string", "  'SingleTenant'\n  'MultiTenant'\n])\nparam appType string = 'MultiTenant'"),
            TemplateRules.BotAppTypesThatAllowMultiTenant,
            "main/bot: parameter 'appType' defaults to \"MultiTenant\""),
        ["bot module app type without an allowed list"] = new(
            new("modules/bot.bicep", "@allowed([\n  'UserAssignedMSI'\n  'SingleTenant'\n])\nparam appType string", "param appType string"),
            TemplateRules.BotAppTypesThatAllowMultiTenant,
            "main/bot: parameter 'appType' has no allowed list"),
        ["bot hard-coded as MultiTenant"] = new(
            new("modules/bot.bicep", "msaAppType: appType", "msaAppType: 'MultiTenant'"),
            TemplateRules.BotAppTypesThatAllowMultiTenant,
            "main/bot: bot msaAppType 'MultiTenant'"),
        ["app password not @secure()"] = new(
            new("main.bicep", "@secure()\nparam microsoftAppPassword", "param microsoftAppPassword"),
            TemplateRules.SecretParametersNotSecure,
            "main: parameter 'microsoftAppPassword' looks like a secret but is not @secure()"),
        ["module secret not @secure()"] = new(
            new("modules/keyVault.bicep", "@secure()\nparam secretValue", "param secretValue"),
            TemplateRules.SecretParametersNotSecure,
            "main/keyVault: parameter 'secretValue' looks like a secret"),
        ["secure parameter with a default"] = new(
            new("main.bicep", "param microsoftAppPassword string = ''", "param microsoftAppPassword string = 'changeme'"),
            TemplateRules.SecretParametersNotSecure,
            "main: secure parameter 'microsoftAppPassword' has a default value"),
    };
}

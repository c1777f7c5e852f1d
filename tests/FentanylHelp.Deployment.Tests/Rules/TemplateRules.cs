using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static FentanylHelp.Deployment.Tests.Rules.ArmTemplate;

namespace FentanylHelp.Deployment.Tests.Rules;

/// <summary>
/// Checks on the compiled ARM JSON (main and every module): what a template declares, whatever values a
/// deployment gives it. Each returns the problems found; none means the check passed.
/// </summary>
public static partial class TemplateRules
{
    /// <summary>The bot identity types Azure still creates: multi-tenant bot creation ended on July 31, 2025.</summary>
    public static readonly IReadOnlySet<string> AllowedBotAppTypes = new HashSet<string>(StringComparer.Ordinal) { "SingleTenant", "UserAssignedMSI" };

    public static IReadOnlyList<string> ParametersWithoutDescription(JsonObject template) =>
        [.. from t in WithNestedTemplates(template)
            from parameter in Parameters(t.Template)
            where string.IsNullOrWhiteSpace(Text(parameter.Definition["metadata"]?["description"]))
            select $"{t.Name}: parameter '{parameter.Name}' has no description"];

    /// <summary>
    /// Every app-type parameter must be limited to SingleTenant and UserAssignedMSI (allowed list and default),
    /// and every Azure Bot's msaAppType must come from such a parameter or be one of those literals.
    /// </summary>
    public static IReadOnlyList<string> BotAppTypesThatAllowMultiTenant(JsonObject template)
    {
        var problems = new List<string>();
        foreach (var (name, t) in WithNestedTemplates(template))
        {
            foreach (var (parameter, definition) in Parameters(t).Where(p => p.Name.Contains("appType", StringComparison.OrdinalIgnoreCase)))
            {
                problems.AddRange(AppTypeParameterProblems($"{name}: parameter '{parameter}'", definition));
            }

            foreach (var bot in Resources(t).Where(r => Text(r["type"]) == "Microsoft.BotService/botServices"))
            {
                var appType = Text(bot["properties"]?["msaAppType"]);
                if (appType is not null && ParameterReference().Match(appType) is { Success: true } reference)
                {
                    var definition = t["parameters"]?[reference.Groups["name"].Value] as JsonObject ?? [];
                    problems.AddRange(AppTypeParameterProblems($"{name}: bot msaAppType parameter '{reference.Groups["name"].Value}'", definition));
                }
                else if (appType is null || !AllowedBotAppTypes.Contains(appType))
                {
                    problems.Add($"{name}: bot msaAppType '{appType}' is not SingleTenant or UserAssignedMSI");
                }
            }
        }

        return problems;
    }

    /// <summary>A parameter whose name looks like a secret must be @secure() and must not default to a value.</summary>
    public static IReadOnlyList<string> SecretParametersNotSecure(JsonObject template)
    {
        var problems = new List<string>();
        foreach (var (name, t) in WithNestedTemplates(template))
        {
            foreach (var (parameter, definition) in Parameters(t))
            {
                var secure = Text(definition["type"]) is { } type && type.StartsWith("secure", StringComparison.OrdinalIgnoreCase);
                if (SecretNames.LooksLikeSecret(parameter) && !secure)
                {
                    problems.Add($"{name}: parameter '{parameter}' looks like a secret but is not @secure()");
                }

                if (secure && definition["defaultValue"] is JsonValue value && Text(value) is not (null or ""))
                {
                    problems.Add($"{name}: secure parameter '{parameter}' has a default value");
                }
            }
        }

        return problems;
    }

    /// <summary>Every parameter of main without a default must be set by the parameters file.</summary>
    public static IReadOnlyList<string> RequiredParametersMissingFrom(JsonObject parametersFile, JsonObject template)
    {
        var set = parametersFile["parameters"] as JsonObject ?? [];
        return [.. from parameter in Parameters(template)
                   where parameter.Definition["defaultValue"] is null
                   where set[parameter.Name] is not JsonObject given || (given["value"] is null && given["reference"] is null)
                   select $"the parameters file does not set required parameter '{parameter.Name}'"];
    }

    private static IEnumerable<string> AppTypeParameterProblems(string what, JsonObject definition)
    {
        var allowed = (definition["allowedValues"] as JsonArray)?.Select(Text).ToList();
        if (allowed is null)
        {
            yield return $"{what} has no allowed list, so MultiTenant is accepted";
            yield break;
        }

        foreach (var value in allowed.Where(value => value is null || !AllowedBotAppTypes.Contains(value)))
        {
            yield return $"{what} allows {value}";
        }

        if (definition["defaultValue"] is { } defaultValue && !AllowedBotAppTypes.Contains(Text(defaultValue) ?? string.Empty))
        {
            yield return $"{what} defaults to {defaultValue.ToJsonString()}";
        }
    }

    [GeneratedRegex(@"^\[parameters\('(?<name>[^']+)'\)\]$")]
    private static partial Regex ParameterReference();
}

using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace FentanylHelp.Dialogs.Content;

/// <summary>
/// Reads dialogs/crisis-concepts.yaml. Rules are written as one line each, "overdose now = someone|self +
/// unresponsive", so an editor reads a rule the way the bot applies it; calming weights as "past: 1" or
/// "denial: 2 for suicide".
/// </summary>
internal static class CrisisConceptsReader
{
    private const string Now = "now";
    private const string Check = "check";
    private const string For = " for ";

    public static CrisisConcepts Read(YamlFields fields)
    {
        var concepts = new List<CrisisConcept>();
        if (Mapping(fields, "concepts", "name each concept, like 'unresponsive: { en: [...], es: [...] }'") is { } conceptMap)
        {
            var byName = fields.Child(conceptMap);
            foreach (var (nameNode, _) in conceptMap.Children)
            {
                var name = ((YamlScalarNode)nameNode).Value ?? string.Empty;
                var (phrases, lines) = byName.PhrasesWithLines(name);
                concepts.Add(new CrisisConcept(name, phrases, lines, byName.At(nameNode)));
            }
        }

        var rules = Scalars(fields, "rules").Select(rule => ParseRule(fields, rule)).OfType<ConceptRule>().ToList();
        var calming = ReadCalming(fields);
        var urgent = fields.StringList("urgent");
        var answers = ReadAnswers(fields);
        var (checkAbove, cardAbove, quietBelow) = ReadClassifier(fields);
        var numbersFirst = fields.StringList("numbers-first");
        var notAlone = fields.StringList("not-alone");
        var notNow = fields.StringList("not-now");
        fields.ReportUnknownFields();
        return new CrisisConcepts(concepts, rules, calming, urgent, answers, fields.Location)
        {
            ClassifierCheckAbove = checkAbove,
            ClassifierCardAbove = cardAbove,
            ClassifierQuietBelow = quietBelow,
            NumbersFirst = numbersFirst,
            NotAlone = notAlone,
            NotNow = notNow,
        };
    }

    /// <summary>The required mapping under the key, or null with a diagnostic saying how it is written.</summary>
    private static YamlMappingNode? Mapping(YamlFields fields, string key, string howToWrite)
    {
        if (fields.Node(key) is YamlMappingNode map)
        {
            return map;
        }

        fields.Report(DiagnosticCodes.InvalidFile, fields.Node(key) ?? fields.Root, $"'{key}' must {howToWrite}");
        return null;
    }

    private static IEnumerable<YamlScalarNode> Scalars(YamlFields fields, string key)
    {
        if (fields.Node(key) is not YamlSequenceNode sequence)
        {
            fields.Report(DiagnosticCodes.InvalidFile, fields.Node(key) ?? fields.Root, $"'{key}' must be a list");
            yield break;
        }

        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } } scalar)
            {
                yield return scalar;
            }
            else
            {
                fields.Report(DiagnosticCodes.InvalidFile, item, $"each entry of '{key}' is one line of text");
            }
        }
    }

    /// <summary>"overdose now = someone|self + unresponsive".</summary>
    private static ConceptRule? ParseRule(YamlFields fields, YamlScalarNode node)
    {
        var parts = node.Value!.Split('=', 2, StringSplitOptions.TrimEntries);
        var head = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || head.Length != 2 || head[1] is not (Now or Check) || parts[1].Length == 0)
        {
            fields.Report(DiagnosticCodes.InvalidFile, node, $"rule '{node.Value}' must read like 'overdose now = someone|self + unresponsive' (now or check)");
            return null;
        }

        var slots = parts[1].Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(slot => (IReadOnlyList<string>)[.. slot.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)])
            .ToList();
        return new ConceptRule(head[0], head[1] == Now, slots, fields.At(node));
    }

    /// <summary>"past: 1" or "denial: 2 for suicide".</summary>
    private static List<CalmingConcept> ReadCalming(YamlFields fields)
    {
        var calming = new List<CalmingConcept>();
        if (Mapping(fields, "calming", "give each calming concept a weight, like 'past: 1'") is not { } map)
        {
            return calming;
        }

        foreach (var (nameNode, valueNode) in map.Children)
        {
            var text = (valueNode as YamlScalarNode)?.Value ?? string.Empty;
            var split = text.IndexOf(For, StringComparison.Ordinal);
            var weightText = split < 0 ? text.Trim() : text[..split].Trim();
            IReadOnlyList<string> only = split < 0 ? [] : [.. text[(split + For.Length)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
            if (!int.TryParse(weightText, NumberStyles.None, CultureInfo.InvariantCulture, out var weight) || weight is < 1 or > 2)
            {
                fields.Report(DiagnosticCodes.InvalidFile, valueNode, $"calming weight '{text}' must be 1 or 2, optionally 'for' some emergencies ('2 for suicide')");
                continue;
            }

            calming.Add(new CalmingConcept(((YamlScalarNode)nameNode).Value ?? string.Empty, weight, only, fields.At(nameNode)));
        }

        return calming;
    }

    /// <summary>"classifier: { check-above: 0.7, card-above: 0.7, quiet-below: 0.15 }": chances of an emergency, from 0 to 1.</summary>
    private static (double CheckAbove, double CardAbove, double QuietBelow) ReadClassifier(YamlFields fields)
    {
        if (fields.Node("classifier") is not YamlMappingNode map)
        {
            return (double.PositiveInfinity, 0, 0);
        }

        var settings = fields.Child(map);
        var checkAbove = Chance(settings, "check-above", double.PositiveInfinity);
        var cardAbove = Chance(settings, "card-above", 0);
        var quietBelow = Chance(settings, "quiet-below", 0);
        settings.ReportUnknownFields();
        return (checkAbove, cardAbove, quietBelow);
    }

    private static double Chance(YamlFields settings, string key, double fallback)
    {
        var text = settings.String(key);
        if (text is null)
        {
            return fallback;
        }

        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var chance) && chance <= 1)
        {
            return chance;
        }

        settings.Report(DiagnosticCodes.InvalidFile, settings.Node(key)!, $"'{key}' must be a chance from 0 to 1, like 0.7");
        return fallback;
    }

    /// <summary>"overdose: { now: emergency-overdose, check: emergency-check-overdose }".</summary>
    private static List<EmergencyAnswers> ReadAnswers(YamlFields fields)
    {
        var answers = new List<EmergencyAnswers>();
        if (Mapping(fields, "answers", "name the nodes of each emergency, like 'overdose: { now: ..., check: ... }'") is not { } map)
        {
            return answers;
        }

        foreach (var (nameNode, valueNode) in map.Children)
        {
            var name = ((YamlScalarNode)nameNode).Value ?? string.Empty;
            if (valueNode is not YamlMappingNode nodes)
            {
                fields.Report(DiagnosticCodes.InvalidFile, valueNode, $"answers of '{name}' must have 'now:' and 'check:'");
                continue;
            }

            var answer = fields.Child(nodes);
            var now = answer.String(Now, required: true);
            var check = answer.String(Check, required: true);
            answer.ReportUnknownFields();
            if (now is not null && check is not null)
            {
                answers.Add(new EmergencyAnswers(name, now, check, fields.At(nameNode)));
            }
        }

        return answers;
    }
}

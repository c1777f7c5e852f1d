using YamlDotNet.RepresentationModel;

namespace FentanylHelp.Dialogs.Content;

/// <summary>
/// Reads the fields of one YAML mapping, reporting missing, malformed and unknown fields as diagnostics
/// with the line they are on, so a typo in a field name is caught rather than silently ignored.
/// </summary>
internal sealed class YamlFields
{
    private static readonly HashSet<string> KnownLanguages = [LocalizedText.BaseLanguage, "es"];

    private readonly YamlMappingNode map;
    private readonly string file;
    private readonly List<Diagnostic> diagnostics;
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode map, string file, List<Diagnostic> diagnostics)
    {
        this.map = map;
        this.file = file;
        this.diagnostics = diagnostics;
    }

    public SourceLocation Location => At(map);

    public YamlMappingNode Root => map;

    /// <summary>Fields of a nested mapping, reported against the same file.</summary>
    public YamlFields Child(YamlMappingNode child) => new(child, file, diagnostics);

    public SourceLocation At(YamlNode node) => new(file, checked((int)node.Start.Line));

    public void Report(string code, YamlNode node, string message) => diagnostics.Add(new Diagnostic(code, At(node), message));

    public YamlNode? Node(string key)
    {
        read.Add(key);
        return map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    public string? String(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Report(DiagnosticCodes.InvalidFile, map, $"missing field '{key}'");
            }

            return null;
        }

        if (node is YamlScalarNode { Value: { } value })
        {
            return value.Trim();
        }

        Report(DiagnosticCodes.InvalidFile, node, $"field '{key}' must be a single value");
        return null;
    }

    public bool Flag(string key) => String(key) is { } value && bool.TryParse(value, out var flag) && flag;

    public IReadOnlyList<string> StringList(string key)
    {
        var node = Node(key);
        return node is null ? [] : Strings(node, key);
    }

    public IEnumerable<YamlMappingNode> Mappings(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            yield break;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report(DiagnosticCodes.InvalidFile, node, $"field '{key}' must be a list");
            yield break;
        }

        foreach (var item in sequence)
        {
            if (item is YamlMappingNode mapping)
            {
                yield return mapping;
            }
            else
            {
                Report(DiagnosticCodes.InvalidFile, item, $"each item of '{key}' must have fields");
            }
        }
    }

    /// <summary>Reads <c>{ en: ..., es: ... }</c>; empty texts are reported (DLG006).</summary>
    public LocalizedText? Text(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Report(DiagnosticCodes.InvalidFile, map, $"missing field '{key}'");
            }

            return null;
        }

        return TextOf(node, key);
    }

    public LocalizedText? TextOf(YamlNode node, string what)
    {
        if (node is not YamlMappingNode byLanguage)
        {
            Report(DiagnosticCodes.InvalidFile, node, $"'{what}' must list its languages, like 'en: ...'");
            return null;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var reported = false;
        foreach (var (languageNode, textNode) in byLanguage.Children)
        {
            var language = ((YamlScalarNode)languageNode).Value ?? string.Empty;
            if (!KnownLanguages.Contains(language))
            {
                Report(DiagnosticCodes.InvalidFile, languageNode, $"unknown language '{language}' in '{what}' (use en or es)");
                continue;
            }

            var text = (textNode as YamlScalarNode)?.Value?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                Report(DiagnosticCodes.EmptyText, textNode, $"'{what}' has an empty {language} text");
                reported = true;
                continue;
            }

            texts[language] = text;
        }

        if (!texts.ContainsKey(LocalizedText.BaseLanguage))
        {
            if (!reported)
            {
                Report(DiagnosticCodes.EmptyText, node, $"'{what}' has no English (en) text");
            }

            return null;
        }

        return new LocalizedText(texts);
    }

    /// <summary>Reads <c>{ en: [a, b], es: [c] }</c>.</summary>
    public LocalizedPhrases Phrases(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return LocalizedPhrases.None;
        }

        if (node is not YamlMappingNode byLanguage)
        {
            Report(DiagnosticCodes.InvalidFile, node, $"'{key}' must list its languages, like 'en: [...]'");
            return LocalizedPhrases.None;
        }

        var phrases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (languageNode, listNode) in byLanguage.Children)
        {
            var language = ((YamlScalarNode)languageNode).Value ?? string.Empty;
            if (!KnownLanguages.Contains(language))
            {
                Report(DiagnosticCodes.InvalidFile, languageNode, $"unknown language '{language}' in '{key}' (use en or es)");
                continue;
            }

            phrases[language] = Strings(listNode, key);
        }

        return new LocalizedPhrases(phrases);
    }

    /// <summary>Like <see cref="Phrases"/>, with the line of each phrase in the order of <see cref="LocalizedPhrases.All"/>.</summary>
    public (LocalizedPhrases Phrases, IReadOnlyList<SourceLocation> Lines) PhrasesWithLines(string key)
    {
        var phrases = Phrases(key);
        var lines = new List<SourceLocation>();
        if (Node(key) is YamlMappingNode byLanguage)
        {
            foreach (var language in phrases.ByLanguage.Keys)
            {
                if (byLanguage.Children.TryGetValue(new YamlScalarNode(language), out var list) && list is YamlSequenceNode sequence)
                {
                    lines.AddRange(sequence.Where(item => item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value)).Select(At));
                }
            }
        }

        return (phrases, lines);
    }

    /// <summary>Reads <c>{ en: { name: [a, b] }, es: { ... } }</c>: named word lists per language.</summary>
    public IEnumerable<(string Language, string Name, IReadOnlyList<string> Members, SourceLocation Location)> NamedLists(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            yield break;
        }

        if (node is not YamlMappingNode byLanguage)
        {
            Report(DiagnosticCodes.InvalidFile, node, $"'{key}' must list its languages, like 'en: {{ name: [...] }}'");
            yield break;
        }

        foreach (var (languageNode, namesNode) in byLanguage.Children)
        {
            var language = ((YamlScalarNode)languageNode).Value ?? string.Empty;
            if (!KnownLanguages.Contains(language))
            {
                Report(DiagnosticCodes.InvalidFile, languageNode, $"unknown language '{language}' in '{key}' (use en or es)");
                continue;
            }

            if (namesNode is not YamlMappingNode names)
            {
                Report(DiagnosticCodes.InvalidFile, namesNode, $"'{key}' {language} must name its lists, like 'person: [friend, sister]'");
                continue;
            }

            foreach (var (nameNode, listNode) in names.Children)
            {
                var name = ((YamlScalarNode)nameNode).Value ?? string.Empty;
                IReadOnlyList<string> members = listNode is YamlScalarNode { Value: null or "" } ? [] : Strings(listNode, name);
                yield return (language, name, members, At(nameNode));
            }
        }
    }

    /// <summary>Reports every field that no reader asked for (a misspelt field name, usually).</summary>
    public void ReportUnknownFields()
    {
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Where(key => !read.Contains(key.Value ?? string.Empty)))
        {
            Report(DiagnosticCodes.InvalidFile, key, $"unknown field '{key.Value}'");
        }
    }

    private List<string> Strings(YamlNode node, string key)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Report(DiagnosticCodes.InvalidFile, node, $"'{key}' must be a list");
            return [];
        }

        var values = new List<string>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                values.Add(value.Trim());
            }
            else
            {
                Report(DiagnosticCodes.EmptyText, item, $"'{key}' has an empty or malformed entry");
            }
        }

        return values;
    }
}

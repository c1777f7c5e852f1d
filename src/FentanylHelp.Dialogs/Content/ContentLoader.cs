using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FentanylHelp.Dialogs.Content;

/// <summary>
/// Reads dialogs/ into a <see cref="ContentCatalog"/> and validates it. Every problem becomes a
/// <see cref="Diagnostic"/>; <see cref="LoadValid"/> refuses content with any.
/// </summary>
public static class ContentLoader
{
    public const string DialogSuffix = ".dialog.yaml";
    public const string StringsFile = "strings.yaml";
    public const string CommandsFile = "commands.yaml";
    public const string CrisisFile = "crisis.yaml";
    public const string ConceptsFile = "crisis-concepts.yaml";
    public const string ExamplesFile = "crisis-examples.tsv";
    public const string SourcesFile = "sources.yaml";
    public const string OffTopicFile = "off-topic.yaml";
    public const string CardsFolder = "cards";

    /// <summary>Loads and validates a folder; throws <see cref="ContentException"/> listing every problem.</summary>
    public static ContentCatalog LoadValid(string directory)
    {
        var (catalog, diagnostics) = Load(ReadDirectory(directory));
        return diagnostics.Count == 0 ? catalog : throw new ContentException(diagnostics);
    }

    public static IReadOnlyList<ContentFile> ReadDirectory(string directory)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The content folder '{root}' does not exist.");
        }

        var shownRoot = Path.GetFileName(root);
        return [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => new ContentFile(
                $"{shownRoot}/{Path.GetRelativePath(root, path).Replace('\\', '/')}",
                File.ReadAllText(path)))];
    }

    public static (ContentCatalog Catalog, IReadOnlyList<Diagnostic> Diagnostics) Load(IEnumerable<ContentFile> files)
    {
        var diagnostics = new List<Diagnostic>();
        var nodes = new List<DialogNode>();
        var strings = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        var commands = new List<CommandWords>();
        var crisis = new List<CrisisCategory>();
        var crisisLexicon = CrisisLexicon.None;
        var crisisConcepts = CrisisConcepts.None;
        IReadOnlyList<CrisisExample> crisisExamples = [];
        var facts = new Dictionary<string, FactSource>(StringComparer.Ordinal);
        var cards = new Dictionary<string, CardTemplate>(StringComparer.Ordinal);
        IReadOnlyList<LocalizedPhrases> offTopic = [];

        foreach (var file in files)
        {
            var name = file.Path[(file.Path.IndexOf('/', StringComparison.Ordinal) + 1)..];
            if (name.StartsWith(CardsFolder + "/", StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
            {
                ReadCard(file, diagnostics, cards);
                continue;
            }

            if (name == ExamplesFile)
            {
                crisisExamples = CrisisExample.Read(file, diagnostics);
                continue;
            }

            if (!name.EndsWith(".yaml", StringComparison.Ordinal) || ParseYaml(file, diagnostics) is not { } root)
            {
                continue;
            }

            var fields = new YamlFields(root, file.Path, diagnostics);
            switch (name)
            {
                case StringsFile: ReadStrings(fields, root, strings); break;
                case CommandsFile: ReadCommands(fields, root, commands); break;
                case CrisisFile: crisisLexicon = ReadCrisis(fields, root, crisis); break;
                case ConceptsFile: crisisConcepts = CrisisConceptsReader.Read(fields); break;
                case SourcesFile: ReadSources(fields, facts); break;
                case OffTopicFile:
                    offTopic = ReadOffTopic(fields);
                    fields.ReportUnknownFields();
                    break;
                default:
                    if (name.EndsWith(DialogSuffix, StringComparison.Ordinal))
                    {
                        nodes.AddRange(DialogFileReader.Read(fields, file.Path, diagnostics));
                    }

                    break;
            }
        }

        var catalog = new ContentCatalog
        {
            NodeList = nodes,
            Strings = strings,
            Commands = commands,
            Crisis = crisis,
            CrisisLexicon = crisisLexicon,
            CrisisConcepts = crisisConcepts,
            CrisisExamples = crisisExamples,
            Facts = facts,
            Cards = cards,
            OffTopic = offTopic,
        };
        diagnostics.AddRange(ContentValidator.Validate(catalog));
        return (catalog, diagnostics);
    }

    private static YamlMappingNode? ParseYaml(ContentFile file, List<Diagnostic> diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(file.Text));
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                return root;
            }

            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidFile, new SourceLocation(file.Path, 1), "the file must hold one YAML document of fields"));
        }
        catch (YamlException error)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidFile, new SourceLocation(file.Path, checked((int)error.Start.Line)), $"not valid YAML: {error.Message}"));
        }

        return null;
    }

    private static void ReadStrings(YamlFields fields, YamlMappingNode root, Dictionary<string, LocalizedText> strings)
    {
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            if (fields.TextOf(valueNode, key) is { } text)
            {
                strings[key] = text;
            }

            fields.Node(key);
        }
    }

    /// <summary>off-topic.yaml: <c>subjects:</c>, each subject a name with its phrases per language.</summary>
    private static List<LocalizedPhrases> ReadOffTopic(YamlFields fields)
    {
        var subjects = new List<LocalizedPhrases>();
        switch (fields.Node("subjects"))
        {
            case YamlMappingNode mapping:
                var byName = fields.Child(mapping);
                foreach (var (name, _) in mapping.Children)
                {
                    subjects.Add(byName.Phrases(((YamlScalarNode)name).Value ?? string.Empty));
                }

                break;
            case { } other:
                fields.Report(DiagnosticCodes.InvalidFile, other, "'subjects' must name each subject, like 'weather: { en: [...], es: [...] }'");
                break;
        }

        return subjects;
    }

    private static void ReadCommands(YamlFields fields, YamlMappingNode root, List<CommandWords> commands)
    {
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            fields.Node(key);
            if (!GlobalCommands.TryParse(key, out var command))
            {
                fields.Report(DiagnosticCodes.UnknownCommand, keyNode, $"unknown command '{key}'");
                continue;
            }

            if (valueNode is not YamlMappingNode mapping)
            {
                fields.Report(DiagnosticCodes.InvalidFile, valueNode, $"command '{key}' must have 'words:'");
                continue;
            }

            var words = fields.Child(mapping);
            var choose = command == GlobalCommand.Language ? words.Phrases("choose") : LocalizedPhrases.None;
            commands.Add(new CommandWords(command, words.Phrases("words"), choose, words.At(keyNode)));
            words.ReportUnknownFields();
        }
    }

    /// <summary>Fields of crisis.yaml that are not categories.</summary>
    private static class CrisisFields
    {
        public const string Groups = "groups";
        public const string Guards = "guards";
    }

    private static CrisisLexicon ReadCrisis(YamlFields fields, YamlMappingNode root, List<CrisisCategory> crisis)
    {
        var groups = fields.NamedLists(CrisisFields.Groups)
            .Select(list => new CrisisGroup(list.Name, list.Language, list.Members, list.Location))
            .ToList();
        var guards = CrisisGuards.None;
        if (fields.Node(CrisisFields.Guards) is { } guardsNode)
        {
            if (guardsNode is YamlMappingNode guardMap)
            {
                var guard = fields.Child(guardMap);
                guards = new CrisisGuards(guard.Phrases("past"), guard.Phrases("joking"), guard.Phrases("now"), guard.At(guardsNode)) { Hypothetical = guard.Phrases("hypothetical") };
                guard.ReportUnknownFields();
            }
            else
            {
                fields.Report(DiagnosticCodes.InvalidFile, guardsNode, "'guards' must have 'past:', 'hypothetical:', 'joking:' and 'now:'");
            }
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            if (key is CrisisFields.Groups or CrisisFields.Guards)
            {
                continue;
            }

            fields.Node(key);
            if (valueNode is not YamlMappingNode mapping)
            {
                fields.Report(DiagnosticCodes.InvalidFile, valueNode, $"crisis '{key}' must have 'reply:' and 'phrases:'");
                continue;
            }

            var category = fields.Child(mapping);
            var reply = category.String("reply", required: true);
            var (phrases, lines) = category.PhrasesWithLines("phrases");
            var guarded = category.Flag("guarded");
            var window = category.String("window") is { } text ? ParseWindow(category, mapping, text) : CrisisLexicon.DefaultWindow;
            category.ReportUnknownFields();
            if (reply is not null)
            {
                crisis.Add(new CrisisCategory(key, reply, phrases, category.At(keyNode)) { PhraseLines = lines, Guarded = guarded, Window = window });
            }
        }

        return new CrisisLexicon(groups, guards);
    }

    private static int ParseWindow(YamlFields category, YamlMappingNode mapping, string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var window) && window is >= 1 and <= 10)
        {
            return window;
        }

        category.Report(DiagnosticCodes.InvalidFile, category.Node("window") ?? mapping, "'window' is a number of words from 1 to 10");
        return CrisisLexicon.DefaultWindow;
    }

    private static void ReadSources(YamlFields fields, Dictionary<string, FactSource> facts)
    {
        var defaultReviewed = ParseDate(fields, fields.Node("reviewed"), DateOnly.MinValue);
        if (fields.Node("facts") is not YamlMappingNode factMap)
        {
            fields.Report(DiagnosticCodes.InvalidFile, fields.Node("facts") ?? fields.Root, "missing 'facts:' with one entry per fact id");
            fields.ReportUnknownFields();
            return;
        }

        foreach (var (idNode, valueNode) in factMap.Children)
        {
            var id = ((YamlScalarNode)idNode).Value ?? string.Empty;
            if (valueNode is not YamlMappingNode mapping)
            {
                fields.Report(DiagnosticCodes.InvalidFile, valueNode, $"fact '{id}' must have 'conf:' and 'source:'");
                continue;
            }

            var fact = fields.Child(mapping);
            var confidence = fact.String("conf", required: true);
            var source = ReadDocument(fact, idNode);
            var also = fact.Mappings("also").Select(item => ReadAlsoDocument(fact.Child(item), item)).ToList();
            var reviewed = ParseDate(fact, fact.Node("reviewed"), defaultReviewed);
            fact.ReportUnknownFields();
            if (reviewed == DateOnly.MinValue)
            {
                fact.Report(DiagnosticCodes.InvalidFile, idNode, $"fact '{id}' has no 'reviewed' date (set one at the top of the file)");
            }

            if (confidence is not null && source is not null && also.All(document => document is not null))
            {
                facts[id] = new FactSource(id, confidence, [source, .. also.OfType<FactDocument>()], reviewed, fact.At(idNode));
            }
        }

        fields.ReportUnknownFields();
    }

    private static FactDocument? ReadAlsoDocument(YamlFields item, YamlNode at)
    {
        var document = ReadDocument(item, at);
        item.ReportUnknownFields();
        return document;
    }

    /// <summary>A document's 'source' (publisher, title, date) and its optional 'url', from a fact or an item of its 'also' list.</summary>
    private static FactDocument? ReadDocument(YamlFields document, YamlNode at)
    {
        var citation = document.Text("source", required: true);
        var url = document.String("url");
        return citation is null ? null : new FactDocument(citation, url, document.At(at));
    }

    private static DateOnly ParseDate(YamlFields fields, YamlNode? node, DateOnly fallback)
    {
        if (node is null)
        {
            return fallback;
        }

        if (node is YamlScalarNode { Value: { } text }
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        fields.Report(DiagnosticCodes.InvalidFile, node, "dates are written like 2026-11-27");
        return fallback;
    }

    private static void ReadCard(ContentFile file, List<Diagnostic> diagnostics, Dictionary<string, CardTemplate> cards)
    {
        var location = new SourceLocation(file.Path, 1);
        try
        {
            if (JsonNode.Parse(file.Text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }) is JsonObject json)
            {
                var name = Path.GetFileNameWithoutExtension(file.Path);
                cards[name] = new CardTemplate(name, json, location);
                return;
            }

            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidCard, location, "a card template must be one JSON object"));
        }
        catch (JsonException error)
        {
            var line = (int)(error.LineNumber ?? 0) + 1;
            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidCard, location with { Line = line }, $"not valid JSON: {error.Message}"));
        }
    }
}

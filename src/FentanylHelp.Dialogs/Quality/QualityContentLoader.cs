using System.Globalization;
using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FentanylHelp.Dialogs.Quality;

/// <summary>
/// Loads what the content gates check: the content itself (through <see cref="ContentLoader"/>, whose
/// diagnostics are passed on) and the gates' two lists in the content folder. The bot ignores those two files.
/// </summary>
public static class QualityContentLoader
{
    public const string SettingsFile = "quality.yaml";
    public const string AllowlistFile = "facts-allowlist.yaml";

    /// <param name="clock">Gives the date review dates are judged against.</param>
    public static (QualityContent Content, IReadOnlyList<Diagnostic> Diagnostics) Load(IEnumerable<ContentFile> files, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var fileList = files.ToList();
        var (catalog, contentDiagnostics) = ContentLoader.Load(fileList);
        var diagnostics = contentDiagnostics.ToList();
        var rootName = fileList.Select(file => file.Path.Split('/')[0]).FirstOrDefault() ?? "dialogs";

        var settings = Open(fileList, SettingsFile, rootName, diagnostics) is { } settingsRoot
            ? ReadSettings(settingsRoot)
            : QualitySettings.Empty;
        var allowlist = Open(fileList, AllowlistFile, rootName, diagnostics) is { } allowlistRoot
            ? ReadAllowlist(allowlistRoot)
            : FactsAllowlist.Empty;
        var stringsFile = $"{rootName}/{ContentLoader.StringsFile}";
        var stringLines = KeyLines(fileList.FirstOrDefault(file => file.Path == stringsFile));

        var content = new QualityContent
        {
            Catalog = catalog,
            Settings = settings,
            Allowlist = allowlist,
            Texts = ContentTexts.Of(catalog, key => new SourceLocation(stringsFile, stringLines.GetValueOrDefault(key, 1))),
            Root = new SourceLocation(rootName, 1),
            Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        };
        return (content, diagnostics);
    }

    private static YamlFields? Open(List<ContentFile> files, string name, string rootName, List<Diagnostic> diagnostics)
    {
        var path = $"{rootName}/{name}";
        if (files.FirstOrDefault(file => file.Path == path) is not { } file)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidFile, new SourceLocation(path, 1), "missing: the content gates need this file"));
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(file.Text));
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                return new YamlFields(root, file.Path, diagnostics);
            }

            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidFile, new SourceLocation(path, 1), "the file must hold one YAML document of fields"));
        }
        catch (YamlException error)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidFile, new SourceLocation(path, checked((int)error.Start.Line)), $"not valid YAML: {error.Message}"));
        }

        return null;
    }

    private static QualitySettings ReadSettings(YamlFields fields)
    {
        var properNames = fields.StringList("proper-names");
        var notProse = fields.StringList("not-prose").ToHashSet(StringComparer.Ordinal);
        var same = fields.StringList("same-in-both-languages").Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        var stopwords = fields.Phrases("stopwords").ByLanguage.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlySet<string>)pair.Value.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        var stigmatizing = new Dictionary<string, IReadOnlyList<StigmatizingTerm>>(StringComparer.Ordinal);
        if (fields.Node("stigmatizing") is { } node)
        {
            foreach (var (language, terms) in Mapping(fields, node, "stigmatizing"))
            {
                var list = new List<StigmatizingTerm>();
                foreach (var (term, instead) in Mapping(fields, terms, $"stigmatizing {language}"))
                {
                    if (instead is YamlScalarNode { Value: { Length: > 0 } words })
                    {
                        list.Add(new StigmatizingTerm(term, words));
                    }
                    else
                    {
                        fields.Report(DiagnosticCodes.InvalidFile, instead, $"'{term}' needs the words to use instead");
                    }
                }

                stigmatizing[language] = list;
            }
        }

        var reviewWithinMonths = ReviewWithinMonths(fields);
        var maxWords = MaxWords(fields);
        fields.ReportUnknownFields();
        return new QualitySettings(properNames, notProse, same, stopwords, stigmatizing)
        {
            ReviewWithinMonths = reviewWithinMonths,
            MaxWords = maxWords,
        };
    }

    private static int ReviewWithinMonths(YamlFields fields)
    {
        if (fields.String("review-within-months") is not { } text)
        {
            return QualitySettings.DefaultReviewWithinMonths;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var months) && months > 0)
        {
            return months;
        }

        fields.Report(DiagnosticCodes.InvalidFile, fields.Node("review-within-months")!, "'review-within-months' is a whole number of months, like 12");
        return QualitySettings.DefaultReviewWithinMonths;
    }

    /// <summary>'max-words: { en: 90, es: 110 }'; a language it leaves out keeps its default.</summary>
    private static Dictionary<string, int> MaxWords(YamlFields fields)
    {
        var limits = new Dictionary<string, int>(QualitySettings.DefaultMaxWords, StringComparer.Ordinal);
        if (fields.Node("max-words") is not { } node)
        {
            return limits;
        }

        foreach (var (language, value) in Mapping(fields, node, "max-words"))
        {
            if (value is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var words) && words > 0)
            {
                limits[language] = words;
            }
            else
            {
                fields.Report(DiagnosticCodes.InvalidFile, value, $"'max-words' {language} is a whole number of words, like 90");
            }
        }

        return limits;
    }

    private static FactsAllowlist ReadAllowlist(YamlFields fields)
    {
        var generic = new Dictionary<string, string>(StringComparer.Ordinal);
        if (fields.Node("generic") is { } genericNode)
        {
            foreach (var (figureText, reason) in Mapping(fields, genericNode, "generic"))
            {
                var figures = FigureExtractor.Extract(figureText);
                if (figures.Count != 1)
                {
                    fields.Report(DiagnosticCodes.InvalidFile, reason, $"'{figureText}' must be one phone number, link or number");
                }

                foreach (var figure in figures)
                {
                    generic[figure.Key] = (reason as YamlScalarNode)?.Value ?? string.Empty;
                }
            }
        }

        var byFact = new Dictionary<string, IReadOnlyList<Figure>>(StringComparer.Ordinal);
        if (fields.Node("facts") is YamlMappingNode factMap)
        {
            var facts = fields.Child(factMap);
            foreach (var id in factMap.Children.Keys.OfType<YamlScalarNode>().Select(key => key.Value ?? string.Empty))
            {
                byFact[id] = [.. facts.StringList(id).SelectMany(FigureExtractor.Extract)];
            }
        }
        else
        {
            fields.Report(DiagnosticCodes.InvalidFile, fields.Node("facts") ?? fields.Root, "missing 'facts:' with one entry per fact id");
        }

        fields.ReportUnknownFields();
        return new FactsAllowlist(byFact, generic);
    }

    private static IEnumerable<(string Key, YamlNode Value)> Mapping(YamlFields fields, YamlNode node, string what)
    {
        if (node is not YamlMappingNode mapping)
        {
            fields.Report(DiagnosticCodes.InvalidFile, node, $"'{what}' must list 'name: value' pairs");
            return [];
        }

        return mapping.Children.Select(pair => (((YamlScalarNode)pair.Key).Value ?? string.Empty, pair.Value));
    }

    /// <summary>The line of each top-level key of a YAML file (strings.yaml), so findings can point at it.</summary>
    private static Dictionary<string, int> KeyLines(ContentFile? file)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        if (file is null)
        {
            return lines;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(file.Text));
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                foreach (var key in root.Children.Keys.OfType<YamlScalarNode>())
                {
                    lines[key.Value ?? string.Empty] = checked((int)key.Start.Line);
                }
            }
        }
        catch (YamlException)
        {
            // ContentLoader already reports the broken file; findings then point at line 1.
        }

        return lines;
    }
}

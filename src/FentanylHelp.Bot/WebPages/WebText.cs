using FentanylHelp.Bot.Content;
using Microsoft.Extensions.Options;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FentanylHelp.Bot.WebPages;

/// <summary>
/// The page's words from dialogs/web.yaml, in English and Spanish. Read once at start; a missing text or
/// translation, or an emergency link that is not tel:, sms: or https:, stops the app naming the file and key.
/// </summary>
public sealed class WebText
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> texts;

    public WebText(IOptions<ContentOptions> content)
        : this(Path.Combine(content.Value.FullPath, WebTextKeys.FileName))
    {
    }

    public WebText(string path)
    {
        var shown = $"dialogs/{WebTextKeys.FileName}";
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            using (var reader = File.OpenText(path))
            {
                stream.Load(reader);
            }

            root = stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode mapping
                ? mapping
                : throw new InvalidOperationException($"{shown}: the file must hold one YAML document of keys.");
        }
        catch (YamlException error)
        {
            throw new InvalidOperationException($"{shown}({error.Start.Line}): not valid YAML: {error.Message}", error);
        }

        texts = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var key in WebTextKeys.Texts)
        {
            texts[key] = Localized(root, key, shown);
        }

        if (!root.Children.TryGetValue(new YamlScalarNode(WebTextKeys.EmergencyLinks), out var linksNode) || linksNode is not YamlSequenceNode links || links.Children.Count == 0)
        {
            throw new InvalidOperationException($"{shown}: '{WebTextKeys.EmergencyLinks}' must list at least one link with 'href' and 'text'.");
        }

        EmergencyLinks = [.. links.Children.Select((node, index) => Link(node, $"{WebTextKeys.EmergencyLinks}[{index}]", shown))];
    }

    public IReadOnlyList<EmergencyLink> EmergencyLinks { get; }

    public string Text(string key, string language) =>
        texts.TryGetValue(key, out var byLanguage)
            ? byLanguage.GetValueOrDefault(language) ?? byLanguage[WebTextKeys.Languages[0]]
            : throw new KeyNotFoundException($"No web text '{key}'.");

    /// <summary>The page language for a locale such as "es-MX": its first two letters if the page has them, else English.</summary>
    public static string LanguageOf(string? locale)
    {
        var language = locale is { Length: >= 2 } ? locale[..2].ToLowerInvariant() : string.Empty;
        return WebTextKeys.Languages.Contains(language) ? language : WebTextKeys.Languages[0];
    }

    private static EmergencyLink Link(YamlNode node, string name, string shown)
    {
        if (node is not YamlMappingNode mapping
            || !mapping.Children.TryGetValue(new YamlScalarNode("href"), out var hrefNode)
            || hrefNode is not YamlScalarNode { Value: { Length: > 0 } href })
        {
            throw new InvalidOperationException($"{shown}({node.Start.Line}): {name} needs 'href' and 'text'.");
        }

        if (!href.StartsWith("tel:", StringComparison.Ordinal) && !href.StartsWith("sms:", StringComparison.Ordinal) && !href.StartsWith("https://", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{shown}({hrefNode.Start.Line}): {name} href '{href}' must start with tel:, sms: or https://.");
        }

        return new EmergencyLink(href, Localized(mapping, "text", shown, name));
    }

    private static Dictionary<string, string> Localized(YamlMappingNode parent, string key, string shown, string? owner = null)
    {
        var name = owner is null ? key : $"{owner}.{key}";
        if (!parent.Children.TryGetValue(new YamlScalarNode(key), out var node) || node is not YamlMappingNode byLanguage)
        {
            throw new InvalidOperationException($"{shown}({parent.Start.Line}): missing '{name}' with 'en' and 'es' texts.");
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in WebTextKeys.Languages)
        {
            if (!byLanguage.Children.TryGetValue(new YamlScalarNode(language), out var text) || text is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
            {
                throw new InvalidOperationException($"{shown}({node.Start.Line}): '{name}' has no '{language}' text.");
            }

            result[language] = value.Trim();
        }

        return result;
    }
}

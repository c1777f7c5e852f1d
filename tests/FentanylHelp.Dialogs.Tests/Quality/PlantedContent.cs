using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Quality;
using Microsoft.Extensions.Time.Testing;

namespace FentanylHelp.Dialogs.Tests.Quality;

/// <summary>The real content for the gates, and the real content with one planted node (dialogs/planted.dialog.yaml).</summary>
internal static class PlantedContent
{
    public const string NodeId = "planted";
    public const string FilePath = "dialogs/planted.dialog.yaml";

    /// <summary>The day planted content is checked on: the fact sheet's last review (most facts' reviewed date).</summary>
    public static readonly DateTimeOffset PlantedToday = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The real content, checked on today's date on purpose: a fact nobody has reviewed for longer than
    /// quality.yaml allows fails the fact-age gate in CI, so staleness cannot go unnoticed.
    /// </summary>
    public static QualityContent Real { get; } = QualityContentLoader.Load(TestContent.Files, TimeProvider.System).Content;

    /// <summary>
    /// The real content plus a reachable node with these texts and one button; <paramref name="es"/> or
    /// <paramref name="labelEs"/> null leaves Spanish out. The button goes to <paramref name="labelGoto"/>, or opens the menu.
    /// </summary>
    public static QualityContent WithNode(
        string en,
        string? es,
        string facts = "",
        string? card = null,
        string labelEn = "Main menu",
        string? labelEs = "Menú principal",
        string? labelGoto = null) =>
        Load(WithNodeFile(en, es, facts, card, labelEn, labelEs, labelGoto));

    /// <summary>The planted dialog file of <see cref="WithNode"/>, to load together with other planted files.</summary>
    public static ContentFile WithNodeFile(
        string en,
        string? es,
        string facts = "",
        string? card = null,
        string labelEn = "Main menu",
        string? labelEs = "Menú principal",
        string? labelGoto = null) =>
        new(FilePath, Dialog(en, es, facts, card, (labelEn, labelEs, labelGoto)));

    public static QualityContent Load(params ContentFile[] files) => LoadOn(PlantedToday, files);

    /// <summary>The real content with <paramref name="files"/> added or replaced, checked on <paramref name="today"/>.</summary>
    public static QualityContent LoadOn(DateTimeOffset today, params ContentFile[] files) =>
        QualityContentLoader.Load(TestContent.With(files), new FakeTimeProvider(today)).Content;

    /// <summary>The real sources.yaml with one more fact at its end (a YAML block of its fields, indented as in the file).</summary>
    public static ContentFile WithFact(string id, string fields)
    {
        var sources = TestContent.Files.Single(file => file.Path == "dialogs/sources.yaml");
        var block = string.Join('\n', fields.Split('\n').Select(line => line.Length == 0 ? line : "    " + line));
        return sources with { Text = $"{sources.Text.TrimEnd('\n')}\n  {id}:\n{block}\n" };
    }

    /// <summary>The real file at <paramref name="path"/> with one text replaced (which must be there).</summary>
    public static ContentFile Edited(string path, string oldText, string newText)
    {
        var file = TestContent.Files.Single(file => file.Path == path);
        Assert.Contains(oldText, file.Text, StringComparison.Ordinal);
        return file with { Text = file.Text.Replace(oldText, newText, StringComparison.Ordinal) };
    }

    /// <summary>The findings of <paramref name="gate"/> about <paramref name="key"/> (a node id, string key or fact id).</summary>
    public static IReadOnlyList<QualityFinding> Findings(IContentGate gate, QualityContent content, string key = NodeId) =>
        [.. gate.Check(content).Where(finding => finding.Subject == key || finding.Subject.StartsWith(key + " ", StringComparison.Ordinal))];

    private static string Dialog(string en, string? es, string facts, string? card, (string En, string? Es, string? Goto) button)
    {
        var label = button.Es is null ? $"{{ en: \"{button.En}\" }}" : $"{{ en: \"{button.En}\", es: \"{button.Es}\" }}";
        List<string> lines = ["dialog: planted", "nodes:", $"  - id: {NodeId}", $"    facts: [{facts}]"];
        if (card is not null)
        {
            lines.Add($"    card: {card}");
        }

        lines.Add("    text:");
        lines.AddRange(Block("en", en));
        if (es is not null)
        {
            lines.AddRange(Block("es", es));
        }

        lines.AddRange(["    ask:", "      en: [planted question]", "      es: [pregunta plantada]", "    choices:", $"      - label: {label}", button.Goto is null ? "        command: menu" : $"        goto: {button.Goto}"]);
        return string.Join('\n', lines) + "\n";
    }

    private static IEnumerable<string> Block(string language, string text) =>
        text.Split('\n').Select(line => line.Length == 0 ? string.Empty : "        " + line).Prepend($"      {language}: |");
}

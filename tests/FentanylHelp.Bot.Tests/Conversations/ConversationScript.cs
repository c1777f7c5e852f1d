using System.Text.RegularExpressions;

namespace FentanylHelp.Bot.Tests.Conversations;

/// <summary>A parsed *.convo file (format: tests/conversations/README.md).</summary>
internal sealed partial record ConversationScript(string Name, string Locale, IReadOnlyList<ConversationStep> Steps)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "conversations");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.convo").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static ConversationScript Load(string name)
    {
        var locale = "en-US";
        var steps = new List<ConversationStep>();
        var lines = File.ReadAllLines(Path.Combine(Folder, name));
        for (var index = 0; index < lines.Length; index++)
        {
            var line = TrailingComment().Replace(lines[index], string.Empty).Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw new FormatException($"{name}({index + 1}): expected 'kind: value'");
            }

            var kind = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            switch (kind)
            {
                case "locale":
                    locale = value;
                    break;
                case "user" or "tap" or "event":
                    steps.Add(new ConversationStep(index + 1, kind, value, []));
                    break;
                case "bot" when steps.Count > 0:
                    steps[^1].Expected.Add(value);
                    break;
                default:
                    throw new FormatException($"{name}({index + 1}): unknown line kind '{kind}'");
            }
        }

        return new ConversationScript(name, locale, steps);
    }

    /// <summary>Every reply key the script expects (for the node-coverage check).</summary>
    public IEnumerable<string> ExpectedKeys => Steps.SelectMany(step => step.Expected).Where(expected => !expected.StartsWith('~'));

    [GeneratedRegex(@"\s+#.*$")]
    private static partial Regex TrailingComment();
}

namespace FentanylHelp.Dialogs.Content;

/// <summary>
/// One labelled message of dialogs/crisis-examples.tsv ("overdose", "suicide", "poison", "pet" or "none", a tab,
/// the message): what the crisis classifier learns from. Lines starting with '#' are comments.
/// </summary>
public sealed record CrisisExample(string Label, string Text, SourceLocation Line)
{
    public const string None = "none";

    internal static List<CrisisExample> Read(ContentFile file, List<Diagnostic> diagnostics)
    {
        var examples = new List<CrisisExample>();
        var lines = file.Text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var location = new SourceLocation(file.Path, index + 1);
            var columns = line.Split('\t');
            if (columns.Length != 2 || columns[0].Length == 0 || columns[1].Trim().Length == 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidFile, location, "an example is a label, a tab, and the message"));
                continue;
            }

            examples.Add(new CrisisExample(columns[0], columns[1], location));
        }

        return examples;
    }
}

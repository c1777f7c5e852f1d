namespace FentanylHelp.Dialogs.Evaluation;

/// <summary>Reads tests/evaluation/utterances.tsv (text, lang, expected, note; one header line).</summary>
public static class EvaluationSet
{
    public static IReadOnlyList<EvaluationRow> Load(string path)
    {
        var rows = new List<EvaluationRow>();
        var lines = File.ReadAllLines(path);
        for (var index = 1; index < lines.Length; index++)
        {
            if (string.IsNullOrWhiteSpace(lines[index]))
            {
                continue;
            }

            var columns = lines[index].Split('\t');
            if (columns.Length < 3)
            {
                throw new FormatException($"{path}({index + 1}): expected text, lang, expected, note separated by tabs");
            }

            rows.Add(new EvaluationRow(index + 1, columns[0], columns[1], columns[2], columns.Length > 3 ? columns[3] : string.Empty));
        }

        return rows;
    }
}

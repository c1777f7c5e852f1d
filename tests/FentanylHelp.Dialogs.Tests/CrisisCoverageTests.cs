using FentanylHelp.Dialogs.Understanding;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>
/// crisis.yaml was rewritten with word groups. Data/crisis-phrases-before.tsv holds every phrase of the
/// hand-written file it replaced (generated once from it): each must still be caught, in its category or in
/// one checked before it (as before: a typo reading can let an earlier category's phrase answer first, so
/// "no quiero despertar" is read as "no quiere despertar", a sign of an overdose).
/// </summary>
public sealed class CrisisCoverageTests
{
    private static readonly CrisisDetector Detector = new(TestContent.Catalog.Crisis, TestContent.Catalog.CrisisLexicon);

    [Fact]
    public void Every_phrase_of_the_hand_written_file_is_still_caught_in_its_category()
    {
        var rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "crisis-phrases-before.tsv"))
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .ToList();

        var lost = rows
            .Select(row => (Category: row[0], Language: row[1], Phrase: row[2], Found: Detector.Detect(row[2])?.Category))
            .Where(row => row.Found is null || Order(row.Found) > Order(row.Category))
            .Select(row => $"{row.Category}/{row.Language}: '{row.Phrase}' → {row.Found ?? "nothing"}")
            .ToList();

        Assert.True(rows.Count > 1900, "the list of earlier phrases is missing");
        Assert.True(lost.Count == 0, "Phrases no longer caught as before:" + Environment.NewLine + string.Join(Environment.NewLine, lost));
    }

    private static int Order(string category) =>
        TestContent.Catalog.Crisis.Select((entry, index) => (entry.Name, index)).Single(entry => entry.Name == category).index;
}

using System.Globalization;
using FentanylHelp.Dialogs.Quality;

namespace FentanylHelp.ContentTools;

/// <summary>Prints a <see cref="ContentReport"/> as plain text for a terminal or a CI log.</summary>
internal static class ReportWriter
{
    private const int HistogramWidth = 40;
    private const int ExcerptLength = 60;

    public static void Write(ContentReport report, string folder, TextWriter output)
    {
        output.WriteLine($"Content report for {folder}");
        output.WriteLine();
        WriteCounts(report, output);
        foreach (var language in report.Languages)
        {
            output.WriteLine();
            WriteReadingLevels(language, output);
        }

        output.WriteLine();
        WriteProblems(report, output);
        output.WriteLine();
        output.WriteLine(report.Passed
            ? "Result: PASSED"
            : Invariant($"Result: FAILED ({report.Diagnostics.Count} content diagnostics, {report.Findings.Count} gate findings)"));
    }

    private static void WriteCounts(ContentReport report, TextWriter output)
    {
        output.WriteLine("Messages per language (messages: node texts, titles and strings; labels: buttons)");
        foreach (var language in report.Languages)
        {
            output.WriteLine(Invariant($"  {language.Standard.Language}  {QualityLanguages.Name(language.Standard.Language),-8} {language.Messages,4} messages {language.Labels,4} labels {language.Readings.Count,4} scored for reading level (at least {ReadabilityGate.MinimumWords} words)"));
        }
    }

    private static void WriteReadingLevels(LanguageReport language, TextWriter output)
    {
        var standard = language.Standard;
        output.WriteLine($"Reading level ({standard.Language}): {standard.Scale}, {(standard.HigherIsEasier ? "higher" : "lower")} is easier; each message {standard.Limit(standard.MessageLimit)}, median {standard.Limit(standard.MedianLimit)}");
        if (language.Distribution is not { } distribution)
        {
            output.WriteLine($"  no {standard.Language} messages to score yet");
            return;
        }

        output.WriteLine(Invariant($"  min {Score(distribution.Minimum)}   p25 {Score(distribution.LowerQuartile)}   median {Score(distribution.Median)}   p75 {Score(distribution.UpperQuartile)}   max {Score(distribution.Maximum)}"));
        var largest = Math.Max(1, distribution.Histogram.Max(bucket => bucket.Count));
        foreach (var bucket in distribution.Histogram)
        {
            var bar = new string('#', (int)Math.Ceiling((double)bucket.Count * HistogramWidth / largest));
            output.WriteLine(Invariant($"  {bucket.From,6:0.#} to {bucket.To,-6:0.#} | {bar,-HistogramWidth} {bucket.Count}"));
        }

        output.WriteLine(Invariant($"  {language.Hardest.Count} hardest to read:"));
        output.WriteLine(Invariant($"  {"score",6} {"words",5} {"sent.",5} {"syl/word",8}  where"));
        foreach (var reading in language.Hardest)
        {
            var statistics = reading.Statistics;
            output.WriteLine(Invariant($"  {Score(reading.Score),6} {statistics.Words,5} {statistics.Sentences,5} {statistics.SyllablesPerWord,8:0.00}  {reading.Text.Subject} ({reading.Text.Location}): \"{TextExcerpt.Of(reading.Message, ExcerptLength)}\""));
        }
    }

    private static void WriteProblems(ContentReport report, TextWriter output)
    {
        output.WriteLine(Invariant($"Content diagnostics: {(report.Diagnostics.Count == 0 ? "none" : report.Diagnostics.Count.ToString(CultureInfo.InvariantCulture))}"));
        foreach (var diagnostic in report.Diagnostics)
        {
            output.WriteLine($"  {diagnostic}");
        }

        output.WriteLine();
        output.WriteLine("Gate findings:");
        foreach (var gate in ContentGates.All)
        {
            var findings = report.Findings.Where(finding => finding.Gate == gate.Name).ToList();
            output.WriteLine(Invariant($"  {gate.Name}: {(findings.Count == 0 ? "passed" : $"{findings.Count} failing")}"));
            foreach (var finding in findings)
            {
                output.WriteLine($"    {finding}");
            }
        }
    }

    private static string Score(double score) => ReadabilityGate.Format(score);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

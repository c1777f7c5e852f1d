using System.Globalization;
using FentanylHelp.Dialogs.Understanding;

namespace FentanylHelp.ContentTools;

/// <summary>Prints what the crisis triage saw in one message: the phrase, the concepts, the rules, the calming words and the decision.</summary>
internal static class ExplainWriter
{
    public static void Write(CrisisAssessment assessment, TextWriter output)
    {
        output.WriteLine(assessment.Phrase is { } phrase
            ? $"phrase:    {phrase.Category} \"{phrase.Phrase}\" ({phrase.Line})"
            : "phrase:    none");
        output.WriteLine("concepts:");
        foreach (var hit in assessment.Concepts)
        {
            output.WriteLine($"  {hit.Concept,-14} \"{hit.Phrase}\" [{hit.Language}] ({hit.Line})");
        }

        output.WriteLine("rules:");
        foreach (var rule in assessment.Rules)
        {
            output.WriteLine($"  {rule} ({rule.Location})");
        }

        output.WriteLine(assessment.Urgent ? "urgent:    yes (light calming words do not count)" : "urgent:    no");
        output.WriteLine("calming:   " + (assessment.Calming.Count == 0
            ? "none"
            : string.Join(", ", assessment.Calming.Select(calm => string.Create(CultureInfo.InvariantCulture, $"{calm.Concept} -{calm.Weight}")))));
        output.WriteLine("levels:    " + (assessment.Levels.Count == 0
            ? "none"
            : string.Join(", ", assessment.Levels.Select(level => string.Create(CultureInfo.InvariantCulture, $"{level.Key} {level.Value}")))));
        output.WriteLine(assessment.Classifier is { } score
            ? string.Create(CultureInfo.InvariantCulture, $"classifier: {score.Emergency}, chance of an emergency {score.Chance:0.00}, most from {string.Join(", ", score.Reasons)}")
            : "classifier: no model");
        output.WriteLine(assessment.Decision is { } decision
            ? $"decision:  {(decision.Certain ? "emergency card" : "check first")} {decision.ReplyNode} ({decision.Category})"
            : "decision:  no emergency answer");
    }
}

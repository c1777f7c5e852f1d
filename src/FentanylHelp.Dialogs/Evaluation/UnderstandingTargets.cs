namespace FentanylHelp.Dialogs.Evaluation;

/// <summary>What the understanding must reach on the evaluation set (issue 4); the test suite fails below them.</summary>
public static class UnderstandingTargets
{
    public const double Routing = 0.95;
    public const double CrisisRecall = 1.0;
    public const double FalseAlarms = 0.03;

    public static bool Met(EvaluationReport report) =>
        report.Routing() >= Routing && report.CrisisRecall() >= CrisisRecall && report.FalseAlarms() <= FalseAlarms;
}

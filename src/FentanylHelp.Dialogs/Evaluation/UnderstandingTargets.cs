namespace FentanylHelp.Dialogs.Evaluation;

/// <summary>
/// What the understanding must reach on the evaluation set (issue 4), and the floors the test suite holds
/// today so that no change makes it worse while the targets are not yet met. Raise a floor when the
/// figures improve; the floors meet the targets when the work is done.
/// </summary>
public static class UnderstandingTargets
{
    public const double Routing = 0.95;
    public const double CrisisRecall = 1.0;
    public const double FalseAlarms = 0.03;

    public const double RoutingFloor = 0.87;
    public const double CrisisRecallFloor = 0.97;
    public const double FalseAlarmsCeiling = FalseAlarms;

    public static bool Met(EvaluationReport report) =>
        report.Routing() >= Routing && report.CrisisRecall() >= CrisisRecall && report.FalseAlarms() <= FalseAlarms;
}

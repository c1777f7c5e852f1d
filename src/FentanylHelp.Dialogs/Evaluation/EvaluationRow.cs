namespace FentanylHelp.Dialogs.Evaluation;

/// <summary>One labelled message of the evaluation set: a node id, "crisis:&lt;category&gt;" or "out-of-scope".</summary>
public sealed record EvaluationRow(int Line, string Text, string Language, string Expected, string Note)
{
    public const string CrisisPrefix = "crisis:";
    public const string OutOfScope = "out-of-scope";

    /// <summary>Emergency nodes that may also be asked for as information: reaching them by routing or by the crisis check is right.</summary>
    private static readonly HashSet<string> InformationalEmergencies = ["emergency-overdose", "emergency-poison"];

    public bool IsCrisis => Expected.StartsWith(CrisisPrefix, StringComparison.Ordinal);

    public bool IsInformationalEmergency => InformationalEmergencies.Contains(Expected);
}

using System.Globalization;
using System.Text;

namespace FentanylHelp.Dialogs.Evaluation;

/// <summary>The figures the understanding is judged on, overall and per language, with the misses.</summary>
public sealed class EvaluationReport(IReadOnlyList<EvaluationOutcome> outcomes)
{
    public IReadOnlyList<EvaluationOutcome> Outcomes { get; } = outcomes;

    public double Routing(string? language = null) => Share(Of(language), outcome => outcome.Correct);

    public double CrisisRecall(string? language = null) => Share(Of(language).Where(outcome => outcome.Row.IsCrisis), outcome => outcome.Crisis is not null);

    public double CrisisCategoryAccuracy(string? language = null) =>
        Share(Of(language).Where(outcome => outcome.Row.IsCrisis), outcome => EvaluationRow.CrisisPrefix + outcome.Crisis == outcome.Row.Expected);

    /// <summary>Emergency cards shown for messages that are not emergencies.</summary>
    public double FalseAlarms(string? language = null) =>
        Share(Of(language).Where(outcome => !outcome.Row.IsCrisis && !outcome.Row.IsInformationalEmergency), outcome => outcome.Carded);

    /// <summary>"Is this happening now?" checks asked of messages that are not emergencies.</summary>
    public double FalseChecks(string? language = null) =>
        Share(Of(language).Where(outcome => !outcome.Row.IsCrisis && !outcome.Row.IsInformationalEmergency), outcome => outcome.Checked);

    /// <summary>Emergencies that got the emergency card (not only a check).</summary>
    public double CrisisCards(string? language = null) =>
        Share(Of(language).Where(outcome => outcome.Row.IsCrisis), outcome => outcome.Carded);

    public IEnumerable<EvaluationOutcome> Misses => Outcomes.Where(outcome => !outcome.Correct);

    public string Summary()
    {
        var text = new StringBuilder();
        // A language with no rows has no figures to show (its shares would read 100 %).
        foreach (var language in new string?[] { null, "en", "es" }.Where(language => Of(language).Any()))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{language ?? "all",-4} rows {Of(language).Count(),4}  routing {Routing(language):P1}  crisis recall {CrisisRecall(language):P1} (cards {CrisisCards(language):P1})  crisis category {CrisisCategoryAccuracy(language):P1}  false alarms {FalseAlarms(language):P1}  false checks {FalseChecks(language):P1}");
        }

        text.AppendLine().AppendLine("Confusion (expected → answered, count):");
        foreach (var group in Misses.GroupBy(outcome => (outcome.Row.Expected, Answer(outcome))).OrderByDescending(group => group.Count()))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {group.Key.Expected} → {group.Key.Item2}: {group.Count()}");
        }

        text.AppendLine().AppendLine("Misses:");
        foreach (var miss in Misses)
        {
            var candidates = string.Join(", ", miss.Candidates.Take(3).Select(intent => string.Create(CultureInfo.InvariantCulture, $"{intent.Node} {intent.Score:0.00}/{intent.Coverage:0.00}")));
            text.AppendLine(CultureInfo.InvariantCulture, $"  line {miss.Row.Line} [{miss.Row.Language}] \"{miss.Row.Text}\" expected {miss.Row.Expected}, got {Answer(miss)}  [{candidates}]");
        }

        return text.ToString();
    }

    private static string Answer(EvaluationOutcome outcome) => outcome switch
    {
        { Crisis: { } crisis, Carded: true } => EvaluationRow.CrisisPrefix + crisis,
        { Crisis: { } crisis, Checked: true } => "check:" + crisis + " then " + outcome.FirstReply,
        { Crisis: { } crisis } => $"{outcome.FirstReply} (a {crisis} check left out: that answer leads with the numbers)",
        _ => outcome.FirstReply,
    };

    private IEnumerable<EvaluationOutcome> Of(string? language) =>
        language is null ? Outcomes : Outcomes.Where(outcome => outcome.Row.Language == language);

    private static double Share(IEnumerable<EvaluationOutcome> outcomes, Func<EvaluationOutcome, bool> test)
    {
        var list = outcomes.ToList();
        return list.Count == 0 ? 1 : (double)list.Count(test) / list.Count;
    }
}

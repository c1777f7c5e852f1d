using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;

namespace FentanylHelp.Dialogs.Evaluation;

/// <summary>
/// Plays every row as a message typed at the main menu (the usual place for a free-text question)
/// and scores the bot's first reply; see tests/evaluation/README.md for the rules.
/// </summary>
public static class Evaluator
{
    public static EvaluationReport Run(DialogEngine engine, IEnumerable<EvaluationRow> rows) =>
        new([.. rows.Select(row => Score(engine, row))]);

    private static EvaluationOutcome Score(DialogEngine engine, EvaluationRow row)
    {
        var state = new DialogState { Node = ContentCatalog.RequiredNodes.Menu, Language = row.Language };
        var result = engine.Turn(TurnInput.Message(row.Text, row.Language), state);
        var first = result.Replies.Count > 0 ? result.Replies[0].Key : string.Empty;
        var crisis = result.Crisis?.Category;
        var correct = row.Expected switch
        {
            _ when row.IsCrisis => crisis is not null,
            EvaluationRow.OutOfScope => crisis is null && first == StringKeys.NotUnderstood,
            _ when row.IsInformationalEmergency => first == row.Expected,
            _ => crisis is null && first == row.Expected,
        };
        return new EvaluationOutcome(row, first, crisis, correct, result.Candidates);
    }
}

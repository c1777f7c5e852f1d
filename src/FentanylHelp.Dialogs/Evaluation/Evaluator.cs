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
        var checkedFirst = result.Crisis is { Certain: false } check && result.Replies.Count > 0 && result.Replies[0].Key == check.ReplyNode;
        var answers = result.Replies.Skip(checkedFirst ? 1 : 0).ToList();
        var first = answers.Count > 0 ? answers[0].Key : string.Empty;
        var crisis = result.Crisis?.Category;
        var emergencyCard = result.Crisis is { Certain: true };

        // After a check the question is still answered: routing is judged on that answer.
        var correct = row.Expected switch
        {
            _ when row.IsCrisis => crisis is not null,
            EvaluationRow.OutOfScope => !emergencyCard && (first == StringKeys.NotUnderstood || (checkedFirst && first.Length == 0)),
            _ when row.IsInformationalEmergency => first == row.Expected || result.Replies[0].Key == row.Expected,
            _ => !emergencyCard && first == row.Expected,
        };
        return new EvaluationOutcome(row, first, crisis, correct, result.Candidates) { Checked = checkedFirst, Carded = emergencyCard };
    }
}

namespace FentanylHelp.Dialogs.Understanding;

/// <summary>Maps free text to the nodes that may answer it, best first; empty when nothing fits.</summary>
public interface IIntentRecognizer
{
    IReadOnlyList<Intent> Recognize(string text, string language);
}

namespace FentanylHelp.Dialogs.Understanding;

/// <summary>Maps free text to the node that answers it, or null when nothing fits.</summary>
public interface IIntentRecognizer
{
    Intent? Recognize(string text, string language);
}

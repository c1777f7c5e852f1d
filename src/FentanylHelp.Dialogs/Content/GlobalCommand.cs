namespace FentanylHelp.Dialogs.Content;

/// <summary>Commands that work in every state, typed or tapped.</summary>
public enum GlobalCommand
{
    Menu,
    Back,
    Restart,
    Help,
    Privacy,
    Sources,
    Language,
}

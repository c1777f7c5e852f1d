namespace FentanylHelp.Dialogs.Content;

/// <summary>What tapping a choice does.</summary>
public enum ChoiceAction
{
    /// <summary>Move to another node.</summary>
    Goto,

    /// <summary>Visit a side branch; its <see cref="Return"/> comes back to the calling node.</summary>
    Call,

    /// <summary>Go back to the node that called this branch.</summary>
    Return,

    /// <summary>Run a global command (menu, back, ...).</summary>
    Command,
}

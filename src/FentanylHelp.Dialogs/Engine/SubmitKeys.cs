namespace FentanylHelp.Dialogs.Engine;

/// <summary>The keys of a card button's submit value: which node's which choice, or which command.</summary>
public static class SubmitKeys
{
    public const string From = "from";
    public const string Choice = "choice";
    public const string Command = "command";

    /// <summary>A topic offered by "Did you mean…?": answer that node.</summary>
    public const string Node = "node";

    /// <summary>With the language command: the language to switch to ("en", "es").</summary>
    public const string Language = "language";
}

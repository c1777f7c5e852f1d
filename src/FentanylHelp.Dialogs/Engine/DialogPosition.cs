namespace FentanylHelp.Dialogs.Engine;

/// <summary>A saved place in the dialog: the node and the side branches open at the time.</summary>
public sealed class DialogPosition
{
    public string Node { get; set; } = string.Empty;

    public List<string> CallStack { get; set; } = [];
}

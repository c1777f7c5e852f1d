namespace FentanylHelp.Dialogs.Engine;

/// <summary>
/// What the engine remembers between turns: only its place in the dialog, never what the person typed.
/// Plain properties so any storage serializer can save it; <see cref="Version"/> lets later releases read
/// older saved conversations.
/// </summary>
public sealed class DialogState
{
    public const int CurrentVersion = 1;

    /// <summary>How many steps "back" can undo.</summary>
    public const int MaxHistory = 20;

    public int Version { get; set; } = CurrentVersion;

    /// <summary>The node whose choices are on offer, or null before the first answer.</summary>
    public string? Node { get; set; }

    /// <summary>Nodes waiting for a side branch to return, innermost last.</summary>
    public List<string> CallStack { get; set; } = [];

    /// <summary>Earlier positions, for "back", most recent last.</summary>
    public List<DialogPosition> History { get; set; } = [];

    /// <summary>Topics offered by "Did you mean…?" on the last turn, so the person can pick one by number or name.</summary>
    public List<string> Suggestions { get; set; } = [];

    /// <summary>The "is this happening now?" node asked on the last turn, so a typed "yes" can answer it; cleared every turn.</summary>
    public string? Check { get; set; }

    /// <summary>"en" or "es" once known.</summary>
    public string? Language { get; set; }

    /// <summary>The person picked the language themselves: the bot stops guessing it from their words.</summary>
    public bool LanguageChosen { get; set; }

    /// <summary>Messages in a row that the bot did not understand.</summary>
    public int Misses { get; set; }

    public DateTimeOffset? LastActive { get; set; }

    public void Reset()
    {
        Version = CurrentVersion;
        Node = null;
        CallStack = [];
        History = [];
        Suggestions = [];
        Check = null;
        Misses = 0;
    }
}

using FentanylHelp.Dialogs.Content;

namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// An emergency signalled by a message: its category (overdose, suicide, poison, pet, or two joined with "+"),
/// the node that answers it, and the language of the words that showed it (a hint for the language of the
/// answer). A match that is not <see cref="Certain"/> is answered with a check ("is this happening now?")
/// before the person's question.
/// </summary>
public sealed record CrisisMatch(string Category, string ReplyNode, string? Language = null)
{
    /// <summary>False when the bot should ask "is this happening now?" rather than answer with the emergency card.</summary>
    public bool Certain { get; init; } = true;

    /// <summary>The crisis phrase that matched, and where it is written; null when concepts decided.</summary>
    public string? Phrase { get; init; }

    public SourceLocation? Line { get; init; }
}

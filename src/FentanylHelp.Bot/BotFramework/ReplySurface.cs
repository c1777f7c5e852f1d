namespace FentanylHelp.Bot.BotFramework;

/// <summary>
/// What the conversation's client can show besides text and Adaptive Cards: whether suggested actions
/// appear, and how many of them. Choices that do not fit become card buttons.
/// </summary>
/// <param name="SuggestedActions">The client shows suggested actions under a text message.</param>
/// <param name="MaxSuggestedActions">How many of them it shows; a reply with more choices gets card buttons.</param>
/// <param name="CallButtonsMayNotCall">
/// A card's call buttons (<c>tel:</c> links) may do nothing here (Teams on a computer or in a browser), so cards
/// show their note to dial from a phone (<see cref="ActivityRenderer.PhoneNoteId"/>).
/// </param>
public sealed record ReplySurface(bool SuggestedActions, int MaxSuggestedActions, bool CallButtonsMayNotCall = false)
{
    /// <summary>Web Chat, the Emulator and Direct Line: suggested actions, as many as the reply has.</summary>
    public static ReplySurface Default { get; } = new(SuggestedActions: true, MaxSuggestedActions: int.MaxValue);

    /// <summary>Buttons on a card only (Teams channels and group chats).</summary>
    public static ReplySurface CardButtonsOnly { get; } = new(SuggestedActions: false, MaxSuggestedActions: 0);
}

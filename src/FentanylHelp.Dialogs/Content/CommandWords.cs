namespace FentanylHelp.Dialogs.Content;

/// <summary>
/// The words, per language, that trigger a global command. For the language command,
/// <paramref name="Choose"/> holds words that pick one language directly, keyed by that language
/// ("english" under en, "español" under es); its plain words switch to the other language.
/// </summary>
public sealed record CommandWords(GlobalCommand Command, LocalizedPhrases Words, LocalizedPhrases Choose, SourceLocation Location);

using FentanylHelp.Dialogs.Engine;
using FentanylHelp.Dialogs.Understanding;

namespace FentanylHelp.Dialogs.Content;

/// <summary>The parts of crisis.yaml shared by every category: word groups and the past/joking guard.</summary>
public sealed record CrisisLexicon(IReadOnlyList<CrisisGroup> Groups, CrisisGuards Guards)
{
    /// <summary>Words that may stand where a phrase writes "..." when its category sets no window.</summary>
    public const int DefaultWindow = 4;

    public static readonly CrisisLexicon None = new([], CrisisGuards.None);

    /// <summary>The group of that name in that language, or null.</summary>
    public CrisisGroup? Group(string language, string name) =>
        Groups.FirstOrDefault(group => group.Language == language && group.Name == name);

    /// <summary>
    /// The words {name} stands for in a phrase of that language: its own group's, then those of the group of the
    /// same name in the other language, since people in a hurry mix them ("my kid se comio una pill"). A
    /// borrowed word that is a small word of the phrase's language is left out: English "he", "son" or "yo"
    /// (years old) are Spanish for "I have", "they are" and "I", and "he ido a la clinica" is no emergency.
    /// Null when the phrase's language has no such group.
    /// </summary>
    public IReadOnlyList<string>? Members(string language, string name) =>
        Group(language, name) is { } own
            ? [.. own.Members, .. Groups.Where(group => group.Name == name && group.Language != language)
                .SelectMany(group => group.Members)
                .Where(member => !LanguageGuesser.IsSmallWord(language, TextNormalizer.Normalize(member)))]
            : null;
}

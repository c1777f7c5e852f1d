using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;

namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// Finds words that signal an emergency happening now. It checks every language's phrases whatever the
/// conversation's language, because a person in crisis may write in either.
/// </summary>
public sealed class CrisisDetector
{
    private readonly IReadOnlyList<(CrisisMatch Match, string[] Phrases)> categories;

    public CrisisDetector(IEnumerable<CrisisCategory> categories) =>
        this.categories = [.. categories.Select(category => (
            new CrisisMatch(category.Name, category.ReplyNode),
            category.Phrases.All().Select(entry => TextNormalizer.Normalize(entry.Phrase)).Where(phrase => phrase.Length > 0).Distinct().ToArray()))];

    /// <summary>The first category (in crisis.yaml order) whose phrase appears in the text, or null.</summary>
    public CrisisMatch? Detect(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        foreach (var (match, phrases) in categories)
        {
            if (phrases.Any(phrase => TextNormalizer.ContainsPhrase(normalized, phrase)))
            {
                return match;
            }
        }

        return null;
    }
}

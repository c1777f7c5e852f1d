using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;

namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// First-version understanding: a node's ask phrase that appears in the message wins, the longest phrase
/// first (so "fentanyl patch" beats "fentanyl"). Phrases are matched in the conversation's language, then
/// in the others. A later recognizer replaces this behind <see cref="IIntentRecognizer"/>.
/// </summary>
public sealed class KeywordRecognizer : IIntentRecognizer
{
    private readonly IReadOnlyList<(string Language, string Phrase, string Node)> phrases;

    public KeywordRecognizer(IEnumerable<DialogNode> nodes) =>
        phrases = [.. nodes
            .SelectMany(node => node.Ask.All().Select(entry => (entry.Language, Phrase: TextNormalizer.Normalize(entry.Phrase), node.Id)))
            .Where(entry => entry.Phrase.Length > 0)
            .OrderByDescending(entry => entry.Phrase.Length)];

    public Intent? Recognize(string text, string language)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        var best = phrases
            .Where(entry => TextNormalizer.ContainsPhrase(normalized, entry.Phrase))
            .OrderByDescending(entry => entry.Language == language)
            .ThenByDescending(entry => entry.Phrase.Length)
            .Select(entry => (entry.Node, entry.Phrase))
            .FirstOrDefault();
        return best.Node is null ? null : new Intent(best.Node, Math.Min(1.0, (double)best.Phrase.Length / normalized.Length));
    }
}

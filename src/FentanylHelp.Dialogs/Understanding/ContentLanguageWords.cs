using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;

namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// The words only one language's content uses (its answers, ask phrases, commands and crisis concepts), for short
/// messages the small-word guesser cannot place: "necesito ayuda" from a browser set to English has one Spanish
/// small word, but "ayuda" is a word only the Spanish content writes. A message is given a language only when
/// its known words all point one way.
/// </summary>
public sealed class ContentLanguageWords
{
    private const int MinLength = 3;

    private readonly Dictionary<string, string> languageOf = new(StringComparer.Ordinal);

    public ContentLanguageWords(ContentCatalog catalog)
    {
        var texts = catalog.NodeList.SelectMany(node => node.Ask.All()
                .Concat(node.Text?.ByLanguage.Select(pair => (Language: pair.Key, Phrase: pair.Value)) ?? []))
            .Concat(catalog.Commands.SelectMany(command => command.Words.All()))
            .Concat(catalog.CrisisConcepts.Concepts.SelectMany(concept => concept.Phrases.All()));
        var seen = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (language, text) in texts)
        {
            foreach (var word in Words(text))
            {
                var languages = seen.GetOrCreate(word);
                languages.Add(language);
            }
        }

        foreach (var (word, languages) in seen.Where(pair => pair.Value.Count == 1))
        {
            languageOf[word] = languages.Single();
        }
    }

    /// <summary>The one language all the message's known words belong to, or null.</summary>
    public string? Guess(string? text)
    {
        var languages = Words(text).Select(word => languageOf.GetValueOrDefault(word)).OfType<string>().Distinct().ToList();
        return languages.Count == 1 ? languages[0] : null;
    }

    private static IEnumerable<string> Words(string? text) =>
        TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => word.Length >= MinLength);
}

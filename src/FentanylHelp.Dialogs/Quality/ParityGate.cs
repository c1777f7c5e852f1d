using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;

namespace FentanylHelp.Dialogs.Quality;

/// <summary>
/// Every text is written in both languages, and neither language's text is the other language left over:
/// every node text, title and button label, every string and every fact source has en and es; every list of
/// ask phrases, command words and crisis phrases has both; an es text is not a copy of its en text, and no
/// sentence of one language reads as the other (judged by stopwords, ignoring proper names and links).
/// </summary>
public sealed class ParityGate : IContentGate
{
    /// <summary>A sentence needs at least this many of the other language's stopwords (and more than of its own) to count as left over.</summary>
    public const int LeftoverStopwords = 2;

    public string Name => "parity";

    public IEnumerable<QualityFinding> Check(QualityContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.Texts.SelectMany(text => CheckText(content, text)).Concat(CheckPhrases(content.Catalog));
    }

    private IEnumerable<QualityFinding> CheckText(QualityContent content, ContentText text)
    {
        foreach (var language in QualityLanguages.All.Where(language => text.In(language) is null))
        {
            yield return Missing(text.Location, text.Subject, language);
        }

        // Source citations keep document titles in their own language ("CDC, Fentanyl"); formats are not words.
        if (text.Kind == TextKind.FactSource || (text.Kind == TextKind.SharedText && content.Settings.NotProse.Contains(text.Key)))
        {
            yield break;
        }

        if (text.In(QualityLanguages.English) is { } english && text.In(QualityLanguages.Spanish) is { } spanish
            && TextNormalizer.Normalize(english) == TextNormalizer.Normalize(spanish) && HasTranslatableWords(content, spanish))
        {
            yield return new QualityFinding(Name, text.Location, text.Subject, QualityLanguages.Spanish,
                "is the same as the English text: not translated?", TextExcerpt.Of(spanish));
        }

        foreach (var (language, value) in text.Text.ByLanguage)
        {
            foreach (var sentence in LeftoverSentences(content, language, value))
            {
                yield return new QualityFinding(Name, text.Location, text.Subject, language,
                    $"reads as {QualityLanguages.Name(QualityLanguages.Other(language))}", TextExcerpt.Of(sentence));
            }
        }
    }

    /// <summary>Sentences of a <paramref name="language"/> text with more of the other language's stopwords than its own.</summary>
    public static IEnumerable<string> LeftoverSentences(QualityContent content, string language, string text)
    {
        ArgumentNullException.ThrowIfNull(content);
        var own = content.Settings.StopwordsOf(language);
        var foreign = content.Settings.StopwordsOf(QualityLanguages.Other(language));
        foreach (var sentence in content.Preparer.Prepare(text).Sentences)
        {
            var words = sentence.Select(TextNormalizer.Normalize).ToList();
            var foreignCount = words.Count(foreign.Contains);
            if (foreignCount >= LeftoverStopwords && foreignCount > words.Count(own.Contains))
            {
                yield return string.Join(' ', sentence);
            }
        }
    }

    private IEnumerable<QualityFinding> CheckPhrases(ContentCatalog catalog)
    {
        var lists = catalog.NodeList.Select(node => (node.Location, Subject: $"{node.Id} ask", Phrases: node.Ask))
            .Concat(catalog.Commands.Select(command => (command.Location, Subject: $"command {command.Command.ToString().ToLowerInvariant()} words", Phrases: command.Words)))
            .Concat(catalog.Crisis.Select(category => (category.Location, Subject: $"crisis {category.Name} phrases", Phrases: category.Phrases)));
        foreach (var (location, subject, phrases) in lists.Where(list => list.Phrases.ByLanguage.Values.Any(values => values.Count > 0)))
        {
            foreach (var language in QualityLanguages.All.Where(language => phrases.For(language).Count == 0))
            {
                yield return Missing(location, subject, language);
            }
        }
    }

    private QualityFinding Missing(SourceLocation location, string subject, string language) =>
        new(Name, location, subject, language, $"has no {QualityLanguages.Name(language)} ({language}) version", null);

    /// <summary>A text with a word that is not a proper name, a figure or a word both languages share ("No", "988").</summary>
    private static bool HasTranslatableWords(QualityContent content, string text) =>
        content.Preparer.Prepare(text).Words
            .Select(TextNormalizer.Normalize)
            .Any(word => word.Any(char.IsLetter) && !content.Settings.SameInBothLanguages.Contains(word));
}

using FentanylHelp.Dialogs.Engine;

namespace FentanylHelp.Dialogs.Quality;

/// <summary>
/// No text the bot shows labels people by their drug use ("addict", "junkie", "clean" for a person; "adicto",
/// "drogadicto"): the terms and their person-first replacements are in quality.yaml, matched on whole words
/// ignoring capitals and accents. Ask phrases are not checked: they are what people type, and the bot must
/// understand "addicted" to answer it.
/// </summary>
public sealed class LanguageLintGate : IContentGate
{
    public string Name => "language";

    public IEnumerable<QualityFinding> Check(QualityContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        foreach (var text in content.Texts)
        {
            foreach (var (language, value) in text.Text.ByLanguage)
            {
                var words = TextNormalizer.Normalize(value);
                var matches = content.Settings.Stigmatizing.GetValueOrDefault(language, [])
                    .Where(term => TextNormalizer.ContainsPhrase(words, TextNormalizer.Normalize(term.Term)))
                    .ToList();

                // "drug abusers" also contains "abusers": report the longer term only.
                foreach (var term in matches.Where(term => !matches.Any(other => other != term && TextNormalizer.ContainsPhrase(
                    TextNormalizer.Normalize(other.Term), TextNormalizer.Normalize(term.Term)))))
                {
                    yield return new QualityFinding(Name, text.Location, text.Subject, language, $"stigmatizing term: say \"{term.Instead}\"", term.Term);
                }
            }
        }
    }
}

using System.Globalization;

namespace FentanylHelp.Dialogs.Quality;

/// <summary>
/// Every message fits a phone screen: at most quality.yaml's 'max-words' for its language (90 English, 110
/// Spanish by default), counting the words a person sees (<see cref="VisibleWords"/>). A node's sources line is
/// not part of its text, so it is not counted. Every message is checked, emergency answers too: a longer one
/// is split into a short answer and a "Tell me more" node.
/// </summary>
public sealed class MessageLengthGate : IContentGate
{
    public string Name => "length";

    public IEnumerable<QualityFinding> Check(QualityContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        foreach (var text in content.Texts.Where(text => text.IsMessage))
        {
            foreach (var (language, value) in text.Text.ByLanguage)
            {
                var limit = content.Settings.MaxWords.GetValueOrDefault(language, int.MaxValue);
                var words = VisibleWords.Count(value);
                if (words > limit)
                {
                    yield return new QualityFinding(Name, text.Location, text.Subject, language,
                        $"has more than {limit} words, too long for a phone screen: split it into a short answer and a \"Tell me more\" node",
                        words.ToString(CultureInfo.InvariantCulture));
                }
            }
        }
    }
}

namespace FentanylHelp.Dialogs.Quality;

/// <summary>
/// Counts the words a person sees in a message written in Markdown: a link counts as its text (a phone link as
/// its number), a bare web address as one word, and list markers, bold and italics not at all. Unlike
/// <see cref="MessagePreparer"/>, it keeps names and numbers: on a phone screen they take room like any word.
/// </summary>
public static class VisibleWords
{
    public static int Count(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = ContentPatterns.MarkdownLink().Replace(markdown, link => link.Groups["text"].Value);
        text = ContentPatterns.OrderedListMarker().Replace(text, string.Empty);
        text = ContentPatterns.BulletOrHeadingMarker().Replace(text, string.Empty);
        text = ContentPatterns.Emphasis().Replace(text, string.Empty);
        return ContentPatterns.Whitespace().Split(text).Count(token => token.Any(char.IsLetterOrDigit));
    }
}

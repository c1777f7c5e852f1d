namespace FentanylHelp.Dialogs.Quality;

/// <summary>A message as reading-level formulas see it: sentences of words, without markup, links, phone numbers or proper names.</summary>
public sealed record PreparedText(IReadOnlyList<IReadOnlyList<string>> Sentences)
{
    public IEnumerable<string> Words => Sentences.SelectMany(sentence => sentence);
}

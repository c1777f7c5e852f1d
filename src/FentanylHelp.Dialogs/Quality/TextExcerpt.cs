namespace FentanylHelp.Dialogs.Quality;

/// <summary>The start of a text on one line, for findings and the report.</summary>
public static class TextExcerpt
{
    public static string Of(string text, int length = 70)
    {
        ArgumentNullException.ThrowIfNull(text);
        var oneLine = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= length ? oneLine : string.Concat(oneLine.AsSpan(0, length - 3), "...");
    }
}

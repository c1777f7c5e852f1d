namespace FentanylHelp.Dialogs.Content;

/// <summary>
/// A kind of emergency (overdose now, suicidal thoughts, poisoning), the node that answers it and the phrases
/// that signal it. Phrases may name word groups ("{person} overdosing") and may leave a wider gap with "...".
/// </summary>
public sealed record CrisisCategory(string Name, string ReplyNode, LocalizedPhrases Phrases, SourceLocation Location)
{
    /// <summary>The line of each phrase, in the order of <see cref="LocalizedPhrases.All"/>; empty when the category was built in code.</summary>
    public IReadOnlyList<SourceLocation> PhraseLines { get; init; } = [];

    /// <summary>True when a past or joking marker without a sign of danger now cancels this category's match.</summary>
    public bool Guarded { get; init; }

    /// <summary>How many words may stand where a phrase writes "...".</summary>
    public int Window { get; init; } = CrisisLexicon.DefaultWindow;

    /// <summary>Where a phrase was written (the category's line when unknown).</summary>
    public SourceLocation LineOf(int index) => index < PhraseLines.Count ? PhraseLines[index] : Location;
}

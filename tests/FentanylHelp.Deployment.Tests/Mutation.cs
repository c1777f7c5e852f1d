namespace FentanylHelp.Deployment.Tests;

/// <summary>
/// One planted fault: text in a template file replaced by something a check must catch. The text must occur
/// exactly once, so a mutation cannot silently stop applying when the templates change.
/// </summary>
public sealed record Mutation(string File, string Find, string Replace)
{
    public string ApplyTo(string contents)
    {
        var first = contents.IndexOf(Find, StringComparison.Ordinal);
        if (first < 0 || contents.IndexOf(Find, first + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"The mutation expects '{Find}' exactly once in {File}; update it to match the templates.");
        }

        return string.Concat(contents.AsSpan(0, first), Replace, contents.AsSpan(first + Find.Length));
    }
}

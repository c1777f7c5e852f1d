using FentanylHelp.Dialogs.Content;

namespace FentanylHelp.Dialogs.Quality;

/// <summary>
/// Every link in sources.yaml leads to the fact's own document: a web address (http or https) with a path, never a
/// home page (a bare host, or the path "/"), where a reader would have to hunt for the fact. A document whose
/// link the fact sheet does not confirm has no link at all and is shown by its title, publisher and date.
/// </summary>
public sealed class SourceLinkGate : IContentGate
{
    public string Name => "source-links";

    public IEnumerable<QualityFinding> Check(QualityContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        foreach (var fact in content.Catalog.Facts.Values)
        {
            for (var index = 0; index < fact.Documents.Count; index++)
            {
                if (fact.Documents[index] is { Url: { } url } document && Problem(url) is { } problem)
                {
                    yield return new QualityFinding(Name, document.Location, $"{fact.Id} {ContentTexts.DocumentField(index)} url", null, problem, url);
                }
            }
        }
    }

    /// <summary>Why a source link is not a specific document, or null when it is one.</summary>
    public static string? Problem(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "is not a web address (http or https)";
        }

        return uri.AbsolutePath == "/" && uri.Query.Length == 0
            ? "is a home page (a bare host or the path \"/\"): link the fact's own document, or leave the link out and show its title, publisher and date"
            : null;
    }
}

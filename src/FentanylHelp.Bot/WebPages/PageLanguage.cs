using Microsoft.Net.Http.Headers;

namespace FentanylHelp.Bot.WebPages;

/// <summary>The page's language: <c>?lang=</c> when it names one the page has, else the browser's preference, else English.</summary>
public static class PageLanguage
{
    /// <summary>The locale Web Chat gets for each language (its own button and status texts follow it).</summary>
    public static string WebChatLocale(string language) => language == "es" ? "es-ES" : "en-US";

    public static string Choose(HttpRequest request)
    {
        if (DeepLinkValue(request.Query["lang"]) is { } asked)
        {
            return asked;
        }

        var preferences = request.GetTypedHeaders().AcceptLanguage;
        foreach (var preference in preferences.Where(value => (value.Quality ?? 1) > 0).OrderByDescending(value => value.Quality ?? 1))
        {
            var tag = preference.Value.Value;
            if (tag is { Length: >= 2 } && WebTextKeys.Languages.Contains(tag[..2].ToLowerInvariant()))
            {
                return tag[..2].ToLowerInvariant();
            }
        }

        return WebTextKeys.Languages[0];
    }

    /// <summary>A <c>lang</c> value the page supports ("es", "ES"), or null for anything else.</summary>
    public static string? DeepLinkValue(string? value) =>
        value is { Length: 2 } && WebTextKeys.Languages.Contains(value.ToLowerInvariant()) ? value.ToLowerInvariant() : null;
}

namespace FentanylHelp.Bot.WebPages;

/// <summary>The full page at <c>/</c>, or the compact one partner sites put in a frame at <c>/embed</c>.</summary>
public enum ChatPageLayout
{
    Page,
    Embed,
}

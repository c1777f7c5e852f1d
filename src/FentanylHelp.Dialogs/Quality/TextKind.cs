namespace FentanylHelp.Dialogs.Quality;

/// <summary>Where a text is shown. Node texts, titles and shared texts are messages; labels are buttons; sources are citations.</summary>
public enum TextKind
{
    NodeText,
    NodeTitle,
    ChoiceLabel,

    /// <summary>A text of strings.yaml, used in every topic.</summary>
    SharedText,
    FactSource,
}

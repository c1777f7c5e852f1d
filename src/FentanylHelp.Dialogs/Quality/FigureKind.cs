namespace FentanylHelp.Dialogs.Quality;

/// <summary>What a figure in a text is: the facts gate allows each only when the fact sheet gives it.</summary>
public enum FigureKind
{
    Number,
    Phone,
    Link,
}

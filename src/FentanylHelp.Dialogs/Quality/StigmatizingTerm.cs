namespace FentanylHelp.Dialogs.Quality;

/// <summary>A word or phrase that labels people by their drug use, and the person-first words to use instead.</summary>
/// <param name="Term">As written in quality.yaml; matched on whole words, ignoring capitals and accents.</param>
public sealed record StigmatizingTerm(string Term, string Instead);

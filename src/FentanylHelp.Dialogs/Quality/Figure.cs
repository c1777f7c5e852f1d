namespace FentanylHelp.Dialogs.Quality;

/// <summary>
/// A phone number, link or number found in a text: <paramref name="Text"/> as written, <paramref name="Key"/> in
/// one comparable form ("1-800-662-HELP" and "tel:+18006624357" are both 18006624357; "107,941" and "107.941"
/// are both 107941; "https://FindTreatment.gov/" is findtreatment.gov).
/// </summary>
public sealed record Figure(FigureKind Kind, string Text, string Key);

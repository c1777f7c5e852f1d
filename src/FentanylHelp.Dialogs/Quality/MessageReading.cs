namespace FentanylHelp.Dialogs.Quality;

/// <summary>The reading level of one message in one language, with the counts behind it.</summary>
public sealed record MessageReading(ContentText Text, string Language, string Message, TextStatistics Statistics, double Score);

namespace FentanylHelp.Dialogs.Quality;

/// <summary>How many scores fall in [<paramref name="From"/>, <paramref name="To"/>).</summary>
public sealed record HistogramBucket(double From, double To, int Count);

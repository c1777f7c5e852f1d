namespace FentanylHelp.Dialogs.Quality;

/// <summary>
/// A content check that fails the build. It returns findings rather than throwing, so the tests and the
/// content report share one implementation and show every problem at once.
/// </summary>
public interface IContentGate
{
    /// <summary>A short lowercase name, shown before each finding ("readability", "facts").</summary>
    string Name { get; }

    IEnumerable<QualityFinding> Check(QualityContent content);
}

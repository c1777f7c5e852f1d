namespace FentanylHelp.Bot.Tests.Storage;

/// <summary>A folder under the system temp directory, deleted on dispose: SQLite files never land in the repository.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("fentanyl-help-state-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; never inside the repository.
        }
    }
}

namespace FentanylHelp.Bot.Storage;

/// <summary><c>Storage:Sqlite</c>: where the SQLite file is.</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>The database file; a relative path is read under the app's content root. Created on first use.</summary>
    public string Path { get; set; } = System.IO.Path.Combine("App_Data", "conversations.db");
}

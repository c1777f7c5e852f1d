namespace FentanylHelp.Bot.Storage;

/// <summary>Where conversation state lives (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>A SQLite file beside the app: the default, so a restart loses no conversation.</summary>
    Sqlite,

    /// <summary>Azure Blob Storage: for several instances behind a load balancer.</summary>
    Blob,

    /// <summary>Process memory: for tests only; everything is lost on restart.</summary>
    Memory,
}

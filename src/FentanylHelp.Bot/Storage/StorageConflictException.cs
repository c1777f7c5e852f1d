namespace FentanylHelp.Bot.Storage;

/// <summary>
/// A write whose ETag no longer matches the stored item: someone else saved (or deleted) it since it was read.
/// The caller reloads and tries again. The key is kept for the caller, and out of the message, so logs carry no ids.
/// </summary>
public sealed class StorageConflictException : Exception
{
    public StorageConflictException()
        : this("(unknown)")
    {
    }

    public StorageConflictException(string key)
        : this(key, null)
    {
    }

    public StorageConflictException(string key, Exception? innerException)
        : base("Storage write conflict: the item changed or was deleted since it was read (stale ETag). Reload it and try again.", innerException)
    {
        Key = key;
    }

    public string Key { get; }
}

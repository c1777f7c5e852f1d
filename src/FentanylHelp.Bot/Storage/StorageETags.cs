namespace FentanylHelp.Bot.Storage;

/// <summary>The ETag values with a meaning of their own in a write.</summary>
public static class StorageETags
{
    /// <summary>Write whatever is stored (as does no ETag at all).</summary>
    public const string Any = "*";

    /// <summary>
    /// Write only if nothing is stored yet. A new conversation's first save carries it, so two first turns
    /// arriving together (Teams' conversationUpdate and the first message) cannot overwrite each other.
    /// </summary>
    public const string NewItem = "*new";
}

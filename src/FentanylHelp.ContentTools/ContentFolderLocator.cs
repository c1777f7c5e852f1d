using FentanylHelp.Dialogs.Content;

namespace FentanylHelp.ContentTools;

/// <summary>Finds the repository's dialogs/ folder from wherever the command runs inside the repository.</summary>
internal static class ContentFolderLocator
{
    public const string FolderName = "dialogs";

    /// <summary>The nearest <c>dialogs/</c> holding strings.yaml in <paramref name="start"/> or a folder above it; null if none.</summary>
    public static string? Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, FolderName);
            if (File.Exists(Path.Combine(candidate, ContentLoader.StringsFile)))
            {
                return candidate;
            }
        }

        return null;
    }
}

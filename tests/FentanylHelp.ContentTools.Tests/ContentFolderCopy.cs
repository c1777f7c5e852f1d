namespace FentanylHelp.ContentTools.Tests;

/// <summary>A throw-away repository folder holding a copy of the real dialogs/, to plant problems in.</summary>
internal sealed class ContentFolderCopy : IDisposable
{
    private static string RealContent => Path.Combine(AppContext.BaseDirectory, "dialogs");

    public ContentFolderCopy()
    {
        Root = Directory.CreateTempSubdirectory("content-tools-").FullName;
        foreach (var file in Directory.EnumerateFiles(RealContent, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(Dialogs, Path.GetRelativePath(RealContent, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public string Root { get; }

    public string Dialogs => Path.Combine(Root, "dialogs");

    public void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(Dialogs, relativePath), text);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

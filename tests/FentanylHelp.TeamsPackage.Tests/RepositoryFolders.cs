using System.Reflection;

namespace FentanylHelp.TeamsPackage.Tests;

internal static class RepositoryFolders
{
    /// <summary>teamsAppManifest/ of the checkout these tests were built from (set by the project file).</summary>
    public static string TeamsAppManifest { get; } = typeof(RepositoryFolders).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "TeamsAppManifestFolder").Value!;
}

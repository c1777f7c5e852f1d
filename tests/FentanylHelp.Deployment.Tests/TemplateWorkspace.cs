namespace FentanylHelp.Deployment.Tests;

/// <summary>
/// A private copy of deploymentTemplates/ (as copied beside the tests) plus the test parameter files, in a
/// temporary folder, optionally with one planted fault. Deleted on dispose.
/// </summary>
public sealed class TemplateWorkspace : IDisposable
{
    private TemplateWorkspace(string root) => Root = root;

    /// <summary>The templates as the repository has them (copied to the test output by the project file).</summary>
    public static string ShippedTemplates => Path.Combine(AppContext.BaseDirectory, "deploymentTemplates");

    public static string TestData => Path.Combine(AppContext.BaseDirectory, "TestData");

    public string Root { get; }

    public string MainTemplate => Path.Combine(Root, "main.bicep");

    /// <summary>The shipped parameters file: the default UserAssignedMSI bot.</summary>
    public string MainParameters => Path.Combine(Root, "main.bicepparam");

    /// <summary>A SingleTenant bot with an app registration's id and a (made-up) client secret.</summary>
    public string SingleTenantParameters => Path.Combine(Root, "singleTenant.bicepparam");

    /// <param name="mutation">A fault to plant, or null for the templates as shipped.</param>
    /// <param name="keepLinterConfig">
    /// False removes bicepconfig.json, so linter findings stay warnings: a planted fault that a linter rule
    /// also catches (a secret without @secure()) still compiles, and the test's own check must find it.
    /// </param>
    public static TemplateWorkspace Create(Mutation? mutation = null, bool keepLinterConfig = true)
    {
        var workspace = new TemplateWorkspace(Path.Combine(Path.GetTempPath(), $"fentanylhelp-templates-{Guid.NewGuid():N}"));
        CopyFolder(ShippedTemplates, workspace.Root);
        foreach (var parameters in Directory.EnumerateFiles(TestData, "*.bicepparam"))
        {
            File.Copy(parameters, Path.Combine(workspace.Root, Path.GetFileName(parameters)));
        }

        if (!keepLinterConfig)
        {
            File.Delete(Path.Combine(workspace.Root, "bicepconfig.json"));
        }

        if (mutation is not null)
        {
            var path = Path.Combine(workspace.Root, mutation.File);
            File.WriteAllText(path, mutation.ApplyTo(File.ReadAllText(path)));
        }

        return workspace;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

using Azure.Storage.Blobs;
using FentanylHelp.Tools.Azurite;

[assembly: AssemblyFixture(typeof(FentanylHelp.Bot.Tests.Storage.Azurite))]

namespace FentanylHelp.Bot.Tests.Storage;

/// <summary>
/// One Azurite for the test run, started by the first test that needs it and stopped after the last.
/// Tests keep apart by using a container each. Without Azurite installed the tests skip on a developer
/// machine (saying how to install it) and fail in CI, where .ci/run installs it.
/// </summary>
public sealed class Azurite : IAsyncDisposable
{
    private readonly SemaphoreSlim starting = new(1, 1);
    private AzuriteProcess? server;

    /// <summary>Azurite's installed script, or a skip/failure saying how to install it.</summary>
    public static string RequireScript()
    {
        if (AzuriteProcess.FindScript() is { } script)
        {
            return script;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(AzuriteProcess.InstallHint);
        }

        Assert.Skip(AzuriteProcess.InstallHint);
        return null!;
    }

    public async Task<string> ConnectionStringAsync()
    {
        var script = RequireScript();
        await starting.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            server ??= await AzuriteProcess.StartAsync(script, TestContext.Current.CancellationToken);
            return server.ConnectionString;
        }
        finally
        {
            starting.Release();
        }
    }

    /// <summary>A container of its own for one test (not created: the storage creates it on first write).</summary>
    public async Task<BlobContainerClient> NewContainerAsync() =>
        new BlobServiceClient(await ConnectionStringAsync()).GetBlobContainerClient(NewContainerName());

    public static string NewContainerName() => "test-" + Guid.NewGuid().ToString("N");

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        starting.Dispose();
    }
}

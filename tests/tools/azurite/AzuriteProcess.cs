using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FentanylHelp.Tools.Azurite;

/// <summary>
/// Azurite's Blob service (the Azure Storage emulator, from tests/tools/azurite/node_modules) as a child
/// process on a free 127.0.0.1 port, data in memory (its working folder is a temp folder, removed on dispose). Stopped on dispose.
/// Shared by the storage tests and the benchmark (linked into both projects).
/// </summary>
internal sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>Azurite's fixed development account and its published key (not a secret).</summary>
    public const string AccountName = "devstoreaccount1";

    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public const string InstallHint = "Azurite is not installed: run (cd tests/tools/azurite && npm ci --no-audit --no-fund --ignore-scripts); Node.js is needed.";

    private static readonly string RelativeScript = Path.Combine("tests", "tools", "azurite", "node_modules", "azurite", "dist", "src", "blob", "main.js");

    private readonly string script;
    private readonly string location;
    private Process? process;

    private AzuriteProcess(string script, int port)
    {
        this.script = script;
        Port = port;
        location = Directory.CreateTempSubdirectory("azurite-").FullName;
    }

    public int Port { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{Port}/{AccountName};";

    /// <summary>Azurite's blob script, found by walking up from the running assembly to the repository root; null when not installed.</summary>
    public static string? FindScript()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, RelativeScript);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static async Task<AzuriteProcess> StartAsync(string script, CancellationToken cancellationToken = default)
    {
        var azurite = new AzuriteProcess(script, FreePort());
        await azurite.RestartAsync(cancellationToken);
        return azurite;
    }

    /// <summary>Starts (again) on the same port; data from before a stop is gone.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo("node")
        {
            ArgumentList =
            {
                script, "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--inMemoryPersistence", "--skipApiVersionCheck", "--silent",
            },
            WorkingDirectory = location,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, line) => output.Enqueue(line.Data ?? string.Empty);
        process.ErrorDataReceived += (_, line) => output.Enqueue(line.Data ?? string.Empty);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!await AcceptsConnectionsAsync(cancellationToken))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"Azurite did not start on 127.0.0.1:{Port} (exit code {(process.HasExited ? process.ExitCode : -1)}): {string.Join(" | ", output.TakeLast(5))}");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(location, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<bool> AcceptsConnectionsAsync(CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

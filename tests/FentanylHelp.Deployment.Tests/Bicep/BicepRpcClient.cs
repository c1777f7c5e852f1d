using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FentanylHelp.Deployment.Tests.Bicep;

/// <summary>
/// One long-lived <c>bicep jsonrpc --stdio</c> process (the CLI's documented JSON-RPC interface). A CLI process
/// spends several seconds starting; the server answers a compile or snapshot in a fraction of a second, which
/// keeps the planted-mutation tests (dozens of compilations) quick. Calls are serialised.
/// </summary>
public sealed class BicepRpcClient : IDisposable
{
    /// <summary>
    /// The made-up subscription, tenant and resource group a snapshot is predicted for. Only their shape
    /// matters: every resource id in a snapshot is built from them.
    /// </summary>
    private static readonly JsonObject SnapshotTarget = new()
    {
        ["tenantId"] = "00000000-0000-0000-0000-0000000000aa",
        ["subscriptionId"] = "00000000-0000-0000-0000-0000000000bb",
        ["resourceGroup"] = "rg-fentanylhelp-test",
        ["location"] = "eastus",
        ["deploymentName"] = "main",
    };

    private readonly Process process;
    private readonly Stream input;
    private readonly Stream output;
    private readonly SemaphoreSlim oneCallAtATime = new(1, 1);
    private readonly StringBuilder standardError = new();
    private int nextId;

    public BicepRpcClient()
    {
        var start = new ProcessStartInfo(BicepExecutable.Path)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("jsonrpc");
        start.ArgumentList.Add("--stdio");
        process = Process.Start(start) ?? throw new InvalidOperationException("Could not start bicep jsonrpc.");
        process.ErrorDataReceived += (_, line) =>
        {
            lock (standardError)
            {
                standardError.AppendLine(line.Data);
            }
        };
        process.BeginErrorReadLine();
        input = process.StandardInput.BaseStream;
        output = process.StandardOutput.BaseStream;
    }

    /// <summary>Compiles a .bicep file to ARM JSON, with every diagnostic (linter rules included).</summary>
    public async Task<BicepCompilation> CompileAsync(string bicepPath)
    {
        var result = await CallAsync("bicep/compile", new JsonObject { ["path"] = bicepPath });
        return new BicepCompilation(
            result["success"]!.GetValue<bool>(),
            Diagnostics(result),
            result["contents"] is JsonValue contents ? JsonNode.Parse(contents.GetValue<string>())!.AsObject() : null);
    }

    /// <summary>Compiles a .bicepparam file to an ARM parameters file (the JSON az deployment would send).</summary>
    public async Task<BicepCompilation> CompileParametersAsync(string bicepParamPath)
    {
        var result = await CallAsync("bicep/compileParams", new JsonObject { ["path"] = bicepParamPath, ["parameterOverrides"] = new JsonObject() });
        return new BicepCompilation(
            result["success"]!.GetValue<bool>(),
            Diagnostics(result),
            result["parameters"] is JsonValue parameters ? JsonNode.Parse(parameters.GetValue<string>())!.AsObject() : null);
    }

    /// <summary>
    /// The deployment a .bicepparam file would make, predicted offline: every resource with its evaluated
    /// properties, module outputs resolved. Values only Azure knows (a host name, a principal id) stay
    /// <c>[reference('&lt;resource id&gt;', ...)...]</c> expressions that name the resource they come from.
    /// </summary>
    public async Task<JsonObject> SnapshotAsync(string bicepParamPath)
    {
        var result = await CallAsync("bicep/getSnapshot", new JsonObject { ["path"] = bicepParamPath, ["metadata"] = SnapshotTarget.DeepClone() });
        return JsonNode.Parse(result["snapshot"]!.GetValue<string>())!.AsObject();
    }

    public void Dispose()
    {
        input.Dispose();
        if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
        oneCallAtATime.Dispose();
    }

    private static IReadOnlyList<BicepDiagnostic> Diagnostics(JsonObject result) =>
        [.. (result["diagnostics"]?.AsArray() ?? []).Select(diagnostic => new BicepDiagnostic(
            diagnostic!["source"]?.GetValue<string>() ?? string.Empty,
            diagnostic["range"]!["start"]!["line"]!.GetValue<int>() + 1,
            diagnostic["level"]!.GetValue<string>(),
            diagnostic["code"]!.GetValue<string>(),
            diagnostic["message"]!.GetValue<string>()))];

    private async Task<JsonObject> CallAsync(string method, JsonObject parameters)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await oneCallAtATime.WaitAsync(timeout.Token);
        try
        {
            var id = ++nextId;
            var body = JsonSerializer.SerializeToUtf8Bytes(new JsonObject
            {
                ["jsonrpc"] = "2.0",
                ["id"] = id,
                ["method"] = method,
                ["params"] = parameters,
            });
            var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
            await input.WriteAsync(header, timeout.Token);
            await input.WriteAsync(body, timeout.Token);
            await input.FlushAsync(timeout.Token);

            while (true)
            {
                var message = await ReadMessageAsync(timeout.Token);
                if (message["id"]?.GetValue<int>() != id)
                {
                    continue;
                }

                if (message["error"] is JsonObject error)
                {
                    throw new InvalidOperationException($"bicep {method} failed: {error["message"]}");
                }

                return message["result"]!.AsObject();
            }
        }
        finally
        {
            oneCallAtATime.Release();
        }
    }

    /// <summary>Reads one message framed as <c>Content-Length: n</c>, a blank line, then n bytes of JSON.</summary>
    private async Task<JsonObject> ReadMessageAsync(CancellationToken cancellationToken)
    {
        var contentLength = -1;
        while (await ReadHeaderLineAsync(cancellationToken) is { Length: > 0 } line)
        {
            const string name = "Content-Length:";
            if (line.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                contentLength = int.Parse(line.AsSpan(name.Length).Trim(), CultureInfo.InvariantCulture);
            }
        }

        if (contentLength < 0)
        {
            throw new InvalidOperationException("bicep jsonrpc sent a message without Content-Length.");
        }

        var buffer = new byte[contentLength];
        await output.ReadExactlyAsync(buffer, cancellationToken);
        return JsonNode.Parse(buffer)!.AsObject();
    }

    private async Task<string> ReadHeaderLineAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await output.ReadAsync(one, cancellationToken) == 0)
            {
                string error;
                lock (standardError)
                {
                    error = standardError.ToString();
                }

                throw new InvalidOperationException($"bicep jsonrpc stopped. It said: {error}");
            }

            if (one[0] == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)one[0]);
        }
    }
}

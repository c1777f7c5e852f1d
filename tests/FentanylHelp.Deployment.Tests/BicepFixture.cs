using System.Text.Json.Nodes;
using FentanylHelp.Deployment.Tests.Bicep;
using FentanylHelp.Deployment.Tests.Rules;

namespace FentanylHelp.Deployment.Tests;

/// <summary>One Bicep JSON-RPC server for the whole test run, and the compilations the tests read.</summary>
public sealed class BicepFixture : IDisposable
{
    private readonly Lazy<BicepRpcClient> rpc = new(() => new BicepRpcClient());

    public BicepRpcClient Rpc => rpc.Value;

    /// <summary>main.bicep compiled to ARM JSON (modules become nested deployments), with a planted fault if given.</summary>
    public async Task<JsonObject> MainTemplateAsync(Mutation? mutation = null)
    {
        using var workspace = TemplateWorkspace.Create(mutation, keepLinterConfig: mutation is null);
        var compilation = await Rpc.CompileAsync(workspace.MainTemplate);
        return compilation.RequireJson();
    }

    /// <summary>The deployment predicted for the shipped parameters (UserAssignedMSI) or the SingleTenant ones.</summary>
    public async Task<DeploymentSnapshot> SnapshotAsync(BotIdentity identity, Mutation? mutation = null)
    {
        using var workspace = TemplateWorkspace.Create(mutation, keepLinterConfig: mutation is null);
        var parameters = identity == BotIdentity.SingleTenant ? workspace.SingleTenantParameters : workspace.MainParameters;
        return new DeploymentSnapshot(await Rpc.SnapshotAsync(parameters));
    }

    public void Dispose()
    {
        if (rpc.IsValueCreated)
        {
            rpc.Value.Dispose();
        }
    }
}

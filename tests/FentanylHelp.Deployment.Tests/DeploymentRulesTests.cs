using FentanylHelp.Deployment.Tests.Rules;

namespace FentanylHelp.Deployment.Tests;

/// <summary>
/// The deployment the templates would make (bicep's offline snapshot, for each bot identity type) passes
/// every check of the web app, storage, bot, channels and secrets; planted faults fail them.
/// </summary>
public sealed class DeploymentRulesTests(BicepFixture bicep)
{
    private static readonly Func<DeploymentSnapshot, IReadOnlyList<string>>[] Checks =
        [WebAppRules.Problems, StorageRules.Problems, BotRules.Problems, ChannelRules.Problems, SecretSettingRules.Problems];

    public static TheoryData<BotIdentity> Identities => [BotIdentity.UserAssignedMSI, BotIdentity.SingleTenant];

    public static TheoryData<string> Faults => [.. PlantedDeploymentFaults.All.Keys];

    [Theory]
    [MemberData(nameof(Identities))]
    public async Task The_deployment_passes_every_check(BotIdentity identity)
    {
        var snapshot = await bicep.SnapshotAsync(identity);

        Assert.Empty(Checks.SelectMany(check => check(snapshot)));
    }

    [Fact]
    public async Task A_UserAssignedMSI_bot_has_no_secret_and_no_key_vault()
    {
        var snapshot = await bicep.SnapshotAsync(BotIdentity.UserAssignedMSI);
        var settings = DeploymentSnapshot.AppSettings(snapshot.OfType("Microsoft.Web/sites").Single());

        Assert.Empty(snapshot.OfType("Microsoft.KeyVault/vaults"));
        Assert.Equal("UserAssignedMSI", settings["MicrosoftAppType"]);
        Assert.Equal(string.Empty, settings["MicrosoftAppPassword"]);
    }

    [Fact]
    public async Task A_SingleTenant_bot_reads_its_secret_from_key_vault()
    {
        var snapshot = await bicep.SnapshotAsync(BotIdentity.SingleTenant);
        var settings = DeploymentSnapshot.AppSettings(snapshot.OfType("Microsoft.Web/sites").Single());
        var vault = snapshot.OfType("Microsoft.KeyVault/vaults").Single();

        Assert.Equal($"@Microsoft.KeyVault(VaultName={DeploymentSnapshot.Name(vault)};SecretName=MicrosoftAppPassword)", settings["MicrosoftAppPassword"]);
        Assert.Single(snapshot.OfType("Microsoft.KeyVault/vaults/secrets"), secret => DeploymentSnapshot.Name(secret) == $"{DeploymentSnapshot.Name(vault)}/MicrosoftAppPassword");
        Assert.Equal("https://health.example.org", settings["WebChannel__PartnerOrigins__0"]);
    }

    [Fact]
    public async Task The_outputs_give_the_urls_and_the_app_id_for_the_Teams_manifest()
    {
        var snapshot = await bicep.SnapshotAsync(BotIdentity.SingleTenant);
        var bot = snapshot.OfType("Microsoft.BotService/botServices").Single();

        var endpoint = bot["properties"]!["endpoint"]!.GetValue<string>();
        var site = endpoint.Replace("https://{0}/api/messages", "https://{0}/", StringComparison.Ordinal);

        Assert.Equal(endpoint, snapshot.Output("messagingEndpoint"));
        Assert.Equal(site, snapshot.Output("chatPageUrl"));
        Assert.Equal(site, snapshot.Output("botUrl"));
        Assert.Equal(bot["properties"]!["msaAppId"]!.GetValue<string>(), snapshot.Output("teamsBotAppId"));
        Assert.Equal(DeploymentSnapshot.Name(snapshot.OfType("Microsoft.Web/sites").Single()), snapshot.Output("webAppName"));
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_planted_fault_fails_its_check(string fault)
    {
        var planted = PlantedDeploymentFaults.All[fault];

        var problems = planted.Check(await bicep.SnapshotAsync(planted.Identity, planted.Mutation));

        Assert.Contains(problems, problem => problem.Contains(planted.Expected, StringComparison.Ordinal));
    }
}

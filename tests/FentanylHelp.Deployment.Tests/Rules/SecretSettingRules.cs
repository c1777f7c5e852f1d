using System.Text.RegularExpressions;
using static FentanylHelp.Deployment.Tests.Rules.ArmTemplate;

namespace FentanylHelp.Deployment.Tests.Rules;

/// <summary>
/// No secret in plain text in the web app's settings: a setting that looks like a secret is empty or a Key
/// Vault reference to a vault in the deployment that the web app's identity may read, through the identity the
/// app uses for Key Vault references.
/// </summary>
public static partial class SecretSettingRules
{
    public const string KeyVaultSecretsUserRoleId = "4633458b-17de-408a-b874-0445c202c1e2";

    public static IReadOnlyList<string> Problems(DeploymentSnapshot snapshot)
    {
        var problems = new List<string>();
        foreach (var site in snapshot.OfType("Microsoft.Web/sites"))
        {
            foreach (var (name, value) in DeploymentSnapshot.AppSettings(site).Where(setting => SecretNames.LooksLikeSecret(setting.Key)))
            {
                if (string.IsNullOrEmpty(value))
                {
                    continue;
                }

                if (KeyVaultReference().Match(value) is not { Success: true } reference)
                {
                    problems.Add($"app setting '{name}' holds a value in plain text; use a Key Vault reference");
                    continue;
                }

                var vault = snapshot.OfType("Microsoft.KeyVault/vaults")
                    .FirstOrDefault(v => string.Equals(DeploymentSnapshot.Name(v), reference.Groups["vault"].Value, StringComparison.OrdinalIgnoreCase));
                var identity = Text(site["properties"]?["keyVaultReferenceIdentity"]);
                if (vault is null)
                {
                    problems.Add($"app setting '{name}' refers to vault '{reference.Groups["vault"].Value}', which the deployment does not create");
                }
                else if (identity is null || !DeploymentSnapshot.UserAssignedIdentities(site).Contains(identity, StringComparer.OrdinalIgnoreCase))
                {
                    problems.Add($"web app '{DeploymentSnapshot.Name(site)}' keyVaultReferenceIdentity is not one of its user-assigned identities, so '{name}' cannot be read");
                }
                else if (!snapshot.RoleAssignments(KeyVaultSecretsUserRoleId, DeploymentSnapshot.Id(vault)).Any(assignment => DeploymentSnapshot.IsForIdentity(assignment, identity)))
                {
                    problems.Add($"no Key Vault Secrets User role assignment for the web app's identity on vault '{DeploymentSnapshot.Name(vault)}'");
                }
            }
        }

        return problems;
    }

    [GeneratedRegex(@"^@Microsoft\.KeyVault\(VaultName=(?<vault>[A-Za-z0-9-]+);SecretName=(?<secret>[A-Za-z0-9-]+)\)$")]
    private static partial Regex KeyVaultReference();
}

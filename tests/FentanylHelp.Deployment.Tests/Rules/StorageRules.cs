using System.Globalization;
using System.Text.Json.Nodes;
using static FentanylHelp.Deployment.Tests.Rules.ArmTemplate;

namespace FentanylHelp.Deployment.Tests.Rules;

/// <summary>
/// Conversation state in blob storage: a locked-down account, the container, a lifecycle rule matching the
/// conversation expiry, and access through the web app's identity and a data role, never a key.
/// </summary>
public static class StorageRules
{
    public const string BlobDataContributorRoleId = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";

    public static IReadOnlyList<string> Problems(DeploymentSnapshot snapshot)
    {
        var problems = new List<string>();
        var accounts = snapshot.OfType("Microsoft.Storage/storageAccounts").ToList();
        if (accounts.Count == 0)
        {
            return ["no storage account in the deployment"];
        }

        foreach (var account in accounts)
        {
            var name = $"storage account '{DeploymentSnapshot.Name(account)}'";
            var properties = account["properties"];
            Expect.Value(problems, $"{name} kind", account["kind"], "StorageV2");
            Expect.Value(problems, $"{name} supportsHttpsTrafficOnly", properties?["supportsHttpsTrafficOnly"], true);
            Expect.Value(problems, $"{name} minimumTlsVersion", properties?["minimumTlsVersion"], "TLS1_2");
            Expect.Value(problems, $"{name} allowBlobPublicAccess", properties?["allowBlobPublicAccess"], false);
            Expect.Value(problems, $"{name} allowSharedKeyAccess", properties?["allowSharedKeyAccess"], false);
        }

        foreach (var site in snapshot.OfType("Microsoft.Web/sites"))
        {
            problems.AddRange(SiteStorageProblems(snapshot, site));
        }

        return problems;
    }

    private static List<string> SiteStorageProblems(DeploymentSnapshot snapshot, JsonObject site)
    {
        var problems = new List<string>();
        var settings = DeploymentSnapshot.AppSettings(site);
        Expect.Value(problems, "app setting Storage__Provider", settings.GetValueOrDefault("Storage__Provider"), "Blob");

        var accountUrl = DeploymentSnapshot.ReferenceIn(settings.GetValueOrDefault("Storage__Blob__AccountUrl"));
        var account = snapshot.OfType("Microsoft.Storage/storageAccounts")
            .FirstOrDefault(a => accountUrl is { Property: "primaryEndpoints.blob" } && string.Equals(DeploymentSnapshot.Id(a), accountUrl.Value.ResourceId, StringComparison.OrdinalIgnoreCase));
        if (account is null)
        {
            problems.Add("app setting Storage__Blob__AccountUrl is not the blob endpoint of a storage account in the deployment");
            return problems;
        }

        var identities = DeploymentSnapshot.UserAssignedIdentities(site);
        var clientId = DeploymentSnapshot.ReferenceIn(settings.GetValueOrDefault("Storage__Blob__ManagedIdentityClientId"));
        var identity = identities.FirstOrDefault(id => clientId is { Property: "clientId" } && string.Equals(id, clientId.Value.ResourceId, StringComparison.OrdinalIgnoreCase));
        if (identity is null)
        {
            problems.Add("app setting Storage__Blob__ManagedIdentityClientId is not the client id of the web app's user-assigned identity");
        }
        else if (!snapshot.RoleAssignments(BlobDataContributorRoleId, DeploymentSnapshot.Id(account)).Any(assignment => DeploymentSnapshot.IsForIdentity(assignment, identity)))
        {
            problems.Add($"no Storage Blob Data Contributor role assignment ({BlobDataContributorRoleId}) for the web app's identity on storage account '{DeploymentSnapshot.Name(account)}'");
        }

        var containerName = settings.GetValueOrDefault("Storage__Blob__Container") ?? "conversation-state";
        var container = snapshot.OfType("Microsoft.Storage/storageAccounts/blobServices/containers")
            .FirstOrDefault(c => string.Equals(DeploymentSnapshot.Name(c), $"{DeploymentSnapshot.Name(account)}/default/{containerName}", StringComparison.OrdinalIgnoreCase));
        if (container is null)
        {
            problems.Add($"no blob container '{containerName}' in storage account '{DeploymentSnapshot.Name(account)}'");
        }
        else
        {
            Expect.Value(problems, $"container '{containerName}' publicAccess", container["properties"]?["publicAccess"], "None");
        }

        var expiry = TimeSpan.Parse(settings.GetValueOrDefault("Conversation__Expiry") ?? "1.00:00:00", CultureInfo.InvariantCulture);
        var expiryDays = (int)Math.Ceiling(expiry.TotalDays);
        if (!LifecycleDeletesIdleBlobs(snapshot, account, containerName, expiryDays))
        {
            problems.Add($"no enabled lifecycle rule deletes blobs in '{containerName}' idle for more than {expiryDays} day(s) (Conversation__Expiry {expiry})");
        }

        return problems;
    }

    private static bool LifecycleDeletesIdleBlobs(DeploymentSnapshot snapshot, JsonObject account, string containerName, int expiryDays) =>
        snapshot.OfType("Microsoft.Storage/storageAccounts/managementPolicies")
            .Where(policy => string.Equals(DeploymentSnapshot.Name(policy), $"{DeploymentSnapshot.Name(account)}/default", StringComparison.OrdinalIgnoreCase))
            .SelectMany(policy => (policy["properties"]?["policy"]?["rules"] as JsonArray ?? []).OfType<JsonObject>())
            .Any(rule =>
                rule["enabled"]?.GetValue<bool>() == true
                && rule["definition"]?["actions"]?["baseBlob"]?["delete"]?["daysAfterModificationGreaterThan"] is JsonValue days
                && days.TryGetValue<int>(out var after) && after <= expiryDays
                && (rule["definition"]?["filters"]?["prefixMatch"] is not JsonArray prefixes
                    || prefixes.Any(prefix => $"{containerName}/".StartsWith(Text(prefix) ?? "\0", StringComparison.Ordinal))));
}

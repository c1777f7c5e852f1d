using FentanylHelp.Deployment.Tests.Rules;

namespace FentanylHelp.Deployment.Tests;

/// <summary>
/// Faults planted in a copy of the templates, each with the deployment (bot identity) it shows in, the
/// snapshot check that must catch it and the words its problem must contain: proof that every check can fail.
/// </summary>
public static class PlantedDeploymentFaults
{
    public sealed record Fault(Mutation Mutation, BotIdentity Identity, Func<DeploymentSnapshot, IReadOnlyList<string>> Check, string Expected);

    private const string WebApp = "modules/webApp.bicep";
    private const string Storage = "modules/storage.bicep";
    private const string Bot = "modules/bot.bicep";
    private const string Main = "main.bicep";

    public static readonly IReadOnlyDictionary<string, Fault> All = new Dictionary<string, Fault>
    {
        // Web app
        ["plain HTTP allowed"] = new(new(WebApp, "httpsOnly: true", "httpsOnly: false"), BotIdentity.UserAssignedMSI, WebAppRules.Problems, "httpsOnly is false"),
        ["no session affinity"] = new(new(WebApp, "clientAffinityEnabled: true", "clientAffinityEnabled: false"), BotIdentity.UserAssignedMSI, WebAppRules.Problems, "clientAffinityEnabled is false"),
        ["older .NET"] = new(new(WebApp, "'DOTNETCORE|10.0'", "'DOTNETCORE|8.0'"), BotIdentity.UserAssignedMSI, WebAppRules.Problems, "linuxFxVersion is \"DOTNETCORE|8.0\""),
        ["WebSockets off"] = new(new(WebApp, "webSocketsEnabled: true", "webSocketsEnabled: false"), BotIdentity.UserAssignedMSI, WebAppRules.Problems, "webSocketsEnabled is false"),
        ["health check on liveness"] = new(new(WebApp, "healthCheckPath: '/health/ready'", "healthCheckPath: '/health/live'"), BotIdentity.UserAssignedMSI, WebAppRules.Problems, "healthCheckPath is \"/health/live\""),
        ["TLS 1.0 allowed"] = new(new(WebApp, "minTlsVersion: '1.2'", "minTlsVersion: '1.0'"), BotIdentity.UserAssignedMSI, WebAppRules.Problems, "minTlsVersion is \"1.0\""),
        ["FTP allowed"] = new(new(WebApp, "ftpsState: 'Disabled'", "ftpsState: 'AllAllowed'"), BotIdentity.UserAssignedMSI, WebAppRules.Problems, "ftpsState is \"AllAllowed\""),
        ["app listens on localhost only"] = new(new(WebApp, "Urls: 'http://+:8080'", "Urls: 'http://localhost:3978'"), BotIdentity.UserAssignedMSI, WebAppRules.Problems, "app setting Urls is http://localhost:3978"),
        ["app listens on another port"] = new(new(WebApp, "WEBSITES_PORT: '8080'", "WEBSITES_PORT: '80'"), BotIdentity.UserAssignedMSI, WebAppRules.Problems, "app setting Urls is http://+:8080, expected http://+:80"),
        ["forwarded headers ignored"] = new(new(WebApp, "ASPNETCORE_FORWARDEDHEADERS_ENABLED: 'true'", "ASPNETCORE_FORWARDEDHEADERS_ENABLED: 'false'"), BotIdentity.UserAssignedMSI, WebAppRules.Problems, "ASPNETCORE_FORWARDEDHEADERS_ENABLED is not true"),
        ["Windows plan"] = new(new(WebApp, "reserved: true", "reserved: false"), BotIdentity.UserAssignedMSI, WebAppRules.Problems, "reserved (Linux) is false"),

        // Storage
        ["shared keys allowed"] = new(new(Storage, "allowSharedKeyAccess: false", "allowSharedKeyAccess: true"), BotIdentity.UserAssignedMSI, StorageRules.Problems, "allowSharedKeyAccess is true"),
        ["public blob access allowed"] = new(new(Storage, "allowBlobPublicAccess: false", "allowBlobPublicAccess: true"), BotIdentity.UserAssignedMSI, StorageRules.Problems, "allowBlobPublicAccess is true"),
        ["storage over HTTP"] = new(new(Storage, "supportsHttpsTrafficOnly: true", "supportsHttpsTrafficOnly: false"), BotIdentity.UserAssignedMSI, StorageRules.Problems, "supportsHttpsTrafficOnly is false"),
        ["storage TLS 1.0"] = new(new(Storage, "minimumTlsVersion: 'TLS1_2'", "minimumTlsVersion: 'TLS1_0'"), BotIdentity.UserAssignedMSI, StorageRules.Problems, "minimumTlsVersion is \"TLS1_0\""),
        ["public container"] = new(new(Storage, "publicAccess: 'None'", "publicAccess: 'Blob'"), BotIdentity.UserAssignedMSI, StorageRules.Problems, "publicAccess is \"Blob\""),
        ["read-only role instead of Data Contributor"] = new(
            new(Storage, "var blobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'", "var blobDataContributorRoleId = '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'"),
            BotIdentity.UserAssignedMSI, StorageRules.Problems, "no Storage Blob Data Contributor role assignment"),
        ["lifecycle keeps blobs a month"] = new(
            new(Storage, "daysAfterModificationGreaterThan: deleteAfterDaysIdle", "daysAfterModificationGreaterThan: 30"),
            BotIdentity.UserAssignedMSI, StorageRules.Problems, "no enabled lifecycle rule deletes blobs in 'conversation-state' idle for more than 1 day(s)"),
        ["storage identity not set"] = new(
            new(Main, "Storage__Blob__ManagedIdentityClientId: identity.properties.clientId", "Storage__Blob__ManagedIdentityClientId: ''"),
            BotIdentity.UserAssignedMSI, StorageRules.Problems, "Storage__Blob__ManagedIdentityClientId is not the client id"),

        // Bot registration
        ["endpoint path wrong"] = new(
            new(Main, "'https://${webApp.outputs.defaultHostName}/api/messages'", "'https://${webApp.outputs.defaultHostName}/api/message'"),
            BotIdentity.UserAssignedMSI, BotRules.Problems, "messaging endpoint"),
        ["endpoint on another host"] = new(
            new(Main, "'https://${webApp.outputs.defaultHostName}/api/messages'", "'https://bot.example.org/api/messages'"),
            BotIdentity.UserAssignedMSI, BotRules.Problems, "messaging endpoint https://bot.example.org/api/messages is not"),
        ["bot registered as MultiTenant"] = new(new(Bot, "msaAppType: appType", "msaAppType: 'MultiTenant'"), BotIdentity.SingleTenant, BotRules.Problems, "msaAppType is 'MultiTenant'"),
        ["bot in a region"] = new(new(Bot, "location: 'global'\n  tags: tags\n  kind: 'azurebot'", "location: 'westus'\n  tags: tags\n  kind: 'azurebot'"), BotIdentity.UserAssignedMSI, BotRules.Problems, "location is \"westus\""),
        ["web app and bot disagree on the app id"] = new(new(Main, "MicrosoftAppId: botAppId", "MicrosoftAppId: microsoftAppId"), BotIdentity.UserAssignedMSI, BotRules.Problems, "msaAppId (the web app's MicrosoftAppId)"),
        ["managed identity not given to the bot"] = new(new(Main, "identityId: isSingleTenant ? '' : identity.id", "identityId: ''"), BotIdentity.UserAssignedMSI, BotRules.Problems, "msaAppMSIResourceId '' is not an identity the web app runs as"),

        // Channels
        ["Teams channel disabled"] = new(new(Bot, "isEnabled: true\n      enableCalling: false", "isEnabled: false\n      enableCalling: false"), BotIdentity.UserAssignedMSI, ChannelRules.Problems, "MsTeamsChannel isEnabled is false"),
        ["Teams channel missing"] = new(
            new(Bot, "name: 'MsTeamsChannel'\n  location: 'global'\n  properties: {\n    channelName: 'MsTeamsChannel'", "name: 'SkypeChannel'\n  location: 'global'\n  properties: {\n    channelName: 'SkypeChannel'"),
            BotIdentity.UserAssignedMSI, ChannelRules.Problems, "has no MsTeamsChannel"),
        ["Direct Line channel missing"] = new(
            new(Bot, "name: 'DirectLineChannel'\n  location: 'global'\n  properties: {\n    channelName: 'DirectLineChannel'", "name: 'DirectLineSpeechChannel'\n  location: 'global'\n  properties: {\n    channelName: 'DirectLineSpeechChannel'"),
            BotIdentity.UserAssignedMSI, ChannelRules.Problems, "has no DirectLineChannel"),
        ["Direct Line 3.0 off"] = new(new(Bot, "isV3Enabled: true", "isV3Enabled: false"), BotIdentity.UserAssignedMSI, ChannelRules.Problems, "DirectLineChannel has no enabled site with Direct Line 3.0"),
        ["Web Chat site disabled"] = new(
            new(Bot, "isEnabled: true\n          isWebchatPreviewEnabled: true", "isEnabled: false\n          isWebchatPreviewEnabled: true"),
            BotIdentity.UserAssignedMSI, ChannelRules.Problems, "WebChatChannel has no enabled site"),

        // Secrets (SingleTenant)
        ["app password in plain text"] = new(
            new(Main, "? '@Microsoft.KeyVault(VaultName=${names.keyVault};SecretName=${appPasswordSecretName})'", "? microsoftAppPassword"),
            BotIdentity.SingleTenant, SecretSettingRules.Problems, "app setting 'MicrosoftAppPassword' holds a value in plain text"),
        ["vault readable only by its readers"] = new(
            new("modules/keyVault.bicep", "var secretsUserRoleId = '4633458b-17de-408a-b874-0445c202c1e2'", "var secretsUserRoleId = '21090545-7ca7-4776-b22c-e363652d74d2'"),
            BotIdentity.SingleTenant, SecretSettingRules.Problems, "no Key Vault Secrets User role assignment"),
        ["Key Vault references through no identity"] = new(
            new(WebApp, "keyVaultReferenceIdentity: identityId", "keyVaultReferenceIdentity: 'SystemAssigned'"),
            BotIdentity.SingleTenant, SecretSettingRules.Problems, "keyVaultReferenceIdentity is not one of its user-assigned identities"),
    };
}

// Fentanyl Facts & Help in Azure, in one resource group: the web app that runs the bot and serves the chat
// page, the Azure Bot that connects it to Teams, Direct Line and Web Chat, blob storage for conversation
// state, and one user-assigned identity the web app uses for storage (and, for UserAssignedMSI bots, as the
// bot's own identity). Deploy with: az deployment group create -g <group> -p main.bicepparam
metadata description = 'Fentanyl Facts & Help: App Service (Linux, .NET 10), Azure Bot with Teams, Direct Line and Web Chat, blob storage for conversation state.'

@description('Short name that starts every resource name: 3 to 11 lowercase letters or digits. A suffix made from the resource group id keeps the global names (web app, storage, bot, key vault) unique.')
@minLength(3)
@maxLength(11)
param baseName string

@description('Azure region for the web app, storage and identity. The Azure Bot itself is global.')
param location string = resourceGroup().location

@description('How the bot proves who it is to the Bot Framework. UserAssignedMSI: a managed identity this template creates (no secret at all). SingleTenant: an Entra app registration you create first (give microsoftAppId and microsoftAppPassword). Multi-tenant bots can no longer be created (deprecated since July 31, 2025).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string = 'UserAssignedMSI'

@description('SingleTenant only: the application (client) id of your Entra app registration. Leave empty for UserAssignedMSI.')
param microsoftAppId string = ''

@description('SingleTenant only: a client secret of that app registration. It is written to Key Vault and the web app reads it from there; leave empty on later deployments to keep the stored secret.')
@secure()
param microsoftAppPassword string = ''

@description('Entra tenant of the bot identity. The default is the tenant you deploy into.')
param microsoftAppTenantId string = tenant().tenantId

@description('App Service plan size. B1 (Basic) runs one instance with Always On; S1 or P0v3 and up add slots and autoscale.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServicePlanSku string = 'B1'

@description('Azure Bot pricing tier. F0 is free and covers the standard channels used here (Teams, Direct Line, Web Chat); S1 is paid and only matters for premium channels.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Name the Azure Bot shows in its channels.')
@minLength(1)
@maxLength(42)
param botDisplayName string = 'Fentanyl Facts & Help'

@description('Days an idle conversation is kept. The bot forgets it after this (Conversation:Expiry) and storage deletes its blob after the same number of days without a change.')
@minValue(1)
@maxValue(30)
param conversationExpiryDays int = 1

@description('Partner sites (origins such as https://health.example.org, no path) allowed to embed the chat page (/embed) and call the web channel from their pages.')
param partnerOrigins array = []

@description('Tags put on every resource.')
param tags object = {}

var base = toLower(baseName)
var suffix = uniqueString(resourceGroup().id)
var names = {
  identity: 'id-${base}-${suffix}'
  plan: 'plan-${base}-${suffix}'
  webApp: 'app-${base}-${suffix}'
  bot: 'bot-${base}-${suffix}'
  // Storage account and key vault names stop at 24 characters (storage: letters and digits only).
  storage: take('st${base}${suffix}', 24)
  keyVault: take('kv-${base}-${suffix}', 24)
}
var conversationContainer = 'conversation-state'
var appPasswordSecretName = 'MicrosoftAppPassword'
var isSingleTenant = appType == 'SingleTenant'

// The web app's one identity: storage and Key Vault in both app types, and the bot's identity for UserAssignedMSI.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: names.identity
  location: location
  tags: tags
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: names.storage
    location: location
    tags: tags
    containerName: conversationContainer
    deleteAfterDaysIdle: conversationExpiryDays
    dataContributorIdentityName: identity.name
  }
}

module keyVault 'modules/keyVault.bicep' = if (isSingleTenant) {
  name: 'keyVault'
  params: {
    name: names.keyVault
    location: location
    tags: tags
    secretName: appPasswordSecretName
    secretValue: microsoftAppPassword
    readerIdentityName: identity.name
  }
}

var botAppId = isSingleTenant ? microsoftAppId : identity.properties.clientId
var botTenantId = isSingleTenant ? microsoftAppTenantId : identity.properties.tenantId

module webApp 'modules/webApp.bicep' = {
  name: 'webApp'
  params: {
    planName: names.plan
    name: names.webApp
    location: location
    tags: tags
    planSku: appServicePlanSku
    identityId: identity.id
    appSettings: {
      MicrosoftAppType: appType
      MicrosoftAppId: botAppId
      MicrosoftAppTenantId: botTenantId
      // A Key Vault reference, not the secret: the web app's identity reads it from the vault at start.
      MicrosoftAppPassword: isSingleTenant
        ? '@Microsoft.KeyVault(VaultName=${names.keyVault};SecretName=${appPasswordSecretName})'
        : ''
      Storage__Provider: 'Blob'
      Storage__Blob__AccountUrl: storage.outputs.blobEndpoint
      Storage__Blob__ManagedIdentityClientId: identity.properties.clientId
      Storage__Blob__Container: conversationContainer
      Conversation__Expiry: '${conversationExpiryDays}.00:00:00'
    }
    partnerOrigins: partnerOrigins
  }
  // The vault's role assignment must exist before the app first resolves its Key Vault reference.
  dependsOn: [
    keyVault
  ]
}

var messagingEndpoint = 'https://${webApp.outputs.defaultHostName}/api/messages'

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: names.bot
    displayName: botDisplayName
    tags: tags
    sku: botSku
    messagingEndpoint: messagingEndpoint
    appType: appType
    appId: botAppId
    tenantId: botTenantId
    identityId: isSingleTenant ? '' : identity.id
  }
}

@description('The bot\'s site: the web app that runs it.')
output botUrl string = 'https://${webApp.outputs.defaultHostName}/'

@description('The Azure Bot\'s messaging endpoint (Bot Framework activities from Teams, Direct Line and Web Chat).')
output messagingEndpoint string = messagingEndpoint

@description('The self-hosted chat page to share (a link or a QR code on a flyer).')
output chatPageUrl string = 'https://${webApp.outputs.defaultHostName}/'

@description('The bot\'s Microsoft App ID: put it in the Teams app manifest (teamsAppManifest/) as the bot id.')
output teamsBotAppId string = botAppId

@description('Name of the web app, for az webapp deploy.')
output webAppName string = webApp.outputs.name

@description('Name of the Azure Bot resource.')
output botName string = bot.outputs.name

// The Linux App Service plan and the web app that runs the bot (.NET 10): /api/messages for the Azure Bot,
// the self-hosted Direct Line web channel and its chat page, and the health checks.
metadata description = 'Linux App Service plan and web app running the bot on .NET 10.'

@description('Name of the App Service plan.')
param planName string

@description('Name of the web app; its host is <name>.azurewebsites.net.')
param name string

@description('Azure region of the plan and the app.')
param location string

@description('Tags put on the plan and the app.')
param tags object

@description('App Service plan size, for example B1.')
param planSku string

@description('Resource id of the user-assigned identity the app runs as (storage, Key Vault references, and a UserAssignedMSI bot).')
param identityId string

@description('Bot settings as name/value pairs, with App Service spelling (a double underscore for each colon). No secrets: Key Vault references only.')
param appSettings object

@description('Partner origins allowed to embed the chat page; each becomes WebChannel__PartnerOrigins__<n>.')
param partnerOrigins array

// Settings the platform needs, whatever the bot's own settings are.
var hostSettings = {
  // appsettings.json sets Urls to localhost:3978 for local runs; App Service sends traffic to port 8080.
  Urls: 'http://+:8080'
  WEBSITES_PORT: '8080'
  // TLS ends at the App Service front end: trust its X-Forwarded-* headers so the chat page gets wss:// stream
  // URLs (not ws://, which a browser blocks on an https page) and the per-address token limit sees each
  // visitor's address, not the front end's.
  ASPNETCORE_FORWARDEDHEADERS_ENABLED: 'true'
}
var originSettings = toObject(range(0, length(partnerOrigins)), i => 'WebChannel__PartnerOrigins__${i}', i => partnerOrigins[i])
var allSettings = union(hostSettings, appSettings, originSettings)

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
  }
  properties: {
    // Required for a Linux plan.
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // The self-hosted web channel keeps each conversation's activity log (for Web Chat's replay after a
    // reconnect or reload) in the memory of the instance that created it. Affinity cookies send a browser
    // back to that instance when the plan runs more than one.
    clientAffinityEnabled: true
    keyVaultReferenceIdentity: identityId
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      // The zip from dotnet publish holds several .dll files; name the app's.
      appCommandLine: 'dotnet FentanylHelp.Bot.dll'
      // Web Chat streams replies over a WebSocket (Direct Line /stream).
      webSocketsEnabled: true
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // Ready means the content loaded and conversation storage answers; App Service stops routing to an
      // instance that fails it.
      healthCheckPath: '/health/ready'
      appSettings: [
        for setting in items(allSettings): {
          name: setting.key
          value: setting.value
        }
      ]
    }
  }
}

// Code goes in with az webapp deploy (signed in with Entra ID); nothing needs FTP credentials.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

@description('The web app\'s host name, for example app-x.azurewebsites.net.')
output defaultHostName string = site.properties.defaultHostName

@description('Name of the web app.')
output name string = site.name

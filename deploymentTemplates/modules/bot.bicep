// The Azure Bot: registers the bot's identity and messaging endpoint with the Bot Framework and opens the
// channels people reach it through (Teams, Direct Line, Azure's Web Chat).
metadata description = 'Azure Bot (global) with the Teams, Direct Line and Web Chat channels.'

@description('Name (handle) of the Azure Bot: 4 to 42 letters, digits, hyphens and underscores, unique in Azure.')
@minLength(4)
@maxLength(42)
param name string

@description('Name the bot shows in its channels.')
param displayName string

@description('Tags put on the bot.')
param tags object

@description('Pricing tier: F0 (free, standard channels) or S1.')
@allowed([
  'F0'
  'S1'
])
param sku string

@description('HTTPS URL the Bot Framework posts activities to: https://<web app host>/api/messages.')
param messagingEndpoint string

@description('The bot identity\'s type. Multi-tenant bots can no longer be created (deprecated since July 31, 2025).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string

@description('Client id of the bot identity: the managed identity\'s, or the app registration\'s.')
param appId string

@description('Entra tenant of the bot identity.')
param tenantId string

@description('UserAssignedMSI only: resource id of the managed identity. Empty for SingleTenant.')
param identityId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  // Azure Bot registrations are global; the code runs in the web app's region.
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityId : null
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

// Direct Line for other clients (apps, partner sites using Azure's endpoint). Only v3 of the protocol.
resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
        }
      ]
    }
  }
}

// Azure's hosted Web Chat (the portal's "Test in Web Chat" uses it). The public chat page is the web app's own.
resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
        }
      ]
    }
  }
}

@description('Name of the Azure Bot.')
output name string = bot.name

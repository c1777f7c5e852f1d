// Blob storage for conversation state (dialog position, language and flags; never what people type).
// Reached only with Entra ID: shared keys are off, so the web app's identity gets a data role instead.
metadata description = 'Storage account and blob container for conversation state, with a lifecycle rule and a data role for the web app.'

@description('Name of the storage account: 3 to 24 lowercase letters and digits, unique in Azure.')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region of the storage account.')
param location string

@description('Tags put on the storage account.')
param tags object

@description('Blob container that holds conversation state.')
param containerName string

@description('Blobs not changed for more than this many days are deleted (the bot saves state on every turn, so this is idle time).')
@minValue(1)
param deleteAfterDaysIdle int

@description('Name of the user-assigned identity (in this resource group) that reads and writes conversation state.')
param dataContributorIdentityName string

// Built-in role "Storage Blob Data Contributor".
var blobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource dataContributor 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: dataContributorIdentityName
}

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource container 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = {
  parent: blobService
  name: containerName
  properties: {
    publicAccess: 'None'
  }
}

// Matches Conversation:Expiry: a conversation the bot would forget anyway does not stay on disk.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2025-06-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'delete-idle-conversations'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${containerName}/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: deleteAfterDaysIdle
                }
              }
            }
          }
        }
      ]
    }
  }
}

resource blobDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, dataContributor.id, blobDataContributorRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataContributorRoleId)
    principalId: dataContributor.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

@description('The account\'s blob endpoint, for example https://<name>.blob.core.windows.net/.')
output blobEndpoint string = account.properties.primaryEndpoints.blob

@description('Name of the storage account.')
output name string = account.name

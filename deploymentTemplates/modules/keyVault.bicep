// SingleTenant bots only: the app registration's client secret lives here, and the web app reads it through
// a Key Vault reference with its managed identity, so the secret is in no app setting and no output.
metadata description = 'Key Vault holding the SingleTenant bot\'s client secret, readable by the web app\'s identity.'

@description('Name of the key vault: 3 to 24 letters, digits and single hyphens, unique in Azure.')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region of the key vault.')
param location string

@description('Tags put on the key vault.')
param tags object

@description('Name of the secret that holds the bot\'s client secret.')
param secretName string

@description('The client secret. Empty keeps the secret already stored (a redeploy does not need it again).')
@secure()
param secretValue string

@description('Name of the user-assigned identity (in this resource group) that reads the secret: the web app\'s.')
param readerIdentityName string

// Built-in role "Key Vault Secrets User": read secret values, nothing else.
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c202c1e2'

resource reader 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: readerIdentityName
}

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    // Access by Azure roles, not vault access policies.
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (!empty(secretValue)) {
  parent: vault
  name: secretName
  properties: {
    value: secretValue
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, reader.id, secretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: reader.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the key vault.')
output name string = vault.name

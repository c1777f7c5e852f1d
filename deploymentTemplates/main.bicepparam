// Parameters for main.bicep. Deploy with:
//   az deployment group create --resource-group <group> --template-file main.bicep --parameters main.bicepparam
// Every parameter without a default in main.bicep is set here (a test checks it); the others show their
// defaults so the choices are in one place.
using 'main.bicep'

// 3 to 11 lowercase letters or digits; resource names get a suffix from the resource group id.
param baseName = 'fenthelp'

// UserAssignedMSI needs nothing else: the template creates the identity and the bot uses it.
// SingleTenant: create an Entra app registration first (see README.md), then set microsoftAppId here and
// pass the secret from the environment, so it is never written in a file:
//   BOT_APP_PASSWORD='<secret>' az deployment group create ...
param appType = 'UserAssignedMSI'
param microsoftAppId = ''
param microsoftAppPassword = readEnvironmentVariable('BOT_APP_PASSWORD', '')

param appServicePlanSku = 'B1'
param botSku = 'F0'
param conversationExpiryDays = 1

// Partner sites that may embed the chat page, for example ['https://health.example.org'].
param partnerOrigins = []

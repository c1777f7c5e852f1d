// A SingleTenant bot, as after "az ad app create" and "az ad app credential reset" (see deploymentTemplates/README.md).
// The tests copy this file next to main.bicep. The id and the password are made up.
using 'main.bicep'

param baseName = 'fenthelp'
param appType = 'SingleTenant'
param microsoftAppId = '3f2b7c1e-5d4a-4e8f-9b6c-0a1d2e3f4a5b'
param microsoftAppPassword = 'made-up-test-value'
param partnerOrigins = [
  'https://health.example.org'
]

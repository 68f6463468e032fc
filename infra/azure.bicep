// Azure resources for Social Media Guidance, deployed by `atk provision --env dev` (arm/deploy in
// m365agents.yml, parameters in azure.parameters.json):
//   - a user-assigned managed identity: the bot's identity (BOT_TYPE=UserAssignedMSI) and the identity the
//     bot uses for Blob Storage (AZURE_CLIENT_ID). No client secret, no storage key: nothing to leak or rotate;
//   - a Storage account (Entra-only: shared keys off, no public blobs) with the bot's container, and the
//     identity's "Storage Blob Data Contributor" role on the account;
//   - a Linux App Service (Node 22 LTS) that runs the bot with that identity;
//   - the Azure Bot resource with the Microsoft Teams channel (botRegistration/azurebot.bicep).
// The one secret, USER_KEY_SECRET (the key of the hashes of people's ids), comes in as a @secure()
// parameter that the Toolkit fills from env/.env.dev.user (SECRET_USER_KEY_SECRET); it is never in a file
// of this repository, and ARM does not log or return @secure() values.
// Shape mirrors Microsoft's Agents Toolkit bot template with a user-assigned identity,
//   OfficeDev/microsoft-365-agents-toolkit: templates/configs/remote/typescript/infra/azure.bicep.tpl
// Outputs are written to env/.env.<env> by arm/deploy: https://aka.ms/teamsfx-actions/arm-deploy

@maxLength(12)
@description('The Toolkit environment (TEAMSFX_ENV): part of the resource names.')
param environmentName string

@maxLength(8)
@description('Optional suffix for the resource names (letters and digits). Empty: derived from the resource group.')
param resourceSuffix string = ''

param location string = resourceGroup().location

@description('App Service plan SKU (Linux). B1 or above: the bot needs Always On for its weekly scenarios.')
param webAppSku string = 'B1'

@maxLength(42)
@description('Display name of the Azure Bot resource.')
param botDisplayName string

@secure()
@minLength(32)
@description('USER_KEY_SECRET: keys the hashes of people\'s ids. At least 32 characters; keep it stable.')
param userKeySecret string

@description('ALLOWED_TENANTS: Entra tenant ids allowed to use the bot, comma-separated. Empty: the bot\'s own tenant.')
param allowedTenants string = ''

var env = toLower(replace(replace(environmentName, '-', ''), '_', ''))
var suffix = empty(resourceSuffix) ? take(uniqueString(resourceGroup().id, environmentName), 8) : toLower(resourceSuffix)
var baseName = 'smg-${env}-${suffix}'
// Storage account names: 3 to 24 lower-case letters and digits, unique in Azure.
var storageAccountName = take('smg${env}${suffix}', 24)
var containerName = 'social-media-guidance'
// Built-in role "Storage Blob Data Contributor":
// https://learn.microsoft.com/azure/role-based-access-control/built-in-roles/storage#storage-blob-data-contributor
var storageBlobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: baseName
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-01-01' = {
  parent: storage
  name: 'default'
}

resource container 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-01-01' = {
  parent: blobService
  name: containerName
  properties: {
    publicAccess: 'None'
  }
}

resource blobDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageBlobDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource serverfarm 'Microsoft.Web/serverfarms@2022-09-01' = {
  name: baseName
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  name: baseName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      // The deployed package carries node_modules and the build (atk deploy runs `npm ci` and
      // `npm run build`); `npm run start:prod` runs the built bundle with plain node and the V8 heap
      // settings measured in docs/benchmarks.md (package.json). No TypeScript compiled at start-up.
      appCommandLine: 'npm run start:prod'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        {
          name: 'WEBSITE_RUN_FROM_PACKAGE'
          value: '1' // Run from the deployed zip, read-only
        }
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'false' // The package is complete: no build on the server
        }
        {
          name: 'NODE_ENV'
          value: 'production'
        }
        {
          name: 'BOT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'BOT_TYPE'
          value: 'UserAssignedMSI'
        }
        {
          name: 'BOT_TENANT_ID'
          value: identity.properties.tenantId
        }
        {
          name: 'AZURE_CLIENT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'STORAGE'
          value: 'blob'
        }
        {
          name: 'AZURE_STORAGE_ACCOUNT_URL'
          value: storage.properties.primaryEndpoints.blob
        }
        {
          name: 'AZURE_STORAGE_CONTAINER'
          value: containerName
        }
        {
          name: 'USER_KEY_SECRET'
          value: userKeySecret
        }
        {
          name: 'ALLOWED_TENANTS'
          value: empty(allowedTenants) ? identity.properties.tenantId : allowedTenants
        }
        {
          name: 'DATA_DIR'
          value: '/tmp/social-media-guidance' // The package is read-only; data lives in Blob Storage
        }
      ]
    }
  }
  dependsOn: [
    blobDataContributor
    container
  ]
}

// Register the web app as a bot with the Bot Framework, with the Teams channel.
module azureBotRegistration './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    botServiceName: baseName
    botDisplayName: botDisplayName
    identityResourceId: identity.id
    identityClientId: identity.properties.clientId
    identityTenantId: identity.properties.tenantId
    botAppDomain: webApp.properties.defaultHostName
  }
}

// Written to env/.env.<env> by arm/deploy; the manifest and m365agents.yml use them.
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output AZURE_STORAGE_ACCOUNT_URL string = storage.properties.primaryEndpoints.blob

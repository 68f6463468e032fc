// The Azure Bot resource for Social Media Guidance, with the Microsoft Teams channel. The bot's identity
// is the user-assigned managed identity created in ../azure.bicep (msaAppType UserAssignedMSI): Azure Bot
// Service and the bot (botbuilder's UserAssignedMSI mode) get their tokens from it, so there is no client
// secret to create, store or rotate.
// Shape mirrors Microsoft's Agents Toolkit bot templates (infra/botRegistration/azurebot.bicep), e.g.
//   OfficeDev/Microsoft-Teams-Samples: samples/bot-message-reaction/csharp/M365Agent/infra/botRegistration/azurebot.bicep
// Properties: https://learn.microsoft.com/azure/templates/microsoft.botservice/botservices

@maxLength(64)
@description('Name of the Azure Bot resource.')
param botServiceName string

@maxLength(42)
@description('Display name of the bot.')
param botDisplayName string

@description('Azure Bot pricing tier: F0 (free) is enough for Teams, which is a standard channel.')
param botServiceSku string = 'F0'

@description('Resource id of the user-assigned managed identity that is the bot.')
param identityResourceId string

@description('Client id of that identity: the bot id (BOT_ID, MicrosoftAppId).')
param identityClientId string

@description('Tenant of that identity (BOT_TENANT_ID, MicrosoftAppTenantId).')
param identityTenantId string

@description('Host name of the App Service that serves /api/messages.')
param botAppDomain string

resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  kind: 'azurebot'
  location: 'global'
  name: botServiceName
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${botAppDomain}/api/messages'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityResourceId
    msaAppTenantId: identityTenantId
    msaAppType: 'UserAssignedMSI'
  }
  sku: {
    name: botServiceSku
  }
}

// Connect the bot to Microsoft Teams.
resource botServiceMsTeamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  location: 'global'
  name: 'MsTeamsChannel'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

output botServiceName string = botService.name

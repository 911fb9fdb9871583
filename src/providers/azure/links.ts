/** Every Azure page an Azure hint links to, in one place. Never OpenAI's dashboard. */
export const AZURE_LINKS = {
  /** The Azure OpenAI / AI Foundry resources of the signed-in user; each has Resource Management → Keys and Endpoint. */
  resources: 'https://portal.azure.com/#browse/Microsoft.CognitiveServices%2Faccounts',
  keysDoc: 'https://learn.microsoft.com/azure/ai-foundry/openai/how-to/create-resource#retrieve-key-and-endpoint',
  /** The deployment list of the selected resource in Azure AI Foundry. */
  deployments: 'https://ai.azure.com/resource/deployments',
  deploymentsDoc: 'https://learn.microsoft.com/azure/ai-foundry/openai/how-to/create-resource#deploy-a-model',
  /** Quota per subscription, region and model; each deployment's tokens-per-minute limit comes out of it. */
  quota: 'https://ai.azure.com/resource/quota',
  quotaDoc: 'https://learn.microsoft.com/azure/ai-foundry/openai/how-to/quota',
  /** Where Azure's own 429 answers send users for more quota. */
  quotaIncrease: 'https://aka.ms/oai/quotaincrease',
  /** Virtual networks, firewall rules and private endpoints (quoted by Azure's own 403 answers). */
  networking: 'https://aka.ms/cogsvc-vnet',
  privateEndpointDns: 'https://learn.microsoft.com/azure/private-link/private-endpoint-dns',
  rbac: 'https://learn.microsoft.com/azure/ai-foundry/openai/how-to/role-based-access-control',
  entraId: 'https://learn.microsoft.com/azure/ai-foundry/openai/how-to/managed-identity',
  azureLogin: 'https://github.com/Azure/login#login-with-openid-connect-oidc-recommended',
  apiLifecycle: 'https://learn.microsoft.com/azure/ai-foundry/openai/api-version-lifecycle',
  retirements: 'https://learn.microsoft.com/azure/ai-foundry/openai/concepts/model-retirements',
  /** Retirement date and replacement per model and version (data/azure-retirements.json was read from it). */
  retirementSchedule: 'https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule',
  /** A deployment's version upgrade policy (auto-update to default, upgrade when expired, no auto-upgrade). */
  upgradePolicy: 'https://learn.microsoft.com/azure/ai-foundry/openai/how-to/working-with-models#model-deployment-upgrade-configuration',
  modelAvailability: 'https://learn.microsoft.com/azure/ai-foundry/openai/concepts/models#model-summary-table-and-region-availability',
  /** Which operations each model supports (quoted by Azure's OperationNotSupported answers). */
  operations: 'https://go.microsoft.com/fwlink/?linkid=2197993',
  status: 'https://azure.status.microsoft/status',
  support: 'https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview'
} as const

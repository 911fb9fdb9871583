/**
 * Azure's fixes for each category: the same vocabulary as OpenAI's, in Azure's terms (resource, deployment,
 * Keys and Endpoint, quota per deployment and region, networking, roles). Pure.
 */
import { LINKS } from '../../diagnosis/links.js'
import { hintsFor, type RemedyContext } from '../../diagnosis/remedies.js'
import type { Category } from '../../report.js'
import { AZURE_LINKS as AZ } from './links.js'

export interface AzureRemedyContext extends RemedyContext {
  /** `x-ms-region` of the answer. */
  region?: string | null
  /** Seconds Azure asked to wait (`retry-after`). */
  retryAfterSeconds?: number | null
  /** The api-version Azure named as the lowest one serving the model. */
  minimumApiVersion?: string | null
  /** The credential was a Microsoft Entra ID token, not a key. */
  entraToken?: boolean
  /** The resource's networking refused the runner (private endpoint only, firewall or virtual network rules). */
  networkRefused?: boolean
}

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host
  } catch {
    return 'the resource'
  }
}

export const keysHint = (ctx: RemedyContext): string =>
  `Copy KEY 1 (or KEY 2) from the Keys and Endpoint page of the resource at ${hostOf(ctx.baseUrl)} (Azure portal → the resource → Resource Management → Keys and Endpoint) into the secret; a key of another resource or region is refused: ${AZ.resources}`

export function azureHints(category: Category, ctx: AzureRemedyContext): string[] {
  const deployment = ctx.model ? `\`${ctx.model}\`` : 'the deployment'
  const region = ctx.region ? ` (this answer came from ${ctx.region})` : ''
  switch (category) {
    case 'ok':
      return []
    case 'missing-key':
      return [
        `Add the resource key as a repository secret named AZURE_OPENAI_API_KEY and pass it with \`api-key: \${{ secrets.AZURE_OPENAI_API_KEY }}\`: ${LINKS.secrets}`,
        `The key is on the resource's Keys and Endpoint page in the Azure portal: ${AZ.keysDoc}`
      ]
    case 'malformed-key':
      return [`Edit the repository secret and save the key exactly as the resource's Keys and Endpoint page shows it: ${AZ.keysDoc}`]
    case 'invalid-key':
      if (ctx.entraToken) {
        return [
          `Get a fresh Microsoft Entra ID token for the audience https://cognitiveservices.azure.com in the same job (tokens last about an hour), e.g. after azure/login: \`az account get-access-token --resource https://cognitiveservices.azure.com --query accessToken -o tsv\`: ${AZ.entraId}`,
          `Or pass the resource key instead: ${AZ.keysDoc}`
        ]
      }
      return [
        keysHint(ctx),
        `Check that \`base-url\` is the Endpoint on the same page (https://NAME.openai.azure.com): the key and the endpoint must belong to one resource.`
      ]
    case 'missing-scope':
      return [
        `Assign the role “Cognitive Services OpenAI User” (or “Cognitive Services OpenAI Contributor”) on the resource to the identity behind the token: Access control (IAM) → Add role assignment; new assignments can take a few minutes to apply: ${AZ.rbac}`
      ]
    case 'insufficient-quota':
      return [
        `Check that the Azure subscription is active and has quota for this model in the resource's region${region}, and raise the deployment's limit: ${AZ.quota}`,
        `How quota works (per subscription, region and model): ${AZ.quotaDoc}`
      ]
    case 'rate-limited': {
      const spent =
        ctx.retryAfterSeconds && ctx.timeoutSeconds && ctx.retryAfterSeconds > ctx.timeoutSeconds
          ? [
              `Azure asked to wait ${ctx.retryAfterSeconds} s, longer than \`timeout-seconds\` (${ctx.timeoutSeconds}): the deployment's quota for this period is spent, and retrying sooner will not help.`
            ]
          : []
      return [
        ...spent,
        `Raise ${deployment}'s tokens-per-minute rate limit (Azure AI Foundry → Deployments → ${ctx.model ?? 'the deployment'} → Edit); quota is shared per subscription, region and model${region}: ${AZ.deployments}`,
        `If the region's quota is used up, move the deployment to another region or request more: ${AZ.quotaIncrease}`
      ]
    }
    case 'unsupported-region':
      return [`Check that the model is available in the resource's region, or deploy it in a region that offers it: ${AZ.modelAvailability}`]
    case 'server-error':
      return [`Retry later and check Azure's status page for Azure OpenAI in the resource's region${region}: ${AZ.status}`]
    case 'timeout':
      return [
        `Raise \`timeout-seconds\`${ctx.timeoutSeconds ? ` (now ${ctx.timeoutSeconds})` : ''} if the network is slow, and check Azure's status page: ${AZ.status}`,
        ...(ctx.proxy ? ['Check that the proxy in HTTPS_PROXY forwards to the resource host.'] : [])
      ]
    case 'network-error': {
      if (ctx.networkRefused) {
        return [
          `Run the job where the resource's networking lets it in: a self-hosted runner inside the virtual network, whose DNS resolves ${hostOf(ctx.baseUrl)} to the private endpoint's address: ${AZ.privateEndpointDns}`,
          `Or allow the runner's outbound IP address under the resource's Networking → Firewalls and virtual networks (GitHub-hosted runners change address; larger runners can have static ones): ${AZ.networking}`
        ]
      }
      const code = ctx.networkCode ?? ''
      if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        return [
          `Check the resource name in \`base-url\` (${ctx.host ?? hostOf(ctx.baseUrl)}): copy the Endpoint from the resource's Keys and Endpoint page: ${AZ.keysDoc}`
        ]
      }
      return hintsFor('network-error', ctx)
    }
    case 'bad-base-url':
      return [
        ctx.suggestedBaseUrl
          ? `Set \`base-url\` to ${ctx.suggestedBaseUrl}, the resource endpoint (with or without /openai/v1).`
          : `Set \`base-url\` to the resource endpoint from the Keys and Endpoint page (https://NAME.openai.azure.com, with or without /openai/v1): ${AZ.keysDoc}`,
        `Leave \`api-version\` empty for Azure's v1 API, or set a version that is still supported: ${AZ.apiLifecycle}`
      ]
    case 'model-not-found':
      return [
        `List the deployment name, not the model name: Azure AI Foundry → Deployments shows the names this resource serves (a deployment created in the last few minutes may not answer yet): ${AZ.deployments}`,
        `To create one, deploy the model under that name: ${AZ.deploymentsDoc}`
      ]
    case 'model-no-access':
      return ctx.minimumApiVersion
        ? [`Set \`api-version\` to ${ctx.minimumApiVersion} or later, or leave it empty to use Azure's v1 API: ${AZ.apiLifecycle}`]
        : [
            `Check ${deployment} in Azure AI Foundry → Deployments (its model, version and state) and the identity's role on the resource: ${AZ.deployments}`,
            `Which operations each model supports: ${AZ.operations}`
          ]
    case 'model-retired':
    case 'model-deprecated':
      return [`Move ${deployment} to a current model version (Azure AI Foundry → Deployments → ${ctx.model ?? 'the deployment'} → Edit): ${AZ.retirements}`]
    case 'organization-mismatch':
    case 'no-organization':
    case 'verification-required':
    case 'account-inactive':
      return [`Check the resource and its Azure subscription in the portal (state, subscription status): ${AZ.resources}`]
    case 'unexpected-response':
      return [`Check Azure's status page and retry; if it persists, open a support request in the Azure portal with the apim-request-id: ${AZ.support}`]
    case 'not-checked':
      return []
  }
}

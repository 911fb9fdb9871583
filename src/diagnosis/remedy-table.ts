/**
 * Every remedy a user reads, in one table: each an imperative sentence with named slots, under a stable id
 * `category/variant` (Azure's as `azure/category/variant`, beside OpenAI's in the same table so that one renderer,
 * one grouping rule and one test cover both). Code chooses a variant and fills its slots; {@link renderRemedy}
 * turns that into text. Pure data and one small pure function.
 *
 * Template syntax:
 * - `{name}`: the slot's value. `{models}` is the model ids of the remedy as code (`a`, `b`), and `{modelNames}` the
 *   same ids plain: the slots grouping fills with every model of a group (render/problems.ts).
 * - `[ … ]`: an optional part, shown only when every slot inside it has a value.
 * - `defaults`: a slot's text when it has no value (e.g. `{models}` → "the model").
 */
import { AZURE_LINKS as AZ } from '../providers/azure/links.js'
import { LINKS } from './links.js'

interface Template {
  text: string
  defaults?: Readonly<Record<string, string>>
}

const t = (text: string, defaults?: Record<string, string>): Template => (defaults ? { text, defaults } : { text })
const MODEL = { models: 'the model' }
const DEPLOYMENT = { models: 'the deployment', modelNames: 'the deployment' }

export const REMEDIES = {
  // --- OpenAI (and OpenAI-compatible APIs) ------------------------------------------------------------------------
  'missing-key/unset': t(
    `Add the key as a repository (or organization/environment) secret named {secretName} and pass it with \`api-key: \${{ secrets.{secretName} }}\`; secret names are case-sensitive: ${LINKS.secrets}`
  ),
  'missing-key/fork': t(
    `Set \`if-key-missing: warn\` (or \`ignore\`) so outside contributions skip this check, and run it on \`push\` after merge or on a label-gated \`pull_request_target\` job that checks out no untrusted code: ${LINKS.forkSecrets}`
  ),
  // The same two, when `if-key-missing` already skips the check: say what is left to do, not what is set.
  'missing-key/fork-skipped': t(
    `To check pull requests from forks before merge too, run the check on \`push\` after merge or in a label-gated \`pull_request_target\` job that checks out no untrusted code: ${LINKS.forkSecrets}`
  ),
  'missing-key/dependabot-skipped': t(
    `To check Dependabot's pull requests too, add {secretName} as a Dependabot secret (Settings → Secrets and variables → Dependabot): ${LINKS.dependabotSecrets}`
  ),
  'missing-key/dependabot': t(
    `Add {secretName} as a Dependabot secret (Settings → Secrets and variables → Dependabot), or set \`if-key-missing: warn\` for Dependabot runs: ${LINKS.dependabotSecrets}`
  ),
  'missing-key/shell': t(
    `Set it for this shell without leaving it in the history, e.g. \`read -rs {variable} && export {variable}\`, then run the check again; keys are at ${LINKS.apiKeys}`
  ),
  'missing-key/shell-azure': t(
    'Set it for this shell without leaving it in the history, e.g. `read -rs {variable} && export {variable}`, then run the check again; keys are at the Keys and Endpoint page of the Azure OpenAI resource'
  ),
  'missing-key/header-dropped': t(
    'Configure the proxy or gateway in front of {host} to forward the Authorization header, or point `base-url` at the API directly.',
    { host: 'the API' }
  ),
  // A gateway that reads its own key from another header (Azure API Management: Ocp-Apim-Subscription-Key).
  'missing-key/gateway-header': t(
    "{gateway} in front of {host} found no key: it reads its own subscription key from the `{header}` header, and this run sends the key as `Authorization: Bearer` (with `provider: azure`, as `api-key`). Set the API's subscription header name to `api-key` in API Management and use `provider: azure`, or point `base-url` at the API directly.",
    { gateway: 'The gateway', host: 'the API', header: 'Ocp-Apim-Subscription-Key' }
  ),

  'malformed-key/quotes': t(`Edit the repository secret and save the key without the surrounding {quote} characters: ${LINKS.secrets}`),
  'malformed-key/bearer': t(`Edit the repository secret and save only the key, without the "Bearer " prefix: ${LINKS.secrets}`),
  'malformed-key/assignment': t(`Edit the repository secret and save only the value after "{name}=": ${LINKS.secrets}`),
  'malformed-key/placeholder': t(
    `Pass the secret as \`api-key: \${{ secrets.OPENAI_API_KEY }}\` in the step's \`with:\` block, and store the real key in the secret: ${LINKS.secrets}`
  ),
  'malformed-key/split': t(`Copy the key again as one line and save it in the repository secret: ${LINKS.secrets}`),
  'malformed-key/non-ascii': t(`Copy the full key again (create a new one if it is no longer shown) and save it in the repository secret: ${LINKS.apiKeys}`),
  'malformed-key/shortened': t(`Create a new key and save the full value in the repository secret: ${LINKS.apiKeys}`),
  'malformed-key/admin-key': t(`Create a project API key and store it in the secret instead: ${LINKS.apiKeys}`),
  'malformed-key/other-provider': t(
    `Store an OpenAI key in the secret (create one at ${LINKS.apiKeys}), or set \`base-url\` to the service this key belongs to.`
  ),
  'malformed-key/too-short': t(`Copy the full key again and save it in the repository secret: ${LINKS.apiKeys}`),

  'invalid-key/new-key': t(`Create a new key (the old one was mistyped, revoked or deleted) and save it in the repository secret: ${LINKS.apiKeys}`),
  'invalid-key/other-service': t('Check that the key belongs to the service at {baseUrl}.'),
  // The answer came from a gateway's own key check: the key it wants is one it issued, not an OpenAI key.
  'invalid-key/gateway-key': t(
    "Store a key issued by {gateway} in the secret (the gateway's own key, such as its virtual key or subscription key, from whoever runs it), or set `base-url` to the API the key belongs to: the answer came from {gateway}, which did not recognise this key.",
    { gateway: 'the gateway' }
  ),
  // The gateway accepted this run's key; the upstream API refused the key the gateway holds for the model.
  'invalid-key/gateway-upstream': t(
    "Ask whoever runs {gateway} to replace the upstream API key it holds for {models}: {gateway} accepted this run's key and relayed the upstream API's refusal of its own key, so the secret is not at fault.",
    { ...MODEL, gateway: 'the gateway' }
  ),
  'organization-mismatch/sent': t(
    `Set \`organization\`/\`project\` to ids the key belongs to (this run sent {sent}), or remove them to use the key's default: ${LINKS.organizationSettings}`
  ),
  'organization-mismatch/key-default': t(
    `Check the key's own organization and project (this run sent neither \`organization\` nor \`project\`): its user may have left the organization or the project may be archived; create a key in an organization and project you belong to: ${LINKS.apiKeys}`
  ),
  'no-organization/join': t(`Join or create an organization for the key's user, then create the key inside it: ${LINKS.organizationSettings}`),
  'account-inactive/support': t(
    `Check the account owner's email from OpenAI and contact support; then create a key in an active organization: ${LINKS.organizationSettings}`
  ),
  'insufficient-quota/credit': t(`Add credit or raise the monthly budget (retrying will not help): ${LINKS.billing}`),
  'insufficient-quota/project-budget': t(`If the project has its own budget, raise it under the project's limits: ${LINKS.projectLimits}`),
  'insufficient-quota/gateway': t(
    "Add credit or raise this key's budget on {gateway}[ ({url})], or ask whoever runs it to: the balance or budget that ran out is the gateway's, not the OpenAI account's, and retrying will not help.",
    { gateway: 'the gateway' }
  ),
  'insufficient-quota/gateway-upstream': t(
    "Ask whoever runs {gateway} to add credit to the upstream account it uses: {gateway} accepted this run's key and relayed the upstream API's answer that its own account's balance ran out; retrying will not help.",
    { gateway: 'the gateway' }
  ),
  'insufficient-quota/other-service': t(
    'Add credit or raise the budget for this key on the service at {baseUrl}, or ask whoever runs it to: it answered that the balance or budget ran out (HTTP 402), and retrying will not help.'
  ),
  'missing-scope/allow': t(
    `Edit the restricted key's permissions to allow {scopes} (for model requests: “Model capabilities: Write”), or use a key with “All” permissions: ${LINKS.apiKeys}`,
    { scopes: 'the missing permission' }
  ),
  'missing-scope/list-models': t(
    `Optional: allow “Models: Read”[ (\`{scopes}\`)] on the restricted key, so that \`probe: list\` works and mistyped ids get suggestions: ${LINKS.apiKeys}`
  ),
  'unsupported-region/runner-network': t(
    `Run the job where OpenAI serves the API: the request leaves from the runner's network (a self-hosted runner, a cloud region, a VPN or a proxy decides the country): ${LINKS.supportedCountries}`
  ),
  'rate-limited/edge': t(
    `Check the runner's egress: the edge in front of {host} is rate-limiting the runner's IP address (Cloudflare error 1015), not the organization — runners behind one NAT, VPN or proxy share that address; wait a few minutes, run from another network, or send fewer requests from it: ${LINKS.cloudflare1015}`
  ),
  'rate-limited/daily-wait': t(
    'Wait for the {limit} limit[ ({count} a day)][ of `{limitModel}`] to free up: it counts over a rolling day, so waiting a minute or retrying will not help[ (the API says: try again in {retryIn})].'
  ),
  'rate-limited/daily-raise': t(`Raise the daily limit by moving up a usage tier, or spread the requests over the day: ${LINKS.limits}`),
  'rate-limited/named-limit': t(
    'Lower the request rate: the {limit} limit[ of `{limitModel}`][ ({count} a minute)] was reached; it frees up within a minute[ (the API says: try again in {retryIn})].'
  ),
  'rate-limited/lower-rate': t(`Lower the request rate, or raise the organization's limits by moving up a usage tier: ${LINKS.limits}`),
  'rate-limited/payment-method': t(`Add a payment method to move off the free tier, which raises this limit: ${LINKS.billing}`),
  'rate-limited/guide': t(`See how limits work and what each tier allows: ${LINKS.rateLimitsGuide}`),
  'rate-limited/gateway': t(
    "Wait and send fewer requests: this limit is {gateway}'s own, for this key, team or plan[ (or its upstream provider {provider}'s)], not the OpenAI organization's usage tier; the gateway's settings or plan decide it.",
    { gateway: 'the gateway' }
  ),
  'rate-limited/gateway-upstream': t(
    'Wait and send fewer requests, or ask whoever runs {gateway} for a higher limit: the limit was reached on the upstream API by the key {gateway} holds, not by this run alone.',
    { gateway: 'the gateway' }
  ),
  'server-error/overloaded': t(
    `Retry in a few minutes: the API said it is overloaded, which is not the organization's rate limit (a higher usage tier would not help); check the status page: ${LINKS.status}`
  ),
  'server-error/overloaded-other-service': t(
    "Retry in a few minutes: the API said it is overloaded, which is not the organization's rate limit (a higher usage tier would not help)."
  ),
  'server-error/status-page': t(`Retry later and check the status page: ${LINKS.status}`),
  'server-error/other-service': t('Retry later; if it persists, check the service behind {baseUrl}.'),
  'network-error/dns': t('Check the host name in `base-url` ({host}) and that the runner can resolve public DNS names.', { host: 'the API host' }),
  'network-error/tls': t(
    `If a proxy inspects TLS traffic, give Node its CA certificate with NODE_EXTRA_CA_CERTS=/path/to/ca.pem in the job's env: ${LINKS.selfHostedProxy}`
  ),
  'network-error/proxy': t(
    `Check the proxy in HTTPS_PROXY/HTTP_PROXY (and NO_PROXY): it must be reachable from the runner and allow {host}: ${LINKS.selfHostedProxy}`,
    { host: 'the API host' }
  ),
  'network-error/reach': t(`Check that the runner can reach {host}; behind a corporate proxy set HTTPS_PROXY for the job: ${LINKS.selfHostedProxy}`, {
    host: 'the API host'
  }),
  'network-error/edge-blocked': t(
    "The runner's IP address or network was refused by the edge in front of {host}: run the job from another network (a GitHub-hosted runner, or without the VPN/proxy), or ask the network's owner why its address is blocked.",
    { host: 'the API' }
  ),
  'timeout/raise': t('Raise `timeout-seconds`[ (now {timeoutSeconds})] if the network is slow.'),
  'timeout/proxy': t('Check that the proxy in HTTPS_PROXY forwards to the API host.'),
  'timeout/status-page': t(`Check the status page: ${LINKS.status}`),
  'timeout/other-service': t('Check that the service behind {baseUrl} is up.'),
  'bad-base-url/suggested': t('Set `base-url` to {suggestedBaseUrl} (the API root, ending in /v1 for OpenAI).'),
  'bad-base-url/api-root': t('Set `base-url` to the API root, such as https://api.openai.com/v1, or remove the input to use OpenAI.'),
  'bad-base-url/cloudflare-gateway': t(
    'Check the account id and gateway id in `base-url` (https://gateway.ai.cloudflare.com/v1/ACCOUNT_ID/GATEWAY_ID/openai): Cloudflare AI Gateway has no such gateway configured; create it in the Cloudflare dashboard (AI → AI Gateway) or correct the ids.'
  ),
  'model-not-found/spelling': t('Check the spelling: the key can use {suggestions}.'),
  'model-not-found/model-list': t(
    `Use a model id from the list your key can see, or ask the organization owner for access to {models}: ${LINKS.models}`,
    MODEL
  ),
  'model-not-found/other-service': t(
    'Use a model id that the service at {baseUrl} lists for this key (`GET /models`), or make {models} available there.',
    MODEL
  ),
  'model-not-found/relay-channel': t(
    "Ask the admin of {gateway} to add {models} to a channel of the key's group[ `{group}`] (mapped model names must be in the channel's model list too), or use a model that {gateway} serves for this key: no channel of that group serves it.",
    { ...MODEL, gateway: 'the relay' }
  ),
  'model-no-access/project': t(
    `Allow {models} in the project's model usage settings, or use a key from a project that allows it: ${LINKS.projectLimits}`,
    MODEL
  ),
  'model-no-access/other-service': t(
    'The service at {baseUrl} lists {models} but refused to serve it to this key: check what that service allows the key, or use a model it serves for this key.',
    MODEL
  ),
  'model-no-access/tier': t(`If the model needs a higher usage tier, see the limits page: ${LINKS.limits}`),
  'model-no-access/gateway-key': t(
    'Use a key of {gateway} that may call {models}, or ask whoever runs it to add the model to this key: {gateway} limits this key to a list of models.',
    { ...MODEL, gateway: 'the gateway' }
  ),
  'model-retired/replacement': t(`Replace {models} with {replacement}, OpenAI's announced replacement: ${LINKS.deprecations}`, MODEL),
  'model-retired/current': t(`Replace {models} with a current model: ${LINKS.deprecations}`, MODEL),
  'model-deprecated/move': t(`Move off {models} before {shutdownDate}[; the announced replacement is {replacement}]: ${LINKS.deprecations}`, {
    ...MODEL,
    shutdownDate: 'its shutdown date'
  }),
  'verification-required/verify': t(
    `Verify the organization under Settings → Organization → General → Verify Organization; access can take up to 15 minutes to propagate after verification: ${LINKS.organizationSettings}`
  ),
  'verification-required/what': t(`What verification involves: ${LINKS.verification}`),
  'unexpected-response/request-shape': t(
    `Check what the API rejected in the request (HTTP {httpStatus}[, parameter \`{param}\`]): this is a request-shape problem, not an outage; if {models} does not accept the probe this action sends, use \`probe: list\` for it and report the answer: ${LINKS.errorCodes}`,
    MODEL
  ),
  'unexpected-response/status-page': t(`Check the status page and retry; if it persists, contact OpenAI support with the request id: ${LINKS.status}`),
  'unexpected-response/refused': t(
    `The API refused the request ({httpStatus}) without saying the key is invalid: check the key's project, role and permissions: ${LINKS.apiKeys}`
  ),
  'unexpected-response/refused-inputs': t(
    `The API refused the request ({httpStatus}) without saying the key is invalid: check the key's project, role and permissions, and the \`organization\`/\`project\` inputs this run sent: ${LINKS.apiKeys}`
  ),
  'unexpected-response/refused-other-service': t(
    'The service at {baseUrl} refused the request ({httpStatus}) without saying the key is invalid: check that the key belongs to that service and what it allows the key.'
  ),
  'unexpected-response/cloudflare-token': t(
    '{gateway} refused the request before it reached the API, without saying the key is invalid: it is an Authenticated Gateway and wants its own token in the `cf-aig-authorization` header, which this action does not send; turn off Authenticated Gateway for this gateway, or point `base-url` at the API directly.',
    { gateway: 'Cloudflare AI Gateway' }
  ),

  // --- Azure OpenAI: the same vocabulary in Azure's terms (resource, deployment, Keys and Endpoint, quota, networking, roles)
  // A 401 "no API key" although one was sent: something between the runner and the resource dropped the header.
  'azure/missing-key/header-dropped': t(
    'Configure the proxy or gateway in front of {host} to forward the `api-key` header (`Authorization` for a Microsoft Entra ID token), or point `base-url` at the resource endpoint directly.',
    { host: 'the resource' }
  ),
  'azure/malformed-key/keys-page': t(
    `Copy KEY 1 from the resource's Keys and Endpoint page in the Azure portal into the secret, or pass a Microsoft Entra ID token: ${AZ.keysDoc}`
  ),
  'azure/malformed-key/non-ascii': t(`Copy the full key again (create a new one if it is no longer shown) and save it in the repository secret: ${AZ.keysDoc}`),
  'azure/malformed-key/shortened': t(`Copy the key again and save the full value in the repository secret: ${AZ.keysDoc}`),
  'azure/invalid-key/entra-token': t(
    `Get a fresh Microsoft Entra ID token for the audience https://cognitiveservices.azure.com in the same job (tokens last about an hour), e.g. after azure/login: \`az account get-access-token --resource https://cognitiveservices.azure.com --query accessToken -o tsv\`: ${AZ.entraId}`
  ),
  'azure/invalid-key/or-resource-key': t(`Or pass the resource key instead: ${AZ.keysDoc}`),
  'azure/invalid-key/keys-page': t(
    `Copy KEY 1 (or KEY 2) from the Keys and Endpoint page of the resource at {host} (Azure portal → the resource → Resource Management → Keys and Endpoint) into the secret; a key of another resource or region is refused: ${AZ.resources}`,
    { host: 'the resource' }
  ),
  'azure/invalid-key/same-resource': t(
    'Check that `base-url` is the Endpoint on the same page (https://NAME.openai.azure.com): the key and the endpoint must belong to one resource.'
  ),
  'azure/missing-scope/role': t(
    `Assign the role “Cognitive Services OpenAI User” (or “Cognitive Services OpenAI Contributor”) on the resource to the identity behind the token: Access control (IAM) → Add role assignment; new assignments can take a few minutes to apply: ${AZ.rbac}`
  ),
  'azure/missing-scope/list-models': t(
    `Optional: give the identity a role that may also read the resource's models, such as “Cognitive Services OpenAI User”: ${AZ.rbac}`
  ),
  'azure/insufficient-quota/subscription': t(
    `Check that the Azure subscription is active and has quota for this model in the resource's region[ (this answer came from {region})], and raise the deployment's limit: ${AZ.quota}`
  ),
  'azure/insufficient-quota/how': t(`How quota works (per subscription, region and model): ${AZ.quotaDoc}`),
  'azure/rate-limited/spent': t(
    "Azure asked to wait {retryAfterSeconds} s, longer than `timeout-seconds` ({timeoutSeconds}): the deployment's quota for this period is spent, and retrying sooner will not help."
  ),
  'azure/rate-limited/raise': t(
    `Raise {models}'s tokens-per-minute rate limit (Azure AI Foundry → Deployments → {modelNames} → Edit); quota is shared per subscription, region and model[ (this answer came from {region})]: ${AZ.deployments}`,
    DEPLOYMENT
  ),
  'azure/rate-limited/region': t(`If the region's quota is used up, move the deployment to another region or request more: ${AZ.quotaIncrease}`),
  'azure/unsupported-region/availability': t(
    `Check that the model is available in the resource's region, or deploy it in a region that offers it: ${AZ.modelAvailability}`
  ),
  'azure/server-error/status-page': t(
    `Retry later and check Azure's status page for Azure OpenAI in the resource's region[ (this answer came from {region})]: ${AZ.status}`
  ),
  'azure/timeout/raise': t(`Raise \`timeout-seconds\`[ (now {timeoutSeconds})] if the network is slow, and check Azure's status page: ${AZ.status}`),
  'azure/timeout/proxy': t('Check that the proxy in HTTPS_PROXY forwards to the resource host.'),
  'azure/network-error/private-endpoint': t(
    `Run the job where the resource's networking lets it in: a self-hosted runner inside the virtual network, whose DNS resolves {host} to the private endpoint's address: ${AZ.privateEndpointDns}`,
    { host: 'the resource' }
  ),
  'azure/network-error/firewall': t(
    `Or allow the runner's outbound IP address under the resource's Networking → Firewalls and virtual networks (GitHub-hosted runners change address; larger runners can have static ones): ${AZ.networking}`
  ),
  'azure/network-error/dns': t(
    `Check the resource name in \`base-url\` ({host}): copy the Endpoint from the resource's Keys and Endpoint page: ${AZ.keysDoc}`,
    {
      host: 'the resource'
    }
  ),
  'azure/bad-base-url/suggested': t('Set `base-url` to {suggestedBaseUrl}, the resource endpoint (with or without /openai/v1).'),
  'azure/bad-base-url/endpoint': t(
    `Set \`base-url\` to the resource endpoint from the Keys and Endpoint page (https://NAME.openai.azure.com, with or without /openai/v1): ${AZ.keysDoc}`
  ),
  'azure/bad-base-url/api-version': t(`Leave \`api-version\` empty for Azure's v1 API, or set a version that is still supported: ${AZ.apiLifecycle}`),
  'azure/model-not-found/deployment-name': t(
    `List the deployment name, not the model name: Azure AI Foundry → Deployments shows the names this resource serves (a deployment created in the last few minutes may not answer yet): ${AZ.deployments}`
  ),
  'azure/model-not-found/deploy': t(`To create one, deploy the model under that name: ${AZ.deploymentsDoc}`),
  'azure/model-no-access/api-version': t(`Set \`api-version\` to {minimumApiVersion} or later, or leave it empty to use Azure's v1 API: ${AZ.apiLifecycle}`),
  'azure/model-no-access/deployment': t(
    `Check {models} in Azure AI Foundry → Deployments (its model, version and state) and the identity's role on the resource: ${AZ.deployments}`,
    DEPLOYMENT
  ),
  'azure/model-no-access/operations': t(`Which operations each model supports: ${AZ.operations}`),
  'azure/model-retired/move': t(
    `Move {models} to a current model version (Azure AI Foundry → Deployments → {modelNames} → Edit): ${AZ.retirements}`,
    DEPLOYMENT
  ),
  // A deployment that answered, serving a model version Azure's retirement table (providers/azure/retirements.ts) retires.
  'azure/model-deprecated/move': t(
    `Move {models} off {servedModel} before {shutdownDate}[ to {replacement}, Azure's named replacement] (Azure AI Foundry → Deployments → {modelNames} → Edit, or a new deployment of a current model): ${AZ.retirementSchedule}`,
    { ...DEPLOYMENT, servedModel: 'the model version it serves', shutdownDate: 'its retirement date' }
  ),
  'azure/model-deprecated/date-passed': t(
    `Move {models} off {servedModel} now[ to {replacement}, Azure's named replacement]: its retirement date {shutdownDate} has passed and Azure retires it region by region (Azure AI Foundry → Deployments → {modelNames} → Edit): ${AZ.retirementSchedule}`,
    { ...DEPLOYMENT, servedModel: 'the model version it serves', shutdownDate: 'in the table' }
  ),
  'azure/model-deprecated/upgrade-policy': t(
    `Check the version upgrade policy of {models}: with "No autoupgrade" it stops answering at retirement, with "Upgrade when expired" Azure moves it to the default version then, when the model has a newer one: ${AZ.upgradePolicy}`,
    DEPLOYMENT
  ),
  'azure/account/resource': t(`Check the resource and its Azure subscription in the portal (state, subscription status): ${AZ.resources}`),
  'azure/unexpected-response/support': t(
    `Check Azure's status page and retry; if it persists, open a support request in the Azure portal with the apim-request-id: ${AZ.support}`
  ),
  'azure/unexpected-response/refused': t(
    "Azure refused the request ({httpStatus}) without saying the key is invalid: check that the key and `base-url` belong to one resource, the resource's networking settings, and for Entra ID tokens the identity's role on the resource."
  ),

  // --- What a status page said, in place of "check the status page" (src/status/attach.ts)
  'status/unread': t('{page} {error}; look at {url} yourself.'),
  'status/incident': t('{page} reports an ongoing incident, “{name}”[ ({facts})][ and {more}]: retry once it is resolved: {url}'),
  'status/incident-unlinked': t('{page} reports an ongoing incident, “{name}”[ ({facts})][ and {more}]: retry once it is resolved ({url})'),
  'status/incident-elsewhere': t(
    '{page} reports no ongoing incident for the API, only for {groups} (“{name}”[ and {more}]): the cause is more likely the runner, its network or proxy, or the request than the provider.'
  ),
  'status/no-incident': t(
    '{page} reports no ongoing incident[ ({description})]: the cause is more likely the runner, its network or proxy, or the request than the provider.'
  ),

  // --- Warnings: problems that do not stop the check (report `warnings`)
  'warning/key-trimmed': t(
    'The `api-key` value had {what} around it, which was removed before use. Save the secret again without it, so that other tools that read it work too.'
  ),
  'warning/key-prefix': t('The key does not start with "sk-", as OpenAI API keys do; check that the secret holds an OpenAI key.'),
  'warning/azure-org-project': t('The `organization` and `project` inputs are OpenAI headers and were not sent to Azure OpenAI: remove them from this step.'),
  'warning/organization-name': t(
    'The `organization` input does not start with "org-": use the organization id from Settings → Organization → General, not its name.'
  ),
  'warning/project-name': t('The `project` input does not start with "proj_": use the project id from Settings → Projects, not its name.'),
  'warning/models-from-file-limit': t(
    '`models-from` matched more files than it reads ({read} of them were read, in path order): narrow the globs to the files that name models.'
  ),
  'warning/models-from-time-limit': t(
    '`models-from` stopped[ after {seconds} s (half of `timeout-seconds`)] having read {read}: the files not read were not searched; narrow the globs, or raise `timeout-seconds`.'
  ),
  'warning/models-from-cap': t(
    '`models-from` found {found} not listed in `models`; a scan adds at most {max} (each is a request with the key), so only the first {max} (in path order) are checked: list the ids you use in `models`, or narrow `models-from` to the files that use them.'
  ),
  'azure/warning/openai-key-gateway': t('{message} Check that the gateway at `base-url` expects it.'),
  'azure/warning/token-expired': t(
    `The Microsoft Entra ID token expired at {expiredAt}: get it in the same job, right before this step (tokens last about an hour): ${AZ.entraId}`
  ),
  'azure/warning/token-audience': t(
    `The Microsoft Entra ID token is for the audience {audience}; Azure OpenAI takes tokens for https://cognitiveservices.azure.com (\`az account get-access-token --resource https://cognitiveservices.azure.com\`): ${AZ.entraId}`
  ),
  'azure/warning/key-shape': t(
    'The key is neither a 32-character Azure key, nor the newer 84-character form, nor a Microsoft Entra ID token; check that the secret holds KEY 1 or KEY 2 from the resource’s Keys and Endpoint page.'
  ),

  // --- The tracking issue could not be kept (src/github/tracking-issue.ts): after "openai-access-check could not …: …."
  'github/rate-limit': t('The GitHub API rate limit was hit; the next run will try again.'),
  'github/permission': t(
    'The `github-token` may not write issues in this repository. Add `permissions: issues: write` to the workflow job (a job-level `permissions:` block replaces the defaults, so also list what else the job needs, e.g. `contents: read`); pull requests from forks always get a read-only token.'
  ),
  'github/token-rejected': t(
    'The `github-token` input was rejected: leave it at its default `${{ github.token }}` or pass a valid token with issues write access.'
  ),
  'github/issues-disabled': t('Issues are disabled in this repository: enable them (Settings → General → Features → Issues) or set `issue-on-failure: false`.'),
  'github/next-run': t('The check itself is reported as usual; the tracking issue will be synced on the next run.')
} as const satisfies Record<string, Template>

export type RemedyId = keyof typeof REMEDIES

/** A remedy as data: which template, and what fills its slots. */
export interface Remedy {
  id: RemedyId
  /** Slot values, already in their final words (ids in backticks where the sentence shows code); null/'' = no value. */
  slots?: Readonly<Record<string, string | number | null | undefined>>
  /** The models `{models}` / `{modelNames}` name: one for a check, every model of a group when problems are grouped. */
  models?: readonly string[]
}

const PART = /\[([^[\]]*)\]|\{([A-Za-z]+)\}/g
const SLOT = /\{([A-Za-z]+)\}/g

function valueOf(remedy: Remedy, name: string): string {
  if (name === 'models') return (remedy.models ?? []).map((m) => `\`${m}\``).join(', ')
  if (name === 'modelNames') return (remedy.models ?? []).join(', ')
  const value = remedy.slots?.[name]
  return value === null || value === undefined ? '' : String(value)
}

/**
 * The sentence a remedy stands for. A slot without a value and without a default stays `{name}` (a test
 * renders every remedy of every recorded answer and fails on one), rather than stopping a run over a hint.
 */
export function renderRemedy(remedy: Remedy): string {
  const template: Template = REMEDIES[remedy.id]
  const fill = (name: string): string | null => valueOf(remedy, name) || template.defaults?.[name] || null
  return template.text.replace(PART, (whole, optional: string | undefined, slot: string | undefined) => {
    if (slot !== undefined) return fill(slot) ?? whole
    // An optional part: shown only when each slot in it has a value of its own.
    const names = [...optional!.matchAll(SLOT)].map((m) => m[1])
    if (names.some((name) => !valueOf(remedy, name))) return ''
    return optional!.replace(SLOT, (_w, name: string) => valueOf(remedy, name))
  })
}

/** Ids as code, comma-separated: `a`, `b`. */
export const codeList = (items: readonly string[]): string => items.map((s) => `\`${s}\``).join(', ')

/** A diagnosis's remedies and the hints they render to, to spread into it: `{ ...d, ...withRemedies([...]) }`. */
export function withRemedies(remedies: Remedy[]): { remedies: Remedy[]; hints: string[] } {
  return { remedies, hints: remedies.map(renderRemedy) }
}

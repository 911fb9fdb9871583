import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 191:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ loopbackLookup),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   lS: () => (/* binding */ isLocalhostName)
/* harmony export */ });
/* unused harmony export isLoopbackAddress */
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(610);
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_dns__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Loopback hosts: where plain http is allowed (local fakes, local gateways) and where no proxy is used.
 * `localhost` and `*.localhost` are loopback names (RFC 6761), but only if they resolve so: the transport
 * connects them to loopback addresses only (see loopbackLookup), whatever DNS or /etc/hosts say.
 */


/** `localhost` or a name under `.localhost`. */
function isLocalhostName(hostname) {
    const host = hostname.toLowerCase().replace(/\.$/, '');
    return host === 'localhost' || host.endsWith('.localhost');
}
/** An address in 127.0.0.0/8 or ::1 (also as an IPv4-mapped IPv6 address). */
function isLoopbackAddress(address) {
    const a = address.replace(/^\[|\]$/g, '').toLowerCase();
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(a) === 4)
        return a.startsWith('127.');
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(a) !== 6)
        return false;
    // The WHATWG URL parser writes IPv6 in its shortest form (::1, and ::ffff:7f00:1 for ::ffff:127.0.0.1).
    const short = new URL(`http://[${a}]`).hostname;
    return short === '[::1]' || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(short);
}
/** A URL hostname that is loopback: a loopback address or a localhost name. */
function isLoopbackHost(hostname) {
    return isLocalhostName(hostname) || isLoopbackAddress(hostname);
}
/**
 * `lookup` for net/http connections to a localhost name: the name's loopback addresses, or 127.0.0.1 when
 * it resolves to none (a `*.localhost` name DNS sends elsewhere must not take the key there in clear).
 */
function loopbackLookup(hostname, options, callback) {
    (0,node_dns__WEBPACK_IMPORTED_MODULE_0__.lookup)(hostname, { all: true }, (error, addresses) => {
        const loopback = error ? [] : addresses.filter((a) => isLoopbackAddress(a.address));
        const list = loopback.length ? loopback : [{ address: '127.0.0.1', family: 4 }];
        if (options.all)
            callback(null, list);
        else
            callback(null, list[0].address, list[0].family);
    });
}


/***/ }),

/***/ 1474:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ isOfficialApi)
/* harmony export */ });
/** OpenAI's own API (api.openai.com, or a regional host such as eu.api.openai.com), not a compatible server. */
function isOfficialApi(baseUrl) {
    try {
        const host = new URL(baseUrl).hostname;
        return host === 'api.openai.com' || host.endsWith('.api.openai.com');
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 8352:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ LINKS)
/* harmony export */ });
/** Every page a hint links to, in one place. */
const LINKS = {
    apiKeys: 'https://platform.openai.com/api-keys',
    secrets: 'https://docs.github.com/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions',
    forkSecrets: 'https://docs.github.com/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#workflows-in-forked-repositories',
    dependabotSecrets: 'https://docs.github.com/code-security/dependabot/troubleshooting-dependabot/troubleshooting-dependabot-on-github-actions#accessing-secrets',
    organizationSettings: 'https://platform.openai.com/settings/organization/general',
    projects: 'https://platform.openai.com/settings/organization/projects',
    projectLimits: 'https://platform.openai.com/settings/proj/limits',
    billing: 'https://platform.openai.com/settings/organization/billing/overview',
    limits: 'https://platform.openai.com/settings/organization/limits',
    rateLimitsGuide: 'https://platform.openai.com/docs/guides/rate-limits',
    errorCodes: 'https://platform.openai.com/docs/guides/error-codes',
    supportedCountries: 'https://platform.openai.com/docs/supported-countries',
    deprecations: 'https://platform.openai.com/docs/deprecations',
    models: 'https://platform.openai.com/docs/models',
    verification: 'https://help.openai.com/en/articles/10910291-api-organization-verification',
    status: 'https://status.openai.com',
    cloudflare1015: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1015/',
    keyPermissions: 'https://help.openai.com/en/articles/8867743-assign-api-key-permissions',
    selfHostedProxy: 'https://docs.github.com/actions/hosting-your-own-runners/managing-self-hosted-runners/using-a-proxy-server-with-self-hosted-runners'
};


/***/ }),

/***/ 1625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eX: () => (/* binding */ TITLES),
/* harmony export */   gb: () => (/* binding */ remediesFor)
/* harmony export */ });
/* unused harmony exports codeIds, hintsFor, isRequestShapeStatus */
/* harmony import */ var _api_official_api_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1474);
/* harmony import */ var _remedy_table_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3046);
/* harmony import */ var _thousands_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5580);



/** A short title per category: annotation titles, summary headings. */
const TITLES = {
    ok: 'Works',
    'missing-key': 'No API key',
    'malformed-key': 'The API key is malformed',
    'invalid-key': 'The API key is not valid',
    'organization-mismatch': 'Organization or project does not match the key',
    'no-organization': 'The key belongs to no organization',
    'account-inactive': 'The OpenAI account is deactivated',
    'insufficient-quota': 'No credit or quota left',
    'missing-scope': 'The key lacks a permission',
    'unsupported-region': 'The runner’s location is not supported',
    'rate-limited': 'Rate limited',
    'server-error': 'The API failed',
    'network-error': 'The API could not be reached',
    timeout: 'Timed out',
    'bad-base-url': 'The base URL is not an API root',
    'model-not-found': 'Model not found',
    'model-no-access': 'No access to the model',
    'model-retired': 'The model has been shut down',
    'model-deprecated': 'The model is scheduled for shutdown',
    'verification-required': 'Organization verification required',
    'unexpected-response': 'Unexpected answer',
    'not-checked': 'Not checked'
};
/** Model ids in a replacement text as code: `gpt-image-2.5-sunburst` or `gpt-image-2.5-flare`. */
function codeIds(text) {
    return text.replace(/\b[a-z][a-z0-9]*(?:[-.][a-z0-9]+)+\b/g, (id) => (/\d/.test(id) ? `\`${id}\`` : id));
}
/**
 * The remedies for a category, as data (remedy-table.ts holds the words). `missing-key` and `malformed-key` have
 * none here: no answer is classified as either with these remedies (an empty key is explained by
 * github/event-context.ts, a malformed one by checks/key-hygiene.ts, a 401 "no API key" by classify.ts).
 */
function remediesFor(category, ctx) {
    const models = ctx.model ? [ctx.model] : [];
    const official = (0,_api_official_api_js__WEBPACK_IMPORTED_MODULE_1__/* .isOfficialApi */ .W)(ctx.baseUrl);
    switch (category) {
        case 'ok':
        case 'not-checked':
        case 'missing-key':
        case 'malformed-key':
            return [];
        case 'invalid-key':
            return [{ id: 'invalid-key/new-key' }, ...(official ? [] : [{ id: 'invalid-key/other-service', slots: { baseUrl: ctx.baseUrl } }])];
        case 'organization-mismatch': {
            const sent = [ctx.organization ? `organization \`${ctx.organization}\`` : '', ctx.project ? `project \`${ctx.project}\`` : '']
                .filter(Boolean)
                .join(' and ');
            // Speak of what was sent: with neither input set, the key's own organization or project refused it.
            return [sent ? { id: 'organization-mismatch/sent', slots: { sent } } : { id: 'organization-mismatch/key-default' }];
        }
        case 'no-organization':
            return [{ id: 'no-organization/join' }];
        case 'account-inactive':
            return [{ id: 'account-inactive/support' }];
        case 'insufficient-quota':
            if (!official && ctx.httpStatus === 402)
                return [{ id: 'insufficient-quota/other-service', slots: { baseUrl: ctx.baseUrl } }];
            return [{ id: 'insufficient-quota/credit' }, { id: 'insufficient-quota/project-budget' }];
        case 'missing-scope':
            return [{ id: 'missing-scope/allow', slots: { scopes: (0,_remedy_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeList */ .E5)(ctx.scopes ?? []) } }];
        case 'unsupported-region':
            return [{ id: 'unsupported-region/runner-network' }];
        case 'rate-limited':
            return rateLimitRemedies(ctx);
        case 'server-error':
            if (ctx.overloaded)
                return [{ id: official ? 'server-error/overloaded' : 'server-error/overloaded-other-service' }];
            return [official ? { id: 'server-error/status-page' } : { id: 'server-error/other-service', slots: { baseUrl: ctx.baseUrl } }];
        case 'network-error':
            return [networkRemedy(ctx)];
        case 'timeout':
            return [
                { id: 'timeout/raise', slots: { timeoutSeconds: ctx.timeoutSeconds || null } },
                ...(ctx.proxy ? [{ id: 'timeout/proxy' }] : []),
                official ? { id: 'timeout/status-page' } : { id: 'timeout/other-service', slots: { baseUrl: ctx.baseUrl } }
            ];
        case 'bad-base-url':
            return [ctx.suggestedBaseUrl ? { id: 'bad-base-url/suggested', slots: { suggestedBaseUrl: ctx.suggestedBaseUrl } } : { id: 'bad-base-url/api-root' }];
        case 'model-not-found':
            return [
                ...(ctx.suggestions?.length ? [{ id: 'model-not-found/spelling', slots: { suggestions: (0,_remedy_table_js__WEBPACK_IMPORTED_MODULE_0__/* .codeList */ .E5)(ctx.suggestions) } }] : []),
                official ? { id: 'model-not-found/model-list', models } : { id: 'model-not-found/other-service', models, slots: { baseUrl: ctx.baseUrl } }
            ];
        case 'model-no-access':
            // OpenAI's project restriction keeps OpenAI's fix even behind a proxy; another service's refusal gets a generic one.
            if (!official && !ctx.openaiProject)
                return [{ id: 'model-no-access/other-service', models, slots: { baseUrl: ctx.baseUrl } }];
            return [{ id: 'model-no-access/project', models }, { id: 'model-no-access/tier' }];
        case 'model-retired':
            return [
                ctx.replacement
                    ? { id: 'model-retired/replacement', models, slots: { replacement: codeIds(ctx.replacement) } }
                    : { id: 'model-retired/current', models }
            ];
        case 'model-deprecated':
            return [
                { id: 'model-deprecated/move', models, slots: { shutdownDate: ctx.shutdownDate, replacement: ctx.replacement ? codeIds(ctx.replacement) : null } }
            ];
        case 'verification-required':
            return [{ id: 'verification-required/verify' }, { id: 'verification-required/what' }];
        case 'unexpected-response':
            // A 4xx about the request is about its shape: an outage does not explain it, a status page does not fix it.
            if (isRequestShapeStatus(ctx.httpStatus))
                return [{ id: 'unexpected-response/request-shape', models, slots: { httpStatus: ctx.httpStatus, param: ctx.param } }];
            return [{ id: 'unexpected-response/status-page' }];
    }
}
/** The hints for a category: {@link remediesFor}, rendered. */
function hintsFor(category, ctx) {
    return remediesFor(category, ctx).map(renderRemedy);
}
/** 4xx answers other than timeouts, conflicts and rate limits are about the request. */
function isRequestShapeStatus(status) {
    return typeof status === 'number' && status >= 400 && status < 500 && ![401, 403, 404, 408, 409, 429].includes(status);
}
function rateLimitRemedies(ctx) {
    const host = ctx.host ?? (ctx.baseUrl ? hostOf(ctx.baseUrl) : null) ?? 'the API';
    // The edge limits the address the runner's requests come from; the organization's limits were never reached.
    if (ctx.edge)
        return [{ id: 'rate-limited/edge', slots: { host } }];
    const limit = ctx.rateLimit;
    const pay = limit?.paymentMethod ? [{ id: 'rate-limited/payment-method' }] : [];
    const slots = limit ? { limit: limit.name, count: limit.limit !== null ? (0,_thousands_js__WEBPACK_IMPORTED_MODULE_2__/* .thousands */ .o)(limit.limit) : null, limitModel: limit.model, retryIn: limit.retryIn } : {};
    if (limit?.per === 'day')
        return [{ id: 'rate-limited/daily-wait', slots }, ...(pay.length ? pay : [{ id: 'rate-limited/daily-raise' }])];
    return [
        limit?.name ? { id: 'rate-limited/named-limit', slots } : { id: 'rate-limited/lower-rate' },
        ...(pay.length ? pay : [{ id: 'rate-limited/guide' }])
    ];
}
function hostOf(baseUrl) {
    try {
        return new URL(baseUrl).host;
    }
    catch {
        return null;
    }
}
function networkRemedy(ctx) {
    const code = ctx.networkCode ?? '';
    const slots = { host: ctx.host };
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return { id: 'network-error/dns', slots };
    if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code))
        return { id: 'network-error/tls' };
    if (ctx.proxy)
        return { id: 'network-error/proxy', slots };
    return { id: 'network-error/reach', slots };
}


/***/ }),

/***/ 3046:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E5: () => (/* binding */ codeList),
  XL: () => (/* binding */ renderRemedy),
  Nq: () => (/* binding */ withRemedies)
});

// UNUSED EXPORTS: REMEDIES

;// CONCATENATED MODULE: ./src/providers/azure/links.ts
/** Every Azure page an Azure hint links to, in one place. Never OpenAI's dashboard. */
const AZURE_LINKS = {
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
};

// EXTERNAL MODULE: ./src/diagnosis/links.ts
var links = __nccwpck_require__(8352);
;// CONCATENATED MODULE: ./src/diagnosis/remedy-table.ts
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


const t = (text, defaults) => (defaults ? { text, defaults } : { text });
const MODEL = { models: 'the model' };
const DEPLOYMENT = { models: 'the deployment', modelNames: 'the deployment' };
const REMEDIES = {
    // --- OpenAI (and OpenAI-compatible APIs) ------------------------------------------------------------------------
    'missing-key/unset': t(`Add the key as a repository (or organization/environment) secret named {secretName} and pass it with \`api-key: \${{ secrets.{secretName} }}\`; secret names are case-sensitive: ${links/* LINKS */.A.secrets}`),
    'missing-key/fork': t(`Set \`if-key-missing: warn\` (or \`ignore\`) so outside contributions skip this check, and run it on \`push\` after merge or on a label-gated \`pull_request_target\` job that checks out no untrusted code: ${links/* LINKS */.A.forkSecrets}`),
    // The same two, when `if-key-missing` already skips the check: say what is left to do, not what is set.
    'missing-key/fork-skipped': t(`To check pull requests from forks before merge too, run the check on \`push\` after merge or in a label-gated \`pull_request_target\` job that checks out no untrusted code: ${links/* LINKS */.A.forkSecrets}`),
    'missing-key/dependabot-skipped': t(`To check Dependabot's pull requests too, add {secretName} as a Dependabot secret (Settings → Secrets and variables → Dependabot): ${links/* LINKS */.A.dependabotSecrets}`),
    'missing-key/dependabot': t(`Add {secretName} as a Dependabot secret (Settings → Secrets and variables → Dependabot), or set \`if-key-missing: warn\` for Dependabot runs: ${links/* LINKS */.A.dependabotSecrets}`),
    'missing-key/shell': t(`Set it for this shell without leaving it in the history, e.g. \`read -rs {variable} && export {variable}\`, then run the check again; keys are at ${links/* LINKS */.A.apiKeys}`),
    'missing-key/shell-azure': t('Set it for this shell without leaving it in the history, e.g. `read -rs {variable} && export {variable}`, then run the check again; keys are at the Keys and Endpoint page of the Azure OpenAI resource'),
    'missing-key/header-dropped': t('Configure the proxy or gateway in front of {host} to forward the Authorization header, or point `base-url` at the API directly.', { host: 'the API' }),
    // A gateway that reads its own key from another header (Azure API Management: Ocp-Apim-Subscription-Key).
    'missing-key/gateway-header': t("{gateway} in front of {host} found no key: it reads its own subscription key from the `{header}` header, and this run sends the key as `Authorization: Bearer` (with `provider: azure`, as `api-key`). Set the API's subscription header name to `api-key` in API Management and use `provider: azure`, or point `base-url` at the API directly.", { gateway: 'The gateway', host: 'the API', header: 'Ocp-Apim-Subscription-Key' }),
    'malformed-key/quotes': t(`Edit the repository secret and save the key without the surrounding {quote} characters: ${links/* LINKS */.A.secrets}`),
    'malformed-key/bearer': t(`Edit the repository secret and save only the key, without the "Bearer " prefix: ${links/* LINKS */.A.secrets}`),
    'malformed-key/assignment': t(`Edit the repository secret and save only the value after "{name}=": ${links/* LINKS */.A.secrets}`),
    'malformed-key/placeholder': t(`Pass the secret as \`api-key: \${{ secrets.OPENAI_API_KEY }}\` in the step's \`with:\` block, and store the real key in the secret: ${links/* LINKS */.A.secrets}`),
    'malformed-key/split': t(`Copy the key again as one line and save it in the repository secret: ${links/* LINKS */.A.secrets}`),
    'malformed-key/non-ascii': t(`Copy the full key again (create a new one if it is no longer shown) and save it in the repository secret: ${links/* LINKS */.A.apiKeys}`),
    'malformed-key/shortened': t(`Create a new key and save the full value in the repository secret: ${links/* LINKS */.A.apiKeys}`),
    'malformed-key/admin-key': t(`Create a project API key and store it in the secret instead: ${links/* LINKS */.A.apiKeys}`),
    'malformed-key/other-provider': t(`Store an OpenAI key in the secret (create one at ${links/* LINKS */.A.apiKeys}), or set \`base-url\` to the service this key belongs to.`),
    'malformed-key/too-short': t(`Copy the full key again and save it in the repository secret: ${links/* LINKS */.A.apiKeys}`),
    'invalid-key/new-key': t(`Create a new key (the old one was mistyped, revoked or deleted) and save it in the repository secret: ${links/* LINKS */.A.apiKeys}`),
    'invalid-key/other-service': t('Check that the key belongs to the service at {baseUrl}.'),
    // The answer came from a gateway's own key check: the key it wants is one it issued, not an OpenAI key.
    'invalid-key/gateway-key': t("Store a key issued by {gateway} in the secret (the gateway's own key, such as its virtual key or subscription key, from whoever runs it), or set `base-url` to the API the key belongs to: the answer came from {gateway}, which did not recognise this key.", { gateway: 'the gateway' }),
    // The gateway accepted this run's key; the upstream API refused the key the gateway holds for the model.
    'invalid-key/gateway-upstream': t("Ask whoever runs {gateway} to replace the upstream API key it holds for {models}: {gateway} accepted this run's key and relayed the upstream API's refusal of its own key, so the secret is not at fault.", { ...MODEL, gateway: 'the gateway' }),
    'organization-mismatch/sent': t(`Set \`organization\`/\`project\` to ids the key belongs to (this run sent {sent}), or remove them to use the key's default: ${links/* LINKS */.A.organizationSettings}`),
    'organization-mismatch/key-default': t(`Check the key's own organization and project (this run sent neither \`organization\` nor \`project\`): its user may have left the organization or the project may be archived; create a key in an organization and project you belong to: ${links/* LINKS */.A.apiKeys}`),
    'no-organization/join': t(`Join or create an organization for the key's user, then create the key inside it: ${links/* LINKS */.A.organizationSettings}`),
    'account-inactive/support': t(`Check the account owner's email from OpenAI and contact support; then create a key in an active organization: ${links/* LINKS */.A.organizationSettings}`),
    'insufficient-quota/credit': t(`Add credit or raise the monthly budget (retrying will not help): ${links/* LINKS */.A.billing}`),
    'insufficient-quota/project-budget': t(`If the project has its own budget, raise it under the project's limits: ${links/* LINKS */.A.projectLimits}`),
    'insufficient-quota/gateway': t("Add credit or raise this key's budget on {gateway}[ ({url})], or ask whoever runs it to: the balance or budget that ran out is the gateway's, not the OpenAI account's, and retrying will not help.", { gateway: 'the gateway' }),
    'insufficient-quota/gateway-upstream': t("Ask whoever runs {gateway} to add credit to the upstream account it uses: {gateway} accepted this run's key and relayed the upstream API's answer that its own account's balance ran out; retrying will not help.", { gateway: 'the gateway' }),
    'insufficient-quota/other-service': t('Add credit or raise the budget for this key on the service at {baseUrl}, or ask whoever runs it to: it answered that the balance or budget ran out (HTTP 402), and retrying will not help.'),
    'missing-scope/allow': t(`Edit the restricted key's permissions to allow {scopes} (for model requests: “Model capabilities: Write”), or use a key with “All” permissions: ${links/* LINKS */.A.apiKeys}`, { scopes: 'the missing permission' }),
    'missing-scope/list-models': t(`Optional: allow “Models: Read”[ (\`{scopes}\`)] on the restricted key, so that \`probe: list\` works and mistyped ids get suggestions: ${links/* LINKS */.A.apiKeys}`),
    'unsupported-region/runner-network': t(`Run the job where OpenAI serves the API: the request leaves from the runner's network (a self-hosted runner, a cloud region, a VPN or a proxy decides the country): ${links/* LINKS */.A.supportedCountries}`),
    'rate-limited/edge': t(`Check the runner's egress: the edge in front of {host} is rate-limiting the runner's IP address (Cloudflare error 1015), not the organization — runners behind one NAT, VPN or proxy share that address; wait a few minutes, run from another network, or send fewer requests from it: ${links/* LINKS */.A.cloudflare1015}`),
    'rate-limited/daily-wait': t('Wait for the {limit} limit[ ({count} a day)][ of `{limitModel}`] to free up: it counts over a rolling day, so waiting a minute or retrying will not help[ (the API says: try again in {retryIn})].'),
    'rate-limited/daily-raise': t(`Raise the daily limit by moving up a usage tier, or spread the requests over the day: ${links/* LINKS */.A.limits}`),
    'rate-limited/named-limit': t('Lower the request rate: the {limit} limit[ of `{limitModel}`][ ({count} a minute)] was reached; it frees up within a minute[ (the API says: try again in {retryIn})].'),
    'rate-limited/lower-rate': t(`Lower the request rate, or raise the organization's limits by moving up a usage tier: ${links/* LINKS */.A.limits}`),
    'rate-limited/payment-method': t(`Add a payment method to move off the free tier, which raises this limit: ${links/* LINKS */.A.billing}`),
    'rate-limited/guide': t(`See how limits work and what each tier allows: ${links/* LINKS */.A.rateLimitsGuide}`),
    'rate-limited/gateway': t("Wait and send fewer requests: this limit is {gateway}'s own, for this key, team or plan[ (or its upstream provider {provider}'s)], not the OpenAI organization's usage tier; the gateway's settings or plan decide it.", { gateway: 'the gateway' }),
    'rate-limited/gateway-upstream': t('Wait and send fewer requests, or ask whoever runs {gateway} for a higher limit: the limit was reached on the upstream API by the key {gateway} holds, not by this run alone.', { gateway: 'the gateway' }),
    'server-error/overloaded': t(`Retry in a few minutes: the API said it is overloaded, which is not the organization's rate limit (a higher usage tier would not help); check the status page: ${links/* LINKS */.A.status}`),
    'server-error/overloaded-other-service': t("Retry in a few minutes: the API said it is overloaded, which is not the organization's rate limit (a higher usage tier would not help)."),
    'server-error/status-page': t(`Retry later and check the status page: ${links/* LINKS */.A.status}`),
    'server-error/other-service': t('Retry later; if it persists, check the service behind {baseUrl}.'),
    'network-error/dns': t('Check the host name in `base-url` ({host}) and that the runner can resolve public DNS names.', { host: 'the API host' }),
    'network-error/tls': t(`If a proxy inspects TLS traffic, give Node its CA certificate with NODE_EXTRA_CA_CERTS=/path/to/ca.pem in the job's env: ${links/* LINKS */.A.selfHostedProxy}`),
    'network-error/proxy': t(`Check the proxy in HTTPS_PROXY/HTTP_PROXY (and NO_PROXY): it must be reachable from the runner and allow {host}: ${links/* LINKS */.A.selfHostedProxy}`, { host: 'the API host' }),
    'network-error/reach': t(`Check that the runner can reach {host}; behind a corporate proxy set HTTPS_PROXY for the job: ${links/* LINKS */.A.selfHostedProxy}`, {
        host: 'the API host'
    }),
    'network-error/edge-blocked': t("The runner's IP address or network was refused by the edge in front of {host}: run the job from another network (a GitHub-hosted runner, or without the VPN/proxy), or ask the network's owner why its address is blocked.", { host: 'the API' }),
    'timeout/raise': t('Raise `timeout-seconds`[ (now {timeoutSeconds})] if the network is slow.'),
    'timeout/proxy': t('Check that the proxy in HTTPS_PROXY forwards to the API host.'),
    'timeout/status-page': t(`Check the status page: ${links/* LINKS */.A.status}`),
    'timeout/other-service': t('Check that the service behind {baseUrl} is up.'),
    'bad-base-url/suggested': t('Set `base-url` to {suggestedBaseUrl} (the API root, ending in /v1 for OpenAI).'),
    'bad-base-url/api-root': t('Set `base-url` to the API root, such as https://api.openai.com/v1, or remove the input to use OpenAI.'),
    'bad-base-url/cloudflare-gateway': t('Check the account id and gateway id in `base-url` (https://gateway.ai.cloudflare.com/v1/ACCOUNT_ID/GATEWAY_ID/openai): Cloudflare AI Gateway has no such gateway configured; create it in the Cloudflare dashboard (AI → AI Gateway) or correct the ids.'),
    'model-not-found/spelling': t('Check the spelling: the key can use {suggestions}.'),
    'model-not-found/model-list': t(`Use a model id from the list your key can see, or ask the organization owner for access to {models}: ${links/* LINKS */.A.models}`, MODEL),
    'model-not-found/other-service': t('Use a model id that the service at {baseUrl} lists for this key (`GET /models`), or make {models} available there.', MODEL),
    'model-not-found/relay-channel': t("Ask the admin of {gateway} to add {models} to a channel of the key's group[ `{group}`] (mapped model names must be in the channel's model list too), or use a model that {gateway} serves for this key: no channel of that group serves it.", { ...MODEL, gateway: 'the relay' }),
    'model-no-access/project': t(`Allow {models} in the project's model usage settings, or use a key from a project that allows it: ${links/* LINKS */.A.projectLimits}`, MODEL),
    'model-no-access/other-service': t('The service at {baseUrl} lists {models} but refused to serve it to this key: check what that service allows the key, or use a model it serves for this key.', MODEL),
    'model-no-access/tier': t(`If the model needs a higher usage tier, see the limits page: ${links/* LINKS */.A.limits}`),
    'model-no-access/gateway-key': t('Use a key of {gateway} that may call {models}, or ask whoever runs it to add the model to this key: {gateway} limits this key to a list of models.', { ...MODEL, gateway: 'the gateway' }),
    'model-retired/replacement': t(`Replace {models} with {replacement}, OpenAI's announced replacement: ${links/* LINKS */.A.deprecations}`, MODEL),
    'model-retired/current': t(`Replace {models} with a current model: ${links/* LINKS */.A.deprecations}`, MODEL),
    'model-deprecated/move': t(`Move off {models} before {shutdownDate}[; the announced replacement is {replacement}]: ${links/* LINKS */.A.deprecations}`, {
        ...MODEL,
        shutdownDate: 'its shutdown date'
    }),
    'verification-required/verify': t(`Verify the organization under Settings → Organization → General → Verify Organization; access can take up to 15 minutes to propagate after verification: ${links/* LINKS */.A.organizationSettings}`),
    'verification-required/what': t(`What verification involves: ${links/* LINKS */.A.verification}`),
    'unexpected-response/request-shape': t(`Check what the API rejected in the request (HTTP {httpStatus}[, parameter \`{param}\`]): this is a request-shape problem, not an outage; if {models} does not accept the probe this action sends, use \`probe: list\` for it and report the answer: ${links/* LINKS */.A.errorCodes}`, MODEL),
    'unexpected-response/status-page': t(`Check the status page and retry; if it persists, contact OpenAI support with the request id: ${links/* LINKS */.A.status}`),
    'unexpected-response/refused': t(`The API refused the request ({httpStatus}) without saying the key is invalid: check the key's project, role and permissions: ${links/* LINKS */.A.apiKeys}`),
    'unexpected-response/refused-inputs': t(`The API refused the request ({httpStatus}) without saying the key is invalid: check the key's project, role and permissions, and the \`organization\`/\`project\` inputs this run sent: ${links/* LINKS */.A.apiKeys}`),
    'unexpected-response/refused-other-service': t('The service at {baseUrl} refused the request ({httpStatus}) without saying the key is invalid: check that the key belongs to that service and what it allows the key.'),
    'unexpected-response/cloudflare-token': t('{gateway} refused the request before it reached the API, without saying the key is invalid: it is an Authenticated Gateway and wants its own token in the `cf-aig-authorization` header, which this action does not send; turn off Authenticated Gateway for this gateway, or point `base-url` at the API directly.', { gateway: 'Cloudflare AI Gateway' }),
    // --- Azure OpenAI: the same vocabulary in Azure's terms (resource, deployment, Keys and Endpoint, quota, networking, roles)
    // A 401 "no API key" although one was sent: something between the runner and the resource dropped the header.
    'azure/missing-key/header-dropped': t('Configure the proxy or gateway in front of {host} to forward the `api-key` header (`Authorization` for a Microsoft Entra ID token), or point `base-url` at the resource endpoint directly.', { host: 'the resource' }),
    'azure/malformed-key/keys-page': t(`Copy KEY 1 from the resource's Keys and Endpoint page in the Azure portal into the secret, or pass a Microsoft Entra ID token: ${AZURE_LINKS.keysDoc}`),
    'azure/malformed-key/non-ascii': t(`Copy the full key again (create a new one if it is no longer shown) and save it in the repository secret: ${AZURE_LINKS.keysDoc}`),
    'azure/malformed-key/shortened': t(`Copy the key again and save the full value in the repository secret: ${AZURE_LINKS.keysDoc}`),
    'azure/invalid-key/entra-token': t(`Get a fresh Microsoft Entra ID token for the audience https://cognitiveservices.azure.com in the same job (tokens last about an hour), e.g. after azure/login: \`az account get-access-token --resource https://cognitiveservices.azure.com --query accessToken -o tsv\`: ${AZURE_LINKS.entraId}`),
    'azure/invalid-key/or-resource-key': t(`Or pass the resource key instead: ${AZURE_LINKS.keysDoc}`),
    'azure/invalid-key/keys-page': t(`Copy KEY 1 (or KEY 2) from the Keys and Endpoint page of the resource at {host} (Azure portal → the resource → Resource Management → Keys and Endpoint) into the secret; a key of another resource or region is refused: ${AZURE_LINKS.resources}`, { host: 'the resource' }),
    'azure/invalid-key/same-resource': t('Check that `base-url` is the Endpoint on the same page (https://NAME.openai.azure.com): the key and the endpoint must belong to one resource.'),
    'azure/missing-scope/role': t(`Assign the role “Cognitive Services OpenAI User” (or “Cognitive Services OpenAI Contributor”) on the resource to the identity behind the token: Access control (IAM) → Add role assignment; new assignments can take a few minutes to apply: ${AZURE_LINKS.rbac}`),
    'azure/missing-scope/list-models': t(`Optional: give the identity a role that may also read the resource's models, such as “Cognitive Services OpenAI User”: ${AZURE_LINKS.rbac}`),
    'azure/insufficient-quota/subscription': t(`Check that the Azure subscription is active and has quota for this model in the resource's region[ (this answer came from {region})], and raise the deployment's limit: ${AZURE_LINKS.quota}`),
    'azure/insufficient-quota/how': t(`How quota works (per subscription, region and model): ${AZURE_LINKS.quotaDoc}`),
    'azure/rate-limited/spent': t("Azure asked to wait {retryAfterSeconds} s, longer than `timeout-seconds` ({timeoutSeconds}): the deployment's quota for this period is spent, and retrying sooner will not help."),
    'azure/rate-limited/raise': t(`Raise {models}'s tokens-per-minute rate limit (Azure AI Foundry → Deployments → {modelNames} → Edit); quota is shared per subscription, region and model[ (this answer came from {region})]: ${AZURE_LINKS.deployments}`, DEPLOYMENT),
    'azure/rate-limited/region': t(`If the region's quota is used up, move the deployment to another region or request more: ${AZURE_LINKS.quotaIncrease}`),
    'azure/unsupported-region/availability': t(`Check that the model is available in the resource's region, or deploy it in a region that offers it: ${AZURE_LINKS.modelAvailability}`),
    'azure/server-error/status-page': t(`Retry later and check Azure's status page for Azure OpenAI in the resource's region[ (this answer came from {region})]: ${AZURE_LINKS.status}`),
    'azure/timeout/raise': t(`Raise \`timeout-seconds\`[ (now {timeoutSeconds})] if the network is slow, and check Azure's status page: ${AZURE_LINKS.status}`),
    'azure/timeout/proxy': t('Check that the proxy in HTTPS_PROXY forwards to the resource host.'),
    'azure/network-error/private-endpoint': t(`Run the job where the resource's networking lets it in: a self-hosted runner inside the virtual network, whose DNS resolves {host} to the private endpoint's address: ${AZURE_LINKS.privateEndpointDns}`, { host: 'the resource' }),
    'azure/network-error/firewall': t(`Or allow the runner's outbound IP address under the resource's Networking → Firewalls and virtual networks (GitHub-hosted runners change address; larger runners can have static ones): ${AZURE_LINKS.networking}`),
    'azure/network-error/dns': t(`Check the resource name in \`base-url\` ({host}): copy the Endpoint from the resource's Keys and Endpoint page: ${AZURE_LINKS.keysDoc}`, {
        host: 'the resource'
    }),
    'azure/bad-base-url/suggested': t('Set `base-url` to {suggestedBaseUrl}, the resource endpoint (with or without /openai/v1).'),
    'azure/bad-base-url/endpoint': t(`Set \`base-url\` to the resource endpoint from the Keys and Endpoint page (https://NAME.openai.azure.com, with or without /openai/v1): ${AZURE_LINKS.keysDoc}`),
    'azure/bad-base-url/api-version': t(`Leave \`api-version\` empty for Azure's v1 API, or set a version that is still supported: ${AZURE_LINKS.apiLifecycle}`),
    'azure/model-not-found/deployment-name': t(`List the deployment name, not the model name: Azure AI Foundry → Deployments shows the names this resource serves (a deployment created in the last few minutes may not answer yet): ${AZURE_LINKS.deployments}`),
    'azure/model-not-found/deploy': t(`To create one, deploy the model under that name: ${AZURE_LINKS.deploymentsDoc}`),
    'azure/model-no-access/api-version': t(`Set \`api-version\` to {minimumApiVersion} or later, or leave it empty to use Azure's v1 API: ${AZURE_LINKS.apiLifecycle}`),
    'azure/model-no-access/deployment': t(`Check {models} in Azure AI Foundry → Deployments (its model, version and state) and the identity's role on the resource: ${AZURE_LINKS.deployments}`, DEPLOYMENT),
    'azure/model-no-access/operations': t(`Which operations each model supports: ${AZURE_LINKS.operations}`),
    'azure/model-retired/move': t(`Move {models} to a current model version (Azure AI Foundry → Deployments → {modelNames} → Edit): ${AZURE_LINKS.retirements}`, DEPLOYMENT),
    // A deployment that answered, serving a model version Azure's retirement table (providers/azure/retirements.ts) retires.
    'azure/model-deprecated/move': t(`Move {models} off {servedModel} before {shutdownDate}[ to {replacement}, Azure's named replacement] (Azure AI Foundry → Deployments → {modelNames} → Edit, or a new deployment of a current model): ${AZURE_LINKS.retirementSchedule}`, { ...DEPLOYMENT, servedModel: 'the model version it serves', shutdownDate: 'its retirement date' }),
    'azure/model-deprecated/date-passed': t(`Move {models} off {servedModel} now[ to {replacement}, Azure's named replacement]: its retirement date {shutdownDate} has passed and Azure retires it region by region (Azure AI Foundry → Deployments → {modelNames} → Edit): ${AZURE_LINKS.retirementSchedule}`, { ...DEPLOYMENT, servedModel: 'the model version it serves', shutdownDate: 'in the table' }),
    'azure/model-deprecated/upgrade-policy': t(`Check the version upgrade policy of {models}: with "No autoupgrade" it stops answering at retirement, with "Upgrade when expired" Azure moves it to the default version then, when the model has a newer one: ${AZURE_LINKS.upgradePolicy}`, DEPLOYMENT),
    'azure/account/resource': t(`Check the resource and its Azure subscription in the portal (state, subscription status): ${AZURE_LINKS.resources}`),
    'azure/unexpected-response/support': t(`Check Azure's status page and retry; if it persists, open a support request in the Azure portal with the apim-request-id: ${AZURE_LINKS.support}`),
    'azure/unexpected-response/refused': t("Azure refused the request ({httpStatus}) without saying the key is invalid: check that the key and `base-url` belong to one resource, the resource's networking settings, and for Entra ID tokens the identity's role on the resource."),
    // --- What a status page said, in place of "check the status page" (src/status/attach.ts)
    'status/unread': t('{page} {error}; look at {url} yourself.'),
    'status/incident': t('{page} reports an ongoing incident, “{name}”[ ({facts})][ and {more}]: retry once it is resolved: {url}'),
    'status/incident-unlinked': t('{page} reports an ongoing incident, “{name}”[ ({facts})][ and {more}]: retry once it is resolved ({url})'),
    'status/incident-elsewhere': t('{page} reports no ongoing incident for the API, only for {groups} (“{name}”[ and {more}]): the cause is more likely the runner, its network or proxy, or the request than the provider.'),
    'status/no-incident': t('{page} reports no ongoing incident[ ({description})]: the cause is more likely the runner, its network or proxy, or the request than the provider.'),
    // --- Warnings: problems that do not stop the check (report `warnings`)
    'warning/key-trimmed': t('The `api-key` value had {what} around it, which was removed before use. Save the secret again without it, so that other tools that read it work too.'),
    'warning/key-prefix': t('The key does not start with "sk-", as OpenAI API keys do; check that the secret holds an OpenAI key.'),
    'warning/azure-org-project': t('The `organization` and `project` inputs are OpenAI headers and were not sent to Azure OpenAI: remove them from this step.'),
    'warning/organization-name': t('The `organization` input does not start with "org-": use the organization id from Settings → Organization → General, not its name.'),
    'warning/project-name': t('The `project` input does not start with "proj_": use the project id from Settings → Projects, not its name.'),
    'warning/models-from-file-limit': t('`models-from` matched more files than it reads ({read} of them were read, in path order): narrow the globs to the files that name models.'),
    'warning/models-from-time-limit': t('`models-from` stopped[ after {seconds} s (half of `timeout-seconds`)] having read {read}: the files not read were not searched; narrow the globs, or raise `timeout-seconds`.'),
    'warning/models-from-cap': t('`models-from` found {found} not listed in `models`; a scan adds at most {max} (each is a request with the key), so only the first {max} (in path order) are checked: list the ids you use in `models`, or narrow `models-from` to the files that use them.'),
    'azure/warning/openai-key-gateway': t('{message} Check that the gateway at `base-url` expects it.'),
    'azure/warning/token-expired': t(`The Microsoft Entra ID token expired at {expiredAt}: get it in the same job, right before this step (tokens last about an hour): ${AZURE_LINKS.entraId}`),
    'azure/warning/token-audience': t(`The Microsoft Entra ID token is for the audience {audience}; Azure OpenAI takes tokens for https://cognitiveservices.azure.com (\`az account get-access-token --resource https://cognitiveservices.azure.com\`): ${AZURE_LINKS.entraId}`),
    'azure/warning/key-shape': t('The key is neither a 32-character Azure key, nor the newer 84-character form, nor a Microsoft Entra ID token; check that the secret holds KEY 1 or KEY 2 from the resource’s Keys and Endpoint page.'),
    // --- The tracking issue could not be kept (src/github/tracking-issue.ts): after "openai-access-check could not …: …."
    'github/rate-limit': t('The GitHub API rate limit was hit; the next run will try again.'),
    'github/permission': t('The `github-token` may not write issues in this repository. Add `permissions: issues: write` to the workflow job (a job-level `permissions:` block replaces the defaults, so also list what else the job needs, e.g. `contents: read`); pull requests from forks always get a read-only token.'),
    'github/token-rejected': t('The `github-token` input was rejected: leave it at its default `${{ github.token }}` or pass a valid token with issues write access.'),
    'github/issues-disabled': t('Issues are disabled in this repository: enable them (Settings → General → Features → Issues) or set `issue-on-failure: false`.'),
    'github/next-run': t('The check itself is reported as usual; the tracking issue will be synced on the next run.')
};
const PART = /\[([^[\]]*)\]|\{([A-Za-z]+)\}/g;
const SLOT = /\{([A-Za-z]+)\}/g;
function remedy_table_valueOf(remedy, name) {
    if (name === 'models')
        return (remedy.models ?? []).map((m) => `\`${m}\``).join(', ');
    if (name === 'modelNames')
        return (remedy.models ?? []).join(', ');
    const value = remedy.slots?.[name];
    return value === null || value === undefined ? '' : String(value);
}
/**
 * The sentence a remedy stands for. A slot without a value and without a default stays `{name}` (a test
 * renders every remedy of every recorded answer and fails on one), rather than stopping a run over a hint.
 */
function renderRemedy(remedy) {
    const template = REMEDIES[remedy.id];
    const fill = (name) => remedy_table_valueOf(remedy, name) || template.defaults?.[name] || null;
    return template.text.replace(PART, (whole, optional, slot) => {
        if (slot !== undefined)
            return fill(slot) ?? whole;
        // An optional part: shown only when each slot in it has a value of its own.
        const names = [...optional.matchAll(SLOT)].map((m) => m[1]);
        if (names.some((name) => !remedy_table_valueOf(remedy, name)))
            return '';
        return optional.replace(SLOT, (_w, name) => remedy_table_valueOf(remedy, name));
    });
}
/** Ids as code, comma-separated: `a`, `b`. */
const codeList = (items) => items.map((s) => `\`${s}\``).join(', ');
/** A diagnosis's remedies and the hints they render to, to spread into it: `{ ...d, ...withRemedies([...]) }`. */
function withRemedies(remedies) {
    return { remedies, hints: remedies.map(renderRemedy) };
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4715);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4715:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return __awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function core_warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
// EXTERNAL MODULE: ./src/diagnosis/remedy-table.ts + 1 modules
var remedy_table = __nccwpck_require__(3046);
// EXTERNAL MODULE: ./src/providers/azure/key.ts
var azure_key = __nccwpck_require__(7561);
;// CONCATENATED MODULE: ./src/diagnosis/key-prefix.ts
/** The published prefixes of OpenAI keys: the part of a key that is no secret (shown in fingerprints, kept by redaction). Pure. */
const KNOWN_PREFIXES = ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-None-', 'sk-'];
function keyPrefix(key) {
    return KNOWN_PREFIXES.find((p) => key.startsWith(p)) ?? '';
}

;// CONCATENATED MODULE: ./src/checks/key-hygiene.ts




/** Keys of other services, recognised by their published prefixes. */
const OTHER_PROVIDERS = [
    { pattern: /^sk-ant-/, name: 'an Anthropic API key' },
    { pattern: /^sk-or-/, name: 'an OpenRouter API key' },
    { pattern: /^AIza[0-9A-Za-z_-]{20,}$/, name: 'a Google API key' },
    { pattern: /^gsk_/, name: 'a Groq API key' },
    { pattern: /^xai-/, name: 'an xAI API key' },
    { pattern: /^hf_/, name: 'a Hugging Face token' },
    { pattern: /^r8_/, name: 'a Replicate token' },
    { pattern: /^pplx-/, name: 'a Perplexity API key' },
    { pattern: /^(ghp|gho|ghu|ghs|ghr)_|^github_pat_/, name: 'a GitHub token' },
    { pattern: /^[0-9a-f]{32}$/, name: 'an Azure OpenAI key (32 hexadecimal characters)' },
    { pattern: azure_key/* AZURE_KEY_LONG */.nG, name: 'an Azure OpenAI key (84 characters)' }
];
/** `sk-proj-…a1B2`. Only printable ASCII is shown; a key too short for four characters to reveal little gets none. */
function fingerprint(key) {
    const prefix = keyPrefix(key);
    if (!/^[\x21-\x7e]+$/.test(key) || key.length - prefix.length < 16)
        return null;
    return `${prefix}…${key.slice(-4)}`;
}
function fail(message, ...remedies) {
    return { category: 'malformed-key', message, ...(0,remedy_table/* withRemedies */.Nq)(remedies), requestId: null };
}
function describeChar(ch) {
    const cp = ch.codePointAt(0) ?? 0;
    const names = {
        0x2026: 'an ellipsis (…), as in a shortened key copied from a page',
        0x200b: 'a zero-width space',
        0xfeff: 'a byte-order mark',
        0x00a0: 'a non-breaking space',
        0x201c: 'a curly quote (“)',
        0x201d: 'a curly quote (”)',
        0x2018: 'a curly quote (‘)',
        0x2019: 'a curly quote (’)',
        0x2013: 'an en dash (–)',
        0x2014: 'an em dash (—)'
    };
    const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    return names[cp] ? `${names[cp]} (${hex})` : `the character ${hex}`;
}
/** The forms of a raw key value worth masking at once: the value, trimmed, and each of its lines. */
function secretFormsOf(raw) {
    const forms = new Set();
    for (const value of [raw, raw.trim(), ...raw.split(/\r?\n/).map((line) => line.trim())]) {
        if (value.trim().length >= 4)
            forms.add(value);
    }
    return [...forms];
}
const problem = (shown, message, ...remedies) => ({ fatal: fail(message, ...remedies), shown });
/** Wrappers people paste by accident: quotes, "Bearer ", `NAME=` (.env lines), placeholders. Unwrapped only to fingerprint and mask. */
const wrapped = (key) => {
    const quoted = /^(["'`])(.*)\1$/s.exec(key);
    if (quoted) {
        const inner = quoted[2].trim();
        const found = problem(inner, 'The key is wrapped in quotes, which are sent as part of the key.', {
            id: 'malformed-key/quotes',
            slots: { quote: quoted[1] }
        });
        return { ...found, unwrapped: inner };
    }
    const bearer = /^bearer\s+(.*)$/is.exec(key);
    if (bearer) {
        const inner = bearer[1].trim();
        return { ...problem(inner, 'The key starts with "Bearer ", which the request adds itself.', { id: 'malformed-key/bearer' }), unwrapped: inner };
    }
    const assignment = /^(?:export\s+)?([A-Z][A-Z0-9_]*)\s*=\s*(.*)$/s.exec(key);
    if (assignment) {
        const value = assignment[2].trim().replace(/^(["'])(.*)\1$/s, '$2');
        const found = problem(value, `The key starts with "${assignment[1]}=", as in a .env line.`, {
            id: 'malformed-key/assignment',
            slots: { name: assignment[1] }
        });
        return { ...found, unwrapped: value };
    }
    if (/^\$\{\{.*\}\}$/s.test(key) || /^\$[A-Z_]+$/.test(key) || /^<.*>$/.test(key)) {
        return problem('', 'The key is a placeholder or an unexpanded expression, not a key.', { id: 'malformed-key/placeholder' });
    }
    return null;
};
/** A space or line break inside the key: two values, or a key broken across lines. */
const whitespaceInside = (key) => {
    const inner = /\s/.exec(key);
    if (!inner)
        return null;
    const kind = /[\r\n]/.test(inner[0]) ? 'a line break' : 'a space';
    return problem(key.split(/\s/)[0], `The key contains ${kind} inside it, so it cannot be a single key.`, { id: 'malformed-key/split' });
};
/** A character no key has: an ellipsis, a zero-width space, a curly quote … */
const nonAscii = (key, options) => {
    const found = /[^\x21-\x7e]/u.exec(key);
    if (!found)
        return null;
    const id = options.provider === 'azure' ? 'azure/malformed-key/non-ascii' : 'malformed-key/non-ascii';
    return problem('', `The key contains ${describeChar(found[0])}, which never occurs in an API key.`, { id });
};
/** A shortened copy from a page or a log. */
const shortened = (key, options) => {
    if (!/\*{3,}|\.\.\./.test(key))
        return null;
    const id = options.provider === 'azure' ? 'azure/malformed-key/shortened' : 'malformed-key/shortened';
    return problem(key, 'The key contains "***" or "...", as in a shortened key copied from a page or a log.', { id });
};
/** For an Azure resource: Azure keys (32 hex or the 84-character form) and Entra ID tokens are the expected shapes. Decides alone. */
const azureShape = (key, options) => {
    if (options.provider !== 'azure')
        return null;
    const other = OTHER_PROVIDERS.find((p) => p.pattern.test(key) && !p.name.startsWith('an Azure'))?.name ?? null;
    const findings = (0,azure_key/* inspectAzureKey */.lw)(key, { azureHost: options.azureHost ?? false, now: options.now, otherProvider: other });
    return { fatal: findings.fatal ? fail(findings.fatal.message, ...findings.fatal.remedies) : null, shown: key, warnings: findings.warnings };
};
/** For OpenAI: an admin key, another service's key, a key too short; a key without "sk-" only warns. */
const openaiShape = (key, options) => {
    if (key.startsWith('sk-admin-')) {
        return problem(key, 'This is an admin key, which manages the organization but cannot call models.', { id: 'malformed-key/admin-key' });
    }
    if (!options.officialApi)
        return null;
    const other = OTHER_PROVIDERS.find((p) => p.pattern.test(key));
    if (other)
        return problem(key, `This looks like ${other.name}, not an OpenAI API key.`, { id: 'malformed-key/other-provider' });
    if (key.length < 20)
        return problem(key, `The key is only ${key.length} characters long; OpenAI keys are much longer.`, { id: 'malformed-key/too-short' });
    if (!key.startsWith('sk-'))
        return { fatal: null, shown: key, warnings: [(0,remedy_table/* renderRemedy */.XL)({ id: 'warning/key-prefix' })] };
    return null;
};
/** In order: the first family that finds something decides. */
const CHECKS = [wrapped, whitespaceInside, nonAscii, shortened, azureShape, openaiShape];
function inspectKey(raw, options) {
    const secretForms = new Set(secretFormsOf(raw));
    const remember = (value) => {
        if (value !== undefined && value.trim().length >= 4)
            secretForms.add(value);
    };
    const key = raw.trim();
    remember(key);
    if (key === '')
        return { key: '', fingerprint: null, fatal: null, warnings: [], secretForms: [...secretForms] };
    const warnings = [];
    if (key !== raw)
        warnings.push((0,remedy_table/* renderRemedy */.XL)({ id: 'warning/key-trimmed', slots: { what: /[\r\n]/.test(raw) ? 'a line break' : 'spaces' } }));
    const finding = CHECKS.reduce((found, check) => found ?? check(key, options), null);
    remember(finding?.unwrapped);
    warnings.push(...(finding?.warnings ?? []));
    return { key, fingerprint: fingerprint(finding?.shown ?? key), fatal: finding?.fatal ?? null, warnings, secretForms: [...secretForms] };
}

// EXTERNAL MODULE: ./src/api/official-api.ts
var official_api = __nccwpck_require__(1474);
// EXTERNAL MODULE: ./src/providers/select.ts
var providers_select = __nccwpck_require__(3408);
;// CONCATENATED MODULE: ./src/diagnosis/redact.ts
/**
 * Removes the key from any text before it is shown: the whole key and every 8-character piece of it after
 * its prefix, wherever it appears (a server may echo the key back in its error message). Pure.
 *
 * A server may also echo it in disguise, so the pieces are matched ignoring case, across whitespace (a key
 * wrapped over lines), through percent-encoding (`%73%6B…`), and in base64 (an echoed Basic header), at each
 * of the three byte alignments. Wrappers around a pasted key (`OPENAI_API_KEY=`, `Bearer `, quotes) are not
 * secret, so the help that names them stays readable.
 */

const PIECE = 8;
/** The key inside what was pasted: without `NAME=`, `export NAME=`, `Bearer ` or surrounding quotes. */
function secretCore(form) {
    let core = form.trim();
    for (let previous = ''; previous !== core;) {
        previous = core;
        core = core
            .replace(/^(?:export\s+)?[A-Z][A-Z0-9_]*\s*=\s*/, '')
            .replace(/^bearer\s+/i, '')
            .replace(/^(["'`])(.*)\1$/s, '$2')
            .trim();
    }
    return core;
}
/** Base64 (standard and URL-safe) of the key at each byte alignment, cut to the characters that encode only its secret part. */
function base64Forms(core, prefixLength) {
    const forms = [];
    for (let pad = 0; pad < 3; pad++) {
        const total = pad + Buffer.byteLength(core);
        const encoded = Buffer.from(`${'\0'.repeat(pad)}${core}`).toString('base64');
        const secret = encoded.slice(Math.ceil(((pad + prefixLength) * 4) / 3), Math.floor((total * 8) / 6));
        forms.push(secret, secret.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return forms;
}
/**
 * The text as the pieces are matched: lower-cased, without whitespace, %XX decoded; with where each
 * character came from, and whether whitespace was skipped just before it.
 */
function normalise(text) {
    const from = new Int32Array(text.length);
    const to = new Int32Array(text.length);
    const gapBefore = new Uint8Array(text.length);
    let norm = '';
    let k = 0;
    let gap = false;
    for (let i = 0; i < text.length;) {
        const ch = text[i];
        if (/\s/.test(ch)) {
            gap = k > 0;
            i++;
            continue;
        }
        let decoded = ch;
        let width = 1;
        if (ch === '%' && i + 2 < text.length && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
            decoded = String.fromCharCode(parseInt(text.slice(i + 1, i + 3), 16));
            width = 3;
        }
        norm += decoded.toLowerCase();
        from[k] = i;
        to[k] = i + width;
        gapBefore[k] = gap ? 1 : 0;
        gap = false;
        k++;
        i += width;
    }
    return { norm, from: from.subarray(0, k), to: to.subarray(0, k), gapBefore: gapBefore.subarray(0, k) };
}
/**
 * A window that spans whitespace counts only if it has at least two characters on each outer side of it:
 * otherwise the word after a key ("…Ua after") would continue a piece by one letter, and lose it.
 */
function plausiblyWrapped(gapBefore, start, length) {
    let first = -1;
    let last = -1;
    for (let j = start + 1; j < start + length; j++) {
        if (gapBefore[j]) {
            if (first < 0)
                first = j;
            last = j;
        }
    }
    return first < 0 || (first - start >= 2 && start + length - last >= 2);
}
function makeRedactor(secretForms) {
    const pieces = new Set();
    const addPieces = (body) => {
        for (let i = 0; i + PIECE <= body.length; i++)
            pieces.add(body.slice(i, i + PIECE).toLowerCase());
    };
    for (const raw of secretForms) {
        const form = secretCore(raw);
        const prefix = keyPrefix(form);
        const body = form.slice(prefix.length);
        if (body.length < PIECE) {
            // Too short to cut in pieces: hide it whole (a 3-character "key" is no secret to protect).
            if (form.length >= 4)
                pieces.add(form.toLowerCase());
            continue;
        }
        addPieces(body);
        for (const encoded of base64Forms(form, prefix.length))
            addPieces(encoded);
    }
    if (pieces.size === 0)
        return (text) => text;
    const lengths = [...new Set([...pieces].map((p) => p.length))].sort((a, b) => b - a);
    const shortest = Math.min(...lengths);
    return (text) => {
        if (text.length < shortest)
            return text;
        const { norm, from, to, gapBefore } = normalise(text);
        const hidden = new Uint8Array(text.length);
        let any = false;
        for (let k = 0; k < norm.length; k++) {
            for (const len of lengths) {
                if (k + len <= norm.length && pieces.has(norm.slice(k, k + len)) && plausiblyWrapped(gapBefore, k, len)) {
                    hidden.fill(1, from[k], to[k + len - 1]);
                    any = true;
                    break;
                }
            }
        }
        if (!any)
            return text;
        let out = '';
        for (let i = 0; i < text.length; i++) {
            if (hidden[i]) {
                if (i === 0 || !hidden[i - 1])
                    out += '[redacted]';
            }
            else
                out += text[i];
        }
        return out;
    };
}
/** Applies the redactor to every string in a plain-data value. */
function redactDeep(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => redactDeep(v, redact));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, redact)]));
    }
    return value;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/github/event-context.ts
/**
 * What the workflow run is: event, actor, fork pull request or Dependabot — read from the runner's
 * environment and event payload. Pure given env and a file reader.
 */


function readRunContext(env, readFile = (p) => (0,external_node_fs_.readFileSync)(p, 'utf8')) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const actor = env.GITHUB_ACTOR ?? '';
    const repository = env.GITHUB_REPOSITORY || null;
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const runUrl = repository && env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : null;
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            const parsed = JSON.parse(readFile(env.GITHUB_EVENT_PATH));
            // The file is outside input: `null`, an array or a string is no payload (and must not fail the run).
            payload = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : {};
        }
        catch {
            payload = {};
        }
    }
    const pr = (objectOr(payload.pull_request) ?? undefined);
    const head = pr?.head?.repo?.full_name ?? null;
    const baseRepo = pr?.base?.repo?.full_name ?? repository;
    const forkPullRequest = (eventName === 'pull_request' || eventName === 'pull_request_review' || eventName === 'pull_request_review_comment') &&
        !!pr &&
        (pr.head?.repo?.fork === true || (head !== null && baseRepo !== null && head !== baseRepo) || pr.head?.repo === null);
    const dependabot = actor === 'dependabot[bot]' || objectOr(payload.sender)?.login === 'dependabot[bot]';
    return { eventName, actor, repository, runUrl, forkPullRequest, dependabot, headRepository: forkPullRequest ? head : null };
}
function objectOr(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
}
/** Why the key is empty in this run, and what to do: the hint for `missing-key`. */
/** `secretName`: the secret the hints suggest (AZURE_OPENAI_API_KEY for an Azure resource). */
/** `skipped`: `if-key-missing` already skips the check (warn/ignore), so the hints do not ask to set it. */
function explainMissingKey(ctx, secretName = 'OPENAI_API_KEY', skipped = false) {
    if (ctx.forkPullRequest) {
        return {
            message: `The \`api-key\` input is empty: this is a pull request from a fork${ctx.headRepository ? ` (${ctx.headRepository})` : ''}, and GitHub does not pass secrets to workflows run from forks.`,
            ...(0,remedy_table/* withRemedies */.Nq)([{ id: skipped ? 'missing-key/fork-skipped' : 'missing-key/fork' }])
        };
    }
    if (ctx.dependabot) {
        return {
            message: 'The `api-key` input is empty: this run was triggered by Dependabot, which reads Dependabot secrets, not Actions secrets.',
            ...(0,remedy_table/* withRemedies */.Nq)([{ id: skipped ? 'missing-key/dependabot-skipped' : 'missing-key/dependabot', slots: { secretName } }])
        };
    }
    return {
        message: 'The `api-key` input is empty: the secret it refers to is not set, is empty, or is named differently.',
        ...(0,remedy_table/* withRemedies */.Nq)([{ id: 'missing-key/unset', slots: { secretName } }])
    };
}

// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __nccwpck_require__(7789);
// EXTERNAL MODULE: ./src/report.ts
var src_report = __nccwpck_require__(665);
// EXTERNAL MODULE: ./src/diagnosis/remedies.ts
var remedies = __nccwpck_require__(1625);
// EXTERNAL MODULE: ./src/render/problems.ts
var problems = __nccwpck_require__(5394);
// EXTERNAL MODULE: ./src/status/render.ts
var render = __nccwpck_require__(5864);
;// CONCATENATED MODULE: ./src/render/log.ts
/** Plain-text renderings: the log lines, the annotations and the failure message. Pure. */





const MARK = { pass: '✓', warn: '!', fail: '✗', skip: '-' };
function renderLog(report) {
    const lines = [(0,render_escape/* logSafe */.s)(`${(0,src_report/* serviceName */.fe)(report)} access check: key ${report.key.fingerprint ?? '(none)'} → ${report.baseUrl} (probe: ${report.probe})`)];
    if (report.skipped)
        return [...lines, '- skipped: the api-key input is empty'];
    const width = Math.min(40, Math.max(14, ...report.models.map((m) => m.id.length)));
    const row = (mark, name, text, latency) => (0,render_escape/* logSafe */.s)(`${mark} ${name.padEnd(width)} ${text}${latency !== null && latency !== undefined ? ` (${latency} ms)` : ''}`);
    const a = report.auth;
    lines.push(row(MARK[a.status], 'authentication', a.category === 'ok' || a.category === 'not-checked' ? a.message : `${a.category}: ${a.message}`, a.latencyMs));
    for (const hint of a.status === 'fail' ? a.hints : [])
        lines.push((0,render_escape/* logSafe */.s)(`    → ${hint}`));
    for (const m of report.models) {
        lines.push(row(MARK[m.status], m.id, m.category === 'ok' || m.category === 'not-checked' ? m.message : `${m.category}: ${m.message}`, m.latencyMs));
        if (m.status === 'fail' || m.status === 'warn')
            for (const hint of m.hints)
                lines.push((0,render_escape/* logSafe */.s)(`    → ${hint}`));
    }
    if (report.status)
        lines.push(...(0,render/* renderStatusLog */.z)(report.status));
    if (report.requests !== undefined)
        lines.push(`${report.requests} request${report.requests === 1 ? '' : 's'} in ${((report.durationMs ?? 0) / 1000).toFixed(2)} s`);
    return lines;
}
/** The most annotations a step gets shown by GitHub, per level (the rest are counted, not shown). */
const ANNOTATIONS_SHOWN = 10;
/**
 * One annotation per problem (grouped by cause, most important first, as groupProblems orders them); a problem found by
 * `models-from` gets one annotation per place instead, and no extra copy without a place.
 */
function renderAnnotations(report) {
    const annotations = [];
    for (const p of (0,problems/* groupProblems */.U)(report)) {
        const level = p.level === 'fail' ? 'error' : 'warning';
        const message = (0,render_escape/* logSafe */.s)([p.message, ...p.hints.slice(0, 1)].join(' — '));
        const located = new Set(p.locations.map((at) => at.id));
        const unlocated = p.subjects.filter((s) => !located.has(s));
        if (unlocated.length)
            annotations.push({ level, title: (0,render_escape/* logSafe */.s)(`${p.title}: ${unlocated.join(', ')}`).slice(0, 200), message });
        for (const at of p.locations.slice(0, 50)) {
            annotations.push({ level, title: (0,render_escape/* logSafe */.s)(`${p.title}: ${at.id}`).slice(0, 200), message, file: at.file, line: at.line });
        }
    }
    return annotations;
}
/**
 * The order the runner is given them in: GitHub keeps the first ANNOTATIONS_SHOWN of each level, so the first place of every
 * problem comes before the further places of any, keeping the problems' own order (authentication, then failures by weight).
 */
function orderForRunner(annotations) {
    const firsts = [];
    const rest = [];
    const seen = new Set();
    for (const a of annotations) {
        const problem = `${a.level} ${a.message}`;
        if (seen.has(problem))
            rest.push(a);
        else {
            seen.add(problem);
            firsts.push(a);
        }
    }
    return [...firsts, ...rest];
}
/** The message of a failed step: each failing check with its first hint. */
function renderFailureMessage(report) {
    const lines = [`${(0,src_report/* serviceName */.fe)(report)} access check failed:`];
    for (const p of (0,problems/* groupProblems */.U)(report).filter((g) => g.level === 'fail')) {
        const where = p.locations.length
            ? ` (in ${p.locations
                .slice(0, 3)
                .map((l) => `${l.file}:${l.line}`)
                .join(', ')}${p.locations.length > 3 ? ', …' : ''})`
            : '';
        lines.push((0,render_escape/* logSafe */.s)(`- ${p.subjects.join(', ')}${where}: ${remedies/* TITLES */.eX[p.category]} (${p.category}). ${p.hints[0] ?? p.message}`));
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/render/outputs.ts
/** The step outputs (docs/DESIGN.md): names and values. Pure. */

/** GitHub refuses a step output over 1 MB: the report drops detail before it would. */
const REPORT_OUTPUT_LIMIT = 900 * 1024;
const clipText = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
/** A model that needs attention, shortened: the first places it was found, the first hints, short texts. */
const outputs_shortened = (m) => ({
    ...m,
    message: clipText(m.message, 500),
    hints: m.hints.slice(0, 2).map((h) => clipText(h, 500)),
    suggestions: m.suggestions.slice(0, 3).map((s) => clipText(s, 200)),
    ...(m.foundIn ? { foundIn: m.foundIn.slice(0, 10) } : {}),
    ...(m.probe ? { probe: { endpoint: m.probe.endpoint, ...(m.probe.skippedBecause ? { skippedBecause: m.probe.skippedBecause } : {}) } } : {})
});
/** The least a model can say: its id, status and category, and one short line. */
const minimal = (m) => ({
    ...outputs_shortened(m),
    message: clipText(m.message, 160),
    hints: [],
    suggestions: [],
    ...(m.foundIn ? { foundIn: m.foundIn.slice(0, 1) } : {}),
    probe: m.probe ? { endpoint: m.probe.endpoint } : null
});
/**
 * The report as its JSON contract has it (docs/DESIGN.md): each diagnosis's `remedies` (the data behind `hints`, for
 * the renderers in this process) left out, so the output says each hint once and stays within the limit as before.
 */
function contractReport(report) {
    const plain = (d) => {
        if (!('remedies' in d))
            return d;
        const { remedies: _data, ...rest } = d;
        return rest;
    };
    return { ...report, auth: plain(report.auth), models: report.models.map(plain) };
}
const fits = (json) => Buffer.byteLength(json) <= REPORT_OUTPUT_LIMIT;
/**
 * The report as one line of JSON, within REPORT_OUTPUT_LIMIT. Detail goes first (passing models', then that
 * of the others, then report-level warnings beyond the first few), then models: passing ones before those
 * that need attention. Never every model: a single huge one is shortened, not dropped with the rest.
 */
function reportJson(whole) {
    const report = contractReport(whole);
    const full = JSON.stringify(report);
    if (fits(full))
        return full;
    const brief = (m) => m.status === 'pass' ? { ...m, message: '', hints: [], probe: m.probe ? { endpoint: m.probe.endpoint } : null, foundIn: m.foundIn?.slice(0, 1) } : m;
    const compact = JSON.stringify({ ...report, models: report.models.map(brief), truncated: { passingDetail: true, omittedModels: 0 } });
    if (fits(compact))
        return compact;
    // Detail of the models that need attention, and of the report itself, is shortened too.
    const frame = {
        ...report,
        auth: { ...report.auth, message: clipText(report.auth.message, 1000), hints: report.auth.hints.slice(0, 3).map((h) => clipText(h, 500)) },
        ...(report.warnings ? { warnings: report.warnings.slice(0, 10).map((w) => clipText(w, 500)) } : {}),
        ...(report.notes ? { notes: report.notes.slice(0, 10).map((n) => clipText(n, 500)) } : {}),
        models: []
    };
    const detail = { passingDetail: true, omittedModels: 0, detail: true };
    for (const shape of [(m) => (m.status === 'pass' ? brief(m) : outputs_shortened(m)), minimal]) {
        const json = JSON.stringify({ ...frame, models: report.models.map(shape), truncated: detail });
        if (fits(json))
            return json;
    }
    // Still too large: as many models as fit, those that need attention first, in their order; say how many are left out.
    const order = [...report.models.filter((m) => m.status !== 'pass'), ...report.models.filter((m) => m.status === 'pass')];
    const keep = new Set();
    let size = Buffer.byteLength(JSON.stringify({ ...frame, truncated: { ...detail, omittedModels: report.models.length } }));
    for (const m of order) {
        const bytes = Buffer.byteLength(JSON.stringify(minimal(m))) + 1;
        if (size + bytes > REPORT_OUTPUT_LIMIT)
            break;
        keep.add(m);
        size += bytes;
    }
    const kept = report.models.filter((m) => keep.has(m)).map(minimal);
    return JSON.stringify({ ...frame, models: kept, truncated: { ...detail, omittedModels: report.models.length - kept.length } });
}
function renderOutputs(report) {
    return {
        ok: String(report.ok),
        authenticated: String(report.auth.status === 'pass' || report.auth.status === 'warn'),
        'accessible-models': (0,src_report/* passingModels */.we)(report).join(','),
        'inaccessible-models': (0,src_report/* failingModels */.Bi)(report).join(','),
        skipped: String(report.skipped ?? false),
        report: reportJson(report)
    };
}

// EXTERNAL MODULE: ./src/render/summary.ts
var render_summary = __nccwpck_require__(1692);
;// CONCATENATED MODULE: ./src/api/deadline.ts
/** One deadline for the whole run: every request and every retry wait is bounded by it. */
class Deadline {
    now;
    signal;
    endsAt;
    controller = new AbortController();
    timer;
    constructor(ms, now = Date.now) {
        this.now = now;
        this.endsAt = now() + ms;
        this.timer = setTimeout(() => this.controller.abort(new Error('deadline')), ms);
        this.timer.unref();
        this.signal = this.controller.signal;
    }
    remaining() {
        return Math.max(0, this.endsAt - this.now());
    }
    get expired() {
        return this.signal.aborted || this.remaining() <= 0;
    }
    dispose() {
        clearTimeout(this.timer);
    }
    /** Waits `ms` unless the deadline comes first; resolves false when it did. */
    sleep(ms) {
        if (ms >= this.remaining())
            return Promise.resolve(false);
        return new Promise((resolve) => {
            const onAbort = () => {
                clearTimeout(t);
                resolve(false);
            };
            const t = setTimeout(() => {
                this.signal.removeEventListener('abort', onAbort);
                resolve(true);
            }, ms);
            this.signal.addEventListener('abort', onAbort, { once: true });
        });
    }
}

// EXTERNAL MODULE: ./src/scan/globs.ts
var globs = __nccwpck_require__(3898);
// EXTERNAL MODULE: ./src/thousands.ts
var thousands = __nccwpck_require__(5580);
;// CONCATENATED MODULE: ./src/scan/to-models.ts
/**
 * What a `models-from` scan adds to a run: the ids to check (at most {@link MAX_SCANNED_MODELS} beyond
 * those listed, since each costs a request), where each was found, a note and warnings. Pure.
 */



/** Most ids a scan adds to `models`: each is a request with the key. */
const MAX_SCANNED_MODELS = 50;
const plural = (n, word) => `${(0,thousands/* thousands */.o)(n)} ${word}${n === 1 ? '' : 's'}`;
function firstPlace(a, b) {
    const x = a.places[0];
    const y = b.places[0];
    if (!x || !y)
        return 0;
    return (0,globs/* comparePaths */.cD)(x.file, y.file) || x.line - y.line || x.column - y.column;
}
function scanFindings(scan, listed, timeLimitMs) {
    const foundIn = new Map();
    for (const [id, found] of scan.byModel)
        foundIn.set(id, { places: found.places.map((m) => ({ file: m.file, line: m.line })), count: found.count });
    const unlisted = [...scan.byModel.entries()].filter(([id]) => !listed.has(id)).sort(([, a], [, b]) => firstPlace(a, b));
    const added = unlisted.slice(0, MAX_SCANNED_MODELS).map(([id]) => id);
    const warnings = [];
    if (scan.truncated) {
        warnings.push((0,remedy_table/* renderRemedy */.XL)({ id: 'warning/models-from-file-limit', slots: { read: scan.filesScanned + scan.filesSkipped } }));
    }
    if (scan.timedOut) {
        const seconds = timeLimitMs === undefined ? null : (timeLimitMs / 1000).toFixed(1);
        warnings.push((0,remedy_table/* renderRemedy */.XL)({ id: 'warning/models-from-time-limit', slots: { seconds, read: plural(scan.filesScanned + scan.filesSkipped, 'file') } }));
    }
    if (unlisted.length > MAX_SCANNED_MODELS) {
        warnings.push((0,remedy_table/* renderRemedy */.XL)({ id: 'warning/models-from-cap', slots: { found: plural(unlisted.length, 'model id'), max: MAX_SCANNED_MODELS } }));
    }
    const note = `\`models-from\` scanned ${plural(scan.filesScanned, 'file')}` +
        (scan.filesSkipped ? ` (${scan.filesSkipped} skipped: binary or too large)` : '') +
        (scan.truncated ? ' and stopped at its file limit' : '') +
        (scan.timedOut ? ' and stopped at its time limit' : '') +
        `: ${plural(scan.byModel.size, 'model id')} found, ${added.length} added to \`models\`.`;
    return { added, foundIn, note, warnings };
}

// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __nccwpck_require__(8750);
// EXTERNAL MODULE: ./src/status/decide.ts
var decide = __nccwpck_require__(8300);
;// CONCATENATED MODULE: ./src/produce-report.ts
/**
 * Settings → checks → report. Everything between reading the inputs and rendering, with its I/O given
 * as parameters (the API factory, the clock, the run context), so it is tested without module mocks.
 */








/** Share of `timeout-seconds` the `models-from` scan may use; the checks get the rest. */
const SCAN_SHARE = 0.5;
/** Adds the ids found by `models-from` to the required models (unless listed already) and returns where each was found. */
async function scanModels(settings, deps) {
    if (settings.modelsFrom.length === 0 || !deps.scan)
        return { settings, foundIn: new Map(), note: null, warnings: [] };
    const timeLimitMs = Math.round(settings.timeoutMs * SCAN_SHARE);
    let scan;
    try {
        scan = await deps.scan(settings.modelsFrom, { timeLimitMs });
    }
    catch (error) {
        throw new src_settings/* InputError */.dz('models-from', error instanceof Error ? error.message : String(error));
    }
    const { added, foundIn, note, warnings } = scanFindings(scan, new Set([...settings.models, ...settings.optionalModels]), timeLimitMs);
    return { settings: { ...settings, models: [...settings.models, ...added] }, foundIn, note, warnings };
}
async function produceReport(inputSettings, key, deps) {
    const started = Date.now();
    const scan = await scanModels(inputSettings, deps);
    const { settings } = scan;
    const redact = makeRedactor(key.secretForms);
    const located = (m) => {
        const at = scan.foundIn.get(m.id);
        if (!at)
            return m;
        return { ...m, foundIn: at.places, ...(at.count > at.places.length ? { foundInTotal: at.count } : {}) };
    };
    const wanted = [...settings.models.map((id) => ({ id, required: true })), ...settings.optionalModels.map((id) => ({ id, required: false }))];
    const budget = { stepMs: deps.checkBudgetMs ?? settings.timeoutMs, scanMs: scan.note === null ? null : Date.now() - started };
    const checked = key.key === ''
        ? withoutKey(settings, deps, wanted)
        : key.fatal
            ? {
                auth: { ...key.fatal, status: 'fail' },
                models: notCheckedAll(wanted, 'Not checked: the key is malformed.'),
                requests: 0,
                notes: [],
                missingKey: null
            }
            : await withKey(settings, key, deps, budget, { redact, located });
    // The one report of the run.
    let report = {
        version: 1,
        baseUrl: settings.baseUrl,
        provider: settings.provider,
        key: { fingerprint: key.fingerprint },
        probe: settings.probe,
        warnings: [...key.warnings, ...scan.warnings, ...inputWarnings(settings)],
        ...(scan.note ? { notes: [scan.note] } : {}),
        // `ok` is the step's verdict (docs/DESIGN.md): a skip passes the step; `skipped` says nothing was checked.
        ok: checked.skipped === true || (0,src_report/* verdict */.WJ)(checked.auth, checked.models),
        ...(checked.skipped ? { skipped: true } : {}),
        auth: checked.auth,
        models: checked.models.map(located),
        requests: checked.requests,
        // What the status page said: null unless a failure called for reading it (docs/DESIGN.md).
        status: null,
        durationMs: 0
    };
    if (checked.status)
        report = await checked.status(report);
    report.durationMs = Date.now() - started;
    return { report: redactDeep(report, redact), notes: checked.notes, missingKey: checked.missingKey };
}
/** Warnings about the inputs themselves, before any request. */
function inputWarnings(settings) {
    const warnings = [];
    if (settings.provider === 'azure' && (settings.organization || settings.project)) {
        warnings.push((0,remedy_table/* renderRemedy */.XL)({ id: 'warning/azure-org-project' }));
    }
    else if (settings.organization && !/^org-/.test(settings.organization)) {
        warnings.push((0,remedy_table/* renderRemedy */.XL)({ id: 'warning/organization-name' }));
    }
    if (settings.provider !== 'azure' && settings.project && !/^proj_/.test(settings.project)) {
        warnings.push((0,remedy_table/* renderRemedy */.XL)({ id: 'warning/project-name' }));
    }
    return warnings;
}
function notCheckedAll(wanted, why) {
    return wanted.map(({ id, required }) => (0,src_report/* notChecked */.lb)(id, required, why));
}
/** An empty key: why (from the event), and whether that fails the step (`if-key-missing`). No request. */
function withoutKey(settings, deps, wanted) {
    const fails = settings.ifKeyMissing === 'error';
    const { message, hints, remedies } = (deps.explainMissingKey ?? explainMissingKey)(deps.runContext, settings.provider === 'azure' ? 'AZURE_OPENAI_API_KEY' : undefined, !fails);
    const auth = { status: fails ? 'fail' : 'skip', category: 'missing-key', message, hints, ...(remedies ? { remedies } : {}), requestId: null };
    return {
        auth,
        models: notCheckedAll(wanted, 'Not checked: no key.'),
        requests: 0,
        skipped: !fails,
        notes: fails ? [] : [message, ...hints],
        missingKey: settings.ifKeyMissing
    };
}
/**
 * The checks with a key, within the step's time: the scan used part of it (at most SCAN_SHARE), and a slice is kept for
 * the status page, read afterwards only when a check failed for a cause that may be the provider's own.
 */
async function withKey(settings, key, deps, budget, shown) {
    const statusPage = (0,decide/* resolveStatusPage */.WB)(settings.statusPage, settings.baseUrl);
    const statusReserve = (0,decide/* statusReserveMs */.FS)(statusPage, budget.stepMs);
    const checksMs = budget.scanMs === null ? budget.stepMs : Math.max(budget.stepMs * (1 - SCAN_SHARE), budget.stepMs - budget.scanMs);
    const deadline = new Deadline(checksMs - statusReserve);
    let api = null;
    try {
        // Loaded only here: the path without a key (a fork's pull request) starts without the checks' code.
        const { checkKeyAndModels, proxyConfigured, withStatusPage } = await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(105)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8105));
        api = await deps.createApi({
            apiKey: key.key,
            baseUrl: settings.baseUrl,
            organization: settings.organization,
            project: settings.project,
            deadline,
            env: deps.env,
            provider: settings.provider,
            apiVersion: settings.apiVersion,
            maxConnections: deps.concurrency ?? src_report/* DEFAULT_CONCURRENCY */.WH
        });
        const { onAuth, onModel } = deps;
        const { auth, models } = await checkKeyAndModels({
            settings,
            api,
            today: (deps.now?.() ?? new Date()).toISOString().slice(0, 10),
            concurrency: deps.concurrency,
            proxy: proxyConfigured(deps.env),
            expired: () => deadline.expired,
            ...(onAuth ? { onAuth: (a) => onAuth(redactDeep(a, shown.redact)) } : {}),
            ...(onModel ? { onModel: (m) => onModel(redactDeep(shown.located(m), shown.redact)) } : {})
        });
        const remainingMs = deadline.remaining() + statusReserve;
        // The status page (src/status): within what is left of the step's time; never changes `ok`.
        const status = (report) => withStatusPage(report, { page: statusPage, remainingMs, env: deps.env, fetch: deps.statusFetch });
        return { auth, models, requests: api.requestCount, notes: [], missingKey: null, status };
    }
    finally {
        deadline.dispose();
        api?.close?.();
    }
}

;// CONCATENATED MODULE: ./src/step-budget.ts
/**
 * One deadline for the whole step: `timeout-seconds` bounds the check and, with `issue-on-failure`, the
 * tracking issue after it. The check then gets all but a reserve, so that a check that times out (exactly
 * when a tracking issue is wanted) still leaves the issue time to be kept. Pure.
 */
/** The most kept for the tracking issue: a handful of GitHub requests. */
const TRACKING_RESERVE_MAX_MS = 10_000;
/** The share of `timeout-seconds` kept for the tracking issue, below that. */
const TRACKING_RESERVE_SHARE = 0.25;
function stepBudget(timeoutMs, issueOnFailure, startedAt) {
    const reserve = issueOnFailure ? Math.min(TRACKING_RESERVE_MAX_MS, Math.round(timeoutMs * TRACKING_RESERVE_SHARE)) : 0;
    return { checkMs: Math.max(1, timeoutMs - reserve), endsAt: startedAt + timeoutMs };
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The composition root, and the only module with runner side effects (all through @actions/core):
 * mask → settings → checks → report → outputs, log, annotations, summary → verdict.
 *
 * Every path ends with a complete answer: the outputs (the `report` output included) are set and the
 * summary is written exactly once, in the `finally` below, whatever happened before it.
 */













/** The raw input, untrimmed: whitespace around the key is something to report, not to hide. */
const readInput = (name) => getInput(name, { trimWhitespace: false });
/** The longest the tracking issue may take, after the check. */
const TRACKING_TIMEOUT_MS = 20_000;
/** `issue-on-failure`: one tracking issue per repository while the check needs attention. Never throws. */
async function keepTrackingIssue(report, settings, runContext, env, endsAt) {
    const token = settings.githubToken;
    const [owner, repo] = (runContext.repository ?? '').split('/');
    if (!token || !owner || !repo) {
        core_warning('`issue-on-failure` needs `github-token` (the default `${{ github.token }}` is fine) and a repository to keep the tracking issue in.', {
            title: 'Tracking issue not kept'
        });
        return null;
    }
    // Loaded only here: the GitHub client and the tracking issue are not needed by any other path.
    const [{ getOctokit }, { canaryState }, { issuesApiFromOctokit, syncTrackingIssue }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(413)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2413)),
        __nccwpck_require__.e(/* import() */ 391).then(__nccwpck_require__.bind(__nccwpck_require__, 3391)),
        __nccwpck_require__.e(/* import() */ 812).then(__nccwpck_require__.bind(__nccwpck_require__, 3812))
    ]);
    const state = canaryState(report);
    // Bounded like the check itself: a GitHub API that does not answer must not hold the step.
    // One deadline for the step: the tracking issue gets what the check left of timeout-seconds.
    const signal = AbortSignal.timeout(Math.max(1, Math.min(endsAt - Date.now(), TRACKING_TIMEOUT_MS)));
    const octokit = getOctokit(token, { ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}), request: { signal } });
    const outcome = await syncTrackingIssue({ api: issuesApiFromOctokit(octokit), owner, repo, runUrl: runContext.runUrl, ...state });
    if (outcome.warning)
        core_warning((0,render_escape/* logSafe */.s)(outcome.warning), { title: 'Tracking issue not kept' });
    if (outcome.issueUrl)
        info((0,render_escape/* logSafe */.s)(`Tracking issue ${outcome.action}: ${outcome.issueUrl}`));
    return outcome.action === 'none' && !outcome.issueUrl ? null : { action: outcome.action, url: outcome.issueUrl };
}
/** The report of a run that stopped before any check: an invalid input, or an unexpected error. */
function reportOfStoppedRun(text, input, rawKey) {
    return {
        version: 1,
        ok: false,
        baseUrl: readInput('base-url').trim() || src_settings/* DEFAULT_BASE_URL */.Ql,
        key: { fingerprint: fingerprint(rawKey.trim()) },
        probe: 'request',
        auth: { status: 'skip', category: 'not-checked', message: `Not checked: ${text}`, hints: [], requestId: null },
        models: [],
        error: { input, message: text }
    };
}
/** Outputs, log lines and annotations of a finished report; the verdict and the most important problems come first. */
function publish(report) {
    for (const [name, value] of Object.entries(renderOutputs(report)))
        setOutput(name, value);
    for (const line of renderLog(report))
        info(line);
    // GitHub shows at most 10 error and 10 warning annotations per step: the failure comes first, then problems by weight.
    if (!report.ok)
        setFailed(renderFailureMessage(report));
    for (const a of orderForRunner(renderAnnotations(report))) {
        const props = { title: a.title, file: a.file, startLine: a.line };
        if (a.level === 'error')
            error(a.message, props);
        else if (a.level === 'warning')
            core_warning(a.message, props);
        else
            notice(a.message, props);
    }
    for (const warning of report.warnings ?? [])
        core_warning((0,render_escape/* logSafe */.s)(warning), { title: 'openai-access-check' });
}
async function writeSummary(markdown) {
    try {
        await summary.addRaw(markdown, true).write();
    }
    catch (error) {
        // No summary file, or one that cannot be written: that must never hide the check's own result.
        core_warning(`The job summary could not be written: ${(0,render_escape/* logSafe */.s)(error instanceof Error ? error.message : String(error))}`);
    }
}
async function run(env = process.env) {
    const started = Date.now();
    // The key is masked before anything else can print it, in every form it may take.
    const rawKey = readInput('api-key');
    const forms = secretFormsOf(rawKey);
    for (const form of forms)
        core_setSecret(form);
    const redact = makeRedactor(forms);
    let summary = null;
    try {
        const settings = (0,src_settings/* parseSettings */.P$)(readInput);
        if (settings.githubToken)
            core_setSecret(settings.githubToken);
        const key = inspectKey(settings.rawApiKey, {
            officialApi: (0,official_api/* isOfficialApi */.W)(settings.baseUrl),
            provider: settings.provider,
            azureHost: (0,providers_select/* isAzureHost */.K)(new URL(settings.baseUrl).hostname)
        });
        for (const form of key.secretForms)
            if (!forms.includes(form))
                core_setSecret(form);
        const runContext = readRunContext(env);
        const workspace = env.GITHUB_WORKSPACE || process.cwd();
        const budget = stepBudget(settings.timeoutMs, settings.issueOnFailure, started);
        const outcome = await produceReport(settings, key, {
            checkBudgetMs: budget.checkMs,
            // The API clients and the scanner are loaded when a run needs them: start-up stays small (docs/DESIGN.md, Targets).
            createApi: async (config) => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(105)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8105))).createApi(config),
            runContext,
            env,
            scan: async (patterns, limits) => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(105)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8105))).scanForModels(patterns, { cwd: workspace, ...limits })
        });
        const { report } = outcome;
        // From here on the report is final: whatever happens next, its summary is the one written.
        summary = (0,render_summary/* renderSummary */.Br)(report, { notes: outcome.notes });
        publish(report);
        if (outcome.missingKey === 'warn')
            core_warning((0,render_escape/* logSafe */.s)([report.auth.message, ...report.auth.hints].join(' ')), { title: 'OpenAI access check skipped: no API key' });
        if (outcome.missingKey === 'ignore')
            info((0,render_escape/* logSafe */.s)(`Skipped: ${report.auth.message}`));
        if (settings.issueOnFailure && !report.skipped) {
            const trackingIssue = await keepTrackingIssue(report, settings, runContext, env, budget.endsAt);
            summary = (0,render_summary/* renderSummary */.Br)(report, { notes: outcome.notes, trackingIssue });
        }
    }
    catch (error) {
        const input = error instanceof src_settings/* InputError */.dz ? error.input : null;
        const message = redact(error instanceof Error ? error.message : String(error));
        if (summary === null) {
            // Stopped before a report existed: say why, and still give every output (a `report` that scripts can read).
            const text = input ? message : `openai-access-check stopped on an unexpected error: ${message}`;
            const report = reportOfStoppedRun(text, input, rawKey);
            summary = `## ❌ OpenAI access check could not run\n\n${(0,render_escape.md)(text)}\n`;
            try {
                for (const [name, value] of Object.entries(renderOutputs(report)))
                    setOutput(name, value);
            }
            catch {
                // an unwritable GITHUB_OUTPUT: the failure below still says what went wrong
            }
            setFailed((0,render_escape/* logSafe */.s)(text));
        }
        else {
            // The check finished; only a later step (the tracking issue) failed. The report stands.
            core_warning(`openai-access-check: ${(0,render_escape/* logSafe */.s)(message)}`, { title: 'Tracking issue not kept' });
        }
    }
    finally {
        if (summary !== null)
            await writeSummary(summary);
    }
}


/***/ }),

/***/ 3321:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ parseAzureBaseUrl),
/* harmony export */   F5: () => (/* binding */ operationUrl),
/* harmony export */   I7: () => (/* binding */ apiVersionFor),
/* harmony export */   MD: () => (/* binding */ modelsUrl)
/* harmony export */ });
/* unused harmony exports azureRoot, parseApiVersion */
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8750);
/**
 * Azure OpenAI endpoints: the resource endpoint as the portal shows it (`https://NAME.openai.azure.com`,
 * with or without `/openai/v1`), and the URLs of both API shapes built from it. Pure.
 *
 * - v1 API (api-version empty): `{root}/openai/v1/chat/completions`, the deployment name as `model`.
 * - dated API (api-version set): `{root}/openai/deployments/{deployment}/chat/completions?api-version=…`.
 *
 * `root` is the origin plus any path a gateway (API Management) puts in front of `/openai`.
 */
// settings.ts imports this module too; InputError is only used at call time, so the cycle is harmless.

/** `2024-10-21` or `2025-04-01-preview`: the dated API versions Azure publishes. */
const API_VERSION = /^\d{4}-\d{2}-\d{2}(-preview)?$/;
const clip = (value) => (value.length > 80 ? `${value.slice(0, 77)}…` : value);
/**
 * The resource root of an Azure `base-url`: strips `/openai`, `/openai/v1` and recognises the pasted target
 * URI of a deployment, which gets an error naming the three inputs it holds.
 */
function azureRoot(baseUrl) {
    const url = new URL(baseUrl);
    const path = url.pathname.replace(/\/+$/, '');
    const target = /^(.*?)\/openai\/deployments\/([^/]+)(\/.*)?$/.exec(path);
    if (target) {
        const version = url.searchParams.get('api-version');
        throw new _settings_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('base-url', `Input \`base-url\` is the target URI of the deployment "${clip(decodeURIComponent(target[2]))}"; set \`base-url: ${url.origin}${target[1]}\`, list the deployment in \`models\`` +
            (version ? `, and set \`api-version: ${clip(version)}\` (or leave it empty for Azure's v1 API).` : '.'));
    }
    const v1 = /^(.*?)\/openai(\/v1)?(\/(chat\/completions|completions|embeddings|responses|models))?$/.exec(path);
    if (url.search || url.hash) {
        throw new _settings_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('base-url', `Input \`base-url\` has a query or fragment; give the resource endpoint only, such as ${url.origin}${v1 ? v1[1] : ''} (the api-version goes in the \`api-version\` input).`);
    }
    return `${url.origin}${v1 ? v1[1] : path}`;
}
/** Validates `api-version`: empty for the v1 API, or a dated version. */
function parseApiVersion(value) {
    const version = value.trim();
    if (version === '')
        return null;
    if (/^(v1|latest|preview)$/i.test(version)) {
        throw new _settings_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('api-version', `Input \`api-version\` is "${clip(version)}"; leave it empty to use Azure's v1 API, or give a dated version such as 2024-10-21.`);
    }
    if (!API_VERSION.test(version)) {
        throw new _settings_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('api-version', `Input \`api-version\` is "${clip(version)}", which is not an Azure OpenAI API version; use a dated version such as 2024-10-21 or 2025-04-01-preview, or leave it empty for the v1 API.`);
    }
    return version;
}
const deployments = (name) => `/openai/deployments/${encodeURIComponent(name)}`;
function modelsUrl(e, id) {
    const tail = id === undefined ? '' : `/${encodeURIComponent(id)}`;
    return e.apiVersion === null ? `${e.root}/openai/v1/models${tail}` : `${e.root}/openai/models${tail}?api-version=${encodeURIComponent(e.apiVersion)}`;
}
/**
 * Where a request for a deployment goes, and the body it carries. The dated API names the deployment in the
 * path (the body's `model` is dropped); its Responses API is not per deployment and keeps `model`.
 */
function operationUrl(e, path, body) {
    if (e.apiVersion === null)
        return { url: `${e.root}/openai/v1${path}`, body };
    const query = `?api-version=${encodeURIComponent(e.apiVersion)}`;
    if (path === '/responses')
        return { url: `${e.root}/openai/responses${query}`, body };
    const { model, ...rest } = body;
    return { url: `${e.root}${deployments(String(model))}${path}${query}`, body: rest };
}
/** `base-url` for Azure: the resource endpoint (or a gateway in front of it), validated and reduced to its root. */
function parseAzureBaseUrl(value, defaultBaseUrl, parseBaseUrl) {
    const raw = value.trim();
    const example = 'such as https://NAME.openai.azure.com (the Endpoint on the resource’s Keys and Endpoint page in the Azure portal)';
    if (raw === '' || raw.replace(/\/+$/, '') === defaultBaseUrl) {
        throw new _settings_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('base-url', `With \`provider: azure\`, set \`base-url\` to the Azure OpenAI resource endpoint, ${example}.`);
    }
    try {
        new URL(raw);
    }
    catch {
        throw new _settings_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('base-url', `Input \`base-url\` is "${clip(raw)}", which is not a URL; use the resource endpoint, ${example}.`);
    }
    return parseBaseUrl(azureRoot(raw));
}
/** `api-version` for the resolved provider: Azure only. */
function apiVersionFor(provider, value) {
    if (provider === 'azure')
        return parseApiVersion(value);
    if (value.trim() !== '') {
        throw new _settings_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('api-version', 'Input `api-version` applies to Azure OpenAI only; remove it, or set `provider: azure` with the resource endpoint as `base-url`.');
    }
    return null;
}


/***/ }),

/***/ 7561:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ isEntraToken),
/* harmony export */   lw: () => (/* binding */ inspectAzureKey),
/* harmony export */   nG: () => (/* binding */ AZURE_KEY_LONG)
/* harmony export */ });
/* unused harmony exports AZURE_KEY_HEX, isAzureKey */
/* harmony import */ var _diagnosis_remedy_table_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3046);
/**
 * The credentials an Azure OpenAI resource takes, recognised before any request. Pure.
 *
 * - Resource keys: 32 hexadecimal characters, or since 2024 the 84-character form (52 random characters,
 *   then the `JQQJ9` signature and Azure's annotations), the "common annotated security key" shape that
 *   Microsoft's own secret scanner recognises (microsoft/security-utilities, SEC101/200).
 * - A Microsoft Entra ID access token (a JWT, `eyJ…`), sent as a bearer token.
 */

const AZURE_KEY_HEX = /^[0-9a-fA-F]{32}$/;
const AZURE_KEY_LONG = /^[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}(?:[A-Za-z0-9]{2}==)?$/;
const JWT = /^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
/** Audiences Azure OpenAI accepts tokens for. */
const AUDIENCES = ['https://cognitiveservices.azure.com', 'https://ai.azure.com'];
function isEntraToken(key) {
    return JWT.test(key);
}
function isAzureKey(key) {
    return AZURE_KEY_HEX.test(key) || AZURE_KEY_LONG.test(key);
}
/** The claims that matter here, read without verifying anything (Azure does that). */
function claims(token) {
    try {
        return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
    }
    catch {
        return null;
    }
}
/**
 * What can be said about a credential for an Azure resource. `azureHost`: `base-url` is Azure's own host
 * (not a gateway in front of it, whose keys may look like anything).
 */
function inspectAzureKey(key, options) {
    const warnings = [];
    const keys = (0,_diagnosis_remedy_table_js__WEBPACK_IMPORTED_MODULE_0__/* .withRemedies */ .Nq)([{ id: 'azure/malformed-key/keys-page' }]);
    if (options.otherProvider) {
        return { fatal: { message: `This looks like ${options.otherProvider}, not an Azure OpenAI key.`, ...keys }, warnings };
    }
    if (/^sk-/.test(key)) {
        const message = 'This looks like an OpenAI API key; Azure OpenAI resources take their own keys (or Microsoft Entra ID tokens), not OpenAI’s.';
        if (options.azureHost)
            return { fatal: { message, ...keys }, warnings };
        warnings.push((0,_diagnosis_remedy_table_js__WEBPACK_IMPORTED_MODULE_0__/* .renderRemedy */ .XL)({ id: 'azure/warning/openai-key-gateway', slots: { message } }));
        return { fatal: null, warnings };
    }
    if (isEntraToken(key)) {
        const c = claims(key);
        const now = options.now ?? Date.now();
        if (c && typeof c.exp === 'number' && c.exp * 1000 < now) {
            warnings.push((0,_diagnosis_remedy_table_js__WEBPACK_IMPORTED_MODULE_0__/* .renderRemedy */ .XL)({ id: 'azure/warning/token-expired', slots: { expiredAt: new Date(c.exp * 1000).toISOString() } }));
        }
        const aud = c && typeof c.aud === 'string' ? c.aud.replace(/\/+$/, '') : null;
        if (aud !== null && !AUDIENCES.includes(aud.toLowerCase())) {
            warnings.push((0,_diagnosis_remedy_table_js__WEBPACK_IMPORTED_MODULE_0__/* .renderRemedy */ .XL)({ id: 'azure/warning/token-audience', slots: { audience: aud } }));
        }
        return { fatal: null, warnings };
    }
    if (options.azureHost && !isAzureKey(key)) {
        warnings.push((0,_diagnosis_remedy_table_js__WEBPACK_IMPORTED_MODULE_0__/* .renderRemedy */ .XL)({ id: 'azure/warning/key-shape' }));
    }
    return { fatal: null, warnings };
}


/***/ }),

/***/ 3408:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ isAzureHost),
/* harmony export */   r: () => (/* binding */ resolveProvider)
/* harmony export */ });
/** Hosts of Azure OpenAI resources: classic Azure OpenAI, multi-service AI resources, and Azure AI Foundry resources. */
const AZURE_HOST = /\.(openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)$/i;
function isAzureHost(hostname) {
    return AZURE_HOST.test(hostname.replace(/\.$/, ''));
}
function resolveProvider(input, baseUrl) {
    if (input !== 'auto')
        return input;
    try {
        return isAzureHost(new URL(baseUrl).hostname) ? 'azure' : 'openai';
    }
    catch {
        return 'openai';
    }
}


/***/ }),

/***/ 7789:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ escapeText),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   s: () => (/* binding */ logSafe)
/* harmony export */ });
/**
 * Escaping for everything shown in Markdown (job summary, tracking issue) or written to the log.
 * Text from the server is untrusted: it must not add markup, links, mentions or workflow commands.
 */
const ENTITY = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '(': '&#40;',
    ')': '&#41;',
    '|': '&#124;',
    '\\': '&#92;',
    '~': '&#126;',
    '#': '&#35;',
    '!': '&#33;',
    '@': '&#64;',
    ':': '&#58;',
    $: '&#36;'
};
/** Line breaks of every kind (CR, LF, NEL, LINE/PARAGRAPH SEPARATOR): one line stays one line. */
const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]+/g;
/** C0 and C1 controls and DEL (ESC starts terminal escapes, NUL truncates text in some viewers). */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/** Outside text on one line, with every control character replaced (tabs become spaces). */
function plain(text) {
    return text.replace(LINE_BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROLS, '\ufffd');
}
/** Every character with a meaning in Markdown or HTML becomes an entity; line breaks become spaces, controls U+FFFD. */
function escapeText(text) {
    return plain(text).replace(/[&<>"'`*_[\]()|\\~#!@:$]/g, (ch) => ENTITY[ch]);
}
/** Like escapeText, but a URL stays a URL (GitHub links it) and `backtick spans` become <code>. */
function md(text) {
    const parts = plain(text).split(/(`[^`]+`|https:\/\/[^\s<>"'`)]+[^\s<>"'`).,;:!?])/g);
    return parts
        .map((part, i) => {
        if (i % 2 === 0)
            return escapeText(part);
        if (part.startsWith('`'))
            return `<code>${escapeText(part.slice(1, -1))}</code>`;
        // An explicit autolink: it ends at `>`, so the escaped punctuation after it (`&#41;&#58;`) is not taken into it.
        return /^https:\/\/[A-Za-z0-9.\-_~/%?=&#+]+$/.test(part) ? `<${part}>` : escapeText(part);
    })
        .join('');
}
/**
 * For the log: one line, no control characters, and no workflow command in either syntax. The runner
 * (actions/runner, ActionCommand.cs) parses `::name::` only where the line, less its leading white space,
 * begins with `::`, and the older `##[name]` anywhere in a line; a zero-width space breaks each of them
 * there, and nowhere else: a fine-tuned model id (`ft:gpt-4o-mini:my-org::abc123`) stays copyable.
 */
function logSafe(text) {
    return plain(text)
        .replace(/^(\s*):(?=:)/, '$1:\u200b')
        .replace(/##\[/g, '#\u200b#[');
}


/***/ }),

/***/ 5394:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ groupProblems)
/* harmony export */ });
/* harmony import */ var _diagnosis_remedies_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1625);
/* harmony import */ var _diagnosis_remedy_table_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3046);


const levelOf = (status) => (status === 'fail' ? 'fail' : status === 'warn' ? 'warn' : null);
/** The diagnosis's remedies when they are the data behind its hints (one per hint), else null. */
const remediesOf = (d) => (d.remedies && d.remedies.length === d.hints.length ? d.remedies : null);
/**
 * Same cause = same level, category and remedies: the same templates with the same slots, whatever models they
 * name. Hints that are not the table's (no data) group only when they are identical.
 */
function causeKey(level, d) {
    const remedies = remediesOf(d);
    const cause = remedies ? JSON.stringify(remedies.map((r) => [r.id, r.slots ?? {}])) : JSON.stringify(d.hints);
    return `${level}\u0000${d.category}\u0000${remedies ? 'r' : 'h'}${cause}`;
}
function groupProblems(report, options = {}) {
    const groups = new Map();
    const add = (level, subject, d, locations) => {
        const key = causeKey(level, d);
        let group = groups.get(key);
        if (!group) {
            const { category, message, hints } = d;
            group = { level, category, title: _diagnosis_remedies_js__WEBPACK_IMPORTED_MODULE_0__/* .TITLES */ .eX[category], subjects: [], message, hints, requestIds: [], locations: [], remedies: remediesOf(d) };
            groups.set(key, group);
        }
        group.subjects.push(subject);
        if (d.requestId && !group.requestIds.includes(d.requestId))
            group.requestIds.push(d.requestId);
        // One by one: spreading a long list into push() overflows the stack ("Maximum call stack size exceeded").
        for (const at of locations)
            group.locations.push(at);
    };
    const authLevel = levelOf(report.auth.status);
    if (authLevel)
        add(authLevel, 'authentication', report.auth, []);
    for (const model of report.models) {
        const level = levelOf(model.status);
        if (level)
            add(level, model.id, model, (model.foundIn ?? []).map((at) => ({ ...at, id: model.id })));
    }
    const word = options.wording ?? ((text) => text);
    const problems = [];
    for (const { remedies, ...group } of groups.values()) {
        // A remedy that names its model names every model of the group: rendered again with all of them in `{models}`.
        if (remedies && group.subjects.length > 1 && group.subjects[0] !== 'authentication') {
            const models = group.subjects.filter((s) => s !== 'authentication');
            group.hints = remedies.map((r, i) => (r.models?.length ? word((0,_diagnosis_remedy_table_js__WEBPACK_IMPORTED_MODULE_1__/* .renderRemedy */ .XL)({ ...r, models })) : group.hints[i]));
        }
        problems.push(group);
    }
    return problems.sort((a, b) => (a.level === b.level ? 0 : a.level === 'fail' ? -1 : 1));
}


/***/ }),

/***/ 1692:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   sW: () => (/* binding */ renderDiagnosis)
/* harmony export */ });
/* unused harmony exports SUMMARY_LIMIT, headline */
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(665);
/* harmony import */ var _diagnosis_remedies_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1625);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7789);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5394);
/* harmony import */ var _status_render_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5864);
/* harmony import */ var _thousands_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5580);
/**
 * The job summary: verdict first, then key fingerprint and endpoint, the problems grouped by cause with
 * their fixes, and a table of every check. A pure function of the report; all dynamic text is escaped.
 */






/** GitHub refuses summaries over 1 MiB; stay well below, dropping detail first. */
const SUMMARY_LIMIT = 900 * 1024;
const ICON = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };
function headline(report) {
    const service = (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .serviceName */ .fe)(report);
    const problems = (0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .groupProblems */ .U)(report);
    const failures = problems.filter((p) => p.level === 'fail').length;
    const warnings = problems.length - failures;
    if (report.skipped)
        return `${ICON.skip} ${service} access check skipped`;
    if (!report.ok)
        return `${ICON.fail} ${service} access check failed: ${failures} problem${failures === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`;
    if (warnings)
        return `${ICON.warn} ${service} access check passed with ${warnings} warning${warnings === 1 ? '' : 's'}`;
    return `${ICON.pass} ${service} access check passed`;
}
function verdictSentence(report) {
    const models = report.models.length;
    if (report.skipped)
        return 'No check ran: the `api-key` input is empty.';
    const passing = (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .passingModels */ .we)(report).length;
    const authWord = report.auth.status === 'fail' ? 'The key did not pass authentication' : 'The key authenticates';
    // Azure's `models` are deployment names.
    const unit = report.provider === 'azure' ? 'deployment' : 'model';
    if (models === 0)
        return `${authWord}; no ${unit}s were listed to check.`;
    if (report.auth.status === 'fail')
        return `${authWord}, so ${models === 1 ? `the ${unit} was` : `the ${models} ${unit}s were`} not checked.`;
    return `${authWord}; ${passing} of ${models} ${unit}${models === 1 ? '' : 's'} usable${report.probe === 'request' ? ' (proven with a real request)' : ' (by listing, without a request)'}.`;
}
function formatLimits(limits) {
    if (!limits)
        return '';
    const n = (v) => (v === null ? '?' : (0,_thousands_js__WEBPACK_IMPORTED_MODULE_5__/* .thousands */ .o)(v));
    const parts = [];
    if (limits.limitRequests !== null || limits.remainingRequests !== null)
        parts.push(`${n(limits.remainingRequests)}&nbsp;/&nbsp;${n(limits.limitRequests)}&nbsp;requests`);
    if (limits.limitTokens !== null || limits.remainingTokens !== null)
        parts.push(`${n(limits.remainingTokens)}&nbsp;/&nbsp;${n(limits.limitTokens)}&nbsp;tokens`);
    return parts.join('<br>');
}
function renderProblem(problem, service) {
    const icon = problem.level === 'fail' ? ICON.fail : ICON.warn;
    const subjects = problem.subjects.map((s) => (s === 'authentication' ? 'authentication' : `<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(s)}</code>`)).join(', ');
    const lines = [`#### ${icon} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(problem.title)} — ${subjects}`, '', (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(problem.message), ''];
    for (const hint of problem.hints)
        lines.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(hint)}`);
    if (problem.locations.length) {
        const where = problem.locations.slice(0, 20).map((l) => `<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(l.file)}:${l.line}</code>`);
        lines.push(`- Found in ${where.join(', ')}${problem.locations.length > 20 ? ` and ${problem.locations.length - 20} more` : ''}`);
    }
    if (problem.requestIds.length) {
        lines.push(`- Request id${problem.requestIds.length > 1 ? 's' : ''} for ${service} support: ${problem.requestIds.map((id) => `<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(id)}</code>`).join(', ')}`);
    }
    lines.push('');
    return lines.join('\n');
}
function resultCell(m) {
    if (m.status === 'skip')
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(m.message);
    if (m.category === 'ok' || m.category === 'not-checked')
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(m.message);
    const parts = [`<b>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(_diagnosis_remedies_js__WEBPACK_IMPORTED_MODULE_0__/* .TITLES */ .eX[m.category])}</b> (<code>${m.category}</code>)`];
    if (m.shutdownDate)
        parts.push(`shutdown ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(m.shutdownDate)}`);
    if (m.suggestions.length)
        parts.push(`did you mean ${m.suggestions.map((s) => `<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(s)}</code>`).join(', ')}?`);
    return parts.join(' · ');
}
function endpointCell(m) {
    // A probe that adapted says how: which answer made it change its request, and what it sent instead.
    const label = m.probe?.endpoint
        ? `<code>POST ${m.probe.endpoint}</code>`
        : m.source === 'retrieved'
            ? '<code>GET /models/{id}</code>'
            : m.source === 'listed'
                ? '<code>GET /models</code>'
                : '';
    const adapted = m.probe?.adapted?.length ? `<sub>${m.probe.adapted.map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X).join('; ')}</sub>` : '';
    return label && adapted ? `${label}<br>${adapted}` : label || adapted;
}
function foundInCell(m) {
    if (!m.foundIn?.length)
        return '';
    const shown = m.foundIn.slice(0, 3).map((at) => `<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(at.file)}:${at.line}</code>`);
    const total = Math.max(m.foundInTotal ?? 0, m.foundIn.length);
    return `<br><sub>in ${shown.join(', ')}${total > 3 ? ` +${(0,_thousands_js__WEBPACK_IMPORTED_MODULE_5__/* .thousands */ .o)(total - shown.length)}` : ''}</sub>`;
}
const ms = (v) => (v === null || v === undefined ? '' : `${v} ms`);
function keyAndEndpoint(report) {
    return [`**Key** ${report.key.fingerprint ? `<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(report.key.fingerprint)}</code>` : '—'}`, `**Endpoint** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(report.baseUrl)}`];
}
/** The diagnosis alone (verdict and problems with their fixes), for the tracking issue. */
function renderDiagnosis(report) {
    const out = [`### ${headline(report)}`, '', (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(verdictSentence(report)), '', keyAndEndpoint(report).join(' · '), ''];
    for (const problem of (0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .groupProblems */ .U)(report))
        out.push(renderProblem(problem, (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .serviceName */ .fe)(report)));
    if (report.status)
        out.push((0,_status_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderStatusSection */ .K)(report.status, '####'));
    return out.join('\n');
}
function renderSummary(report, context = {}) {
    const out = [`## ${headline(report)}`, '', (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(verdictSentence(report)), ''];
    for (const note of context.notes ?? [])
        out.push(`> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(note)}`, '');
    const facts = [...keyAndEndpoint(report), `**Probe** <code>${report.probe}</code>`];
    if (report.requests !== undefined)
        facts.push(`**Requests** ${report.requests}`);
    const usage = report.models.map((m) => m.probe?.usage).filter((u) => u !== null && u !== undefined);
    if (usage.length) {
        const sum = (pick) => usage.reduce((total, u) => total + (pick(u) ?? 0), 0);
        facts.push(`**Tokens** ${sum((u) => u.inputTokens)} in / ${sum((u) => u.outputTokens)} out`);
    }
    if (report.durationMs !== undefined)
        facts.push(`**Time** ${(report.durationMs / 1000).toFixed(1)} s`);
    out.push(facts.join(' · '), '');
    for (const note of report.notes ?? [])
        out.push((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(note), '');
    for (const warning of report.warnings ?? [])
        out.push(`> [!WARNING]`, `> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(warning)}`, '');
    // GitHub counts bytes. Problems may use most of the budget, the table what is left; the rest is in `report`.
    const bytes = (text) => Buffer.byteLength(text, 'utf8') + 1;
    const budget = SUMMARY_LIMIT - 2048;
    let size = bytes(out.join('\n'));
    const problems = (0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .groupProblems */ .U)(report, context);
    if (problems.length) {
        out.push(`### ${problems.some((p) => p.level === 'fail') ? 'What to fix' : 'Warnings'}`, '');
        for (const [i, problem] of problems.entries()) {
            const text = renderProblem(problem, (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .serviceName */ .fe)(report));
            if (size + bytes(text) > budget * 0.7) {
                out.push(`…and ${problems.length - i} more problems, listed in the \`report\` output.`, '');
                size += 100;
                break;
            }
            out.push(text);
            size += bytes(text);
        }
    }
    if (report.status) {
        const section = (0,_status_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderStatusSection */ .K)(report.status);
        out.push(section);
        size += bytes(section);
    }
    if (context.trackingIssue?.url)
        out.push(`Tracking issue: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(context.trackingIssue.url)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(context.trackingIssue.action)})`, '');
    if (!report.skipped) {
        const head = ['### Checks', '', '| | Check | Result | Answered by | Latency | Remaining / limit |', '|:-:|---|---|---|--:|--:|'];
        const auth = report.auth;
        head.push(`| ${ICON[auth.status]} | Authentication | ${auth.category === 'ok' || auth.category === 'not-checked' ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__.md)(auth.message) : `<b>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(_diagnosis_remedies_js__WEBPACK_IMPORTED_MODULE_0__/* .TITLES */ .eX[auth.category])}</b> (<code>${auth.category}</code>)`} | <code>GET /models</code> | ${ms(auth.latencyMs)} | |`);
        out.push(...head);
        size += bytes(head.join('\n'));
        const rows = report.models.map((m) => `| ${ICON[m.status]} | <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X)(m.id)}</code>${m.required ? '' : ' (optional)'}${foundInCell(m)} | ${resultCell(m)} | ${endpointCell(m)} | ${ms(m.latencyMs)} | ${formatLimits(m.probe?.rateLimits)} |`);
        for (const [i, row] of rows.entries()) {
            if (size + bytes(row) > budget) {
                out.push(`| | … | ${rows.length - i} more checks are in the \`report\` output | | | |`);
                break;
            }
            out.push(row);
            size += bytes(row);
        }
        out.push('');
    }
    out.push('<sub>openai-access-check · the key is never shown beyond its fingerprint</sub>', '');
    return out.join('\n');
}


/***/ }),

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ failingModels),
/* harmony export */   WH: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   WJ: () => (/* binding */ verdict),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   fe: () => (/* binding */ serviceName),
/* harmony export */   lb: () => (/* binding */ notChecked),
/* harmony export */   we: () => (/* binding */ passingModels)
/* harmony export */ });
/* unused harmony export CATEGORIES */
/**
 * The report: plain data produced by the checks and consumed by every renderer.
 * Its JSON form (output `report`, version 1) is a contract: see docs/DESIGN.md.
 */
const CATEGORIES = (/* unused pure expression or super */ null && ([
    'ok',
    'missing-key',
    'malformed-key',
    'invalid-key',
    'organization-mismatch',
    'no-organization',
    'account-inactive',
    'insufficient-quota',
    'missing-scope',
    'unsupported-region',
    'rate-limited',
    'server-error',
    'network-error',
    'timeout',
    'bad-base-url',
    'model-not-found',
    'model-no-access',
    'model-retired',
    'model-deprecated',
    'verification-required',
    'unexpected-response',
    'not-checked'
]));
/**
 * The status rule: what a diagnosis means for one check. `ok` passes; `not-checked` is skipped; an announced shutdown
 * warns, or fails a required model with `deprecation: error`; any other cause fails a required model and warns for an
 * optional one.
 */
function statusOf(category, required, deprecation = 'warn') {
    if (category === 'ok')
        return 'pass';
    if (category === 'not-checked')
        return 'skip';
    if (category === 'model-deprecated')
        return deprecation === 'error' && required ? 'fail' : 'warn';
    return required ? 'fail' : 'warn';
}
/** The service in headings and the log: `Azure OpenAI` for an Azure resource. */
function serviceName(report) {
    return report.provider === 'azure' ? 'Azure OpenAI' : 'OpenAI';
}
/** Requests in flight at once: the list and 20 models' probes leave in one round trip; far below any tier's request rate. */
const DEFAULT_CONCURRENCY = 32;
/** A model that was not checked, and why (status `skip`, category `not-checked`). */
function notChecked(id, required, message) {
    const status = statusOf('not-checked', required);
    return {
        id,
        required,
        status,
        category: 'not-checked',
        message,
        hints: [],
        requestId: null,
        shutdownDate: null,
        replacement: null,
        suggestions: [],
        latencyMs: null,
        source: null,
        probe: null
    };
}
/** The verdict rule: the step fails when authentication fails or any required model fails. */
function verdict(auth, models) {
    if (auth.status === 'fail')
        return false;
    return models.every((m) => m.status !== 'fail');
}
function passingModels(report) {
    return report.models.filter((m) => m.status === 'pass' || (m.status === 'warn' && m.category === 'model-deprecated')).map((m) => m.id);
}
/** Every checked model that is not usable: failed, warned (optional) or not checked because authentication failed. */
function failingModels(report) {
    const passing = new Set(passingModels(report));
    return report.models.filter((m) => !passing.has(m.id) && !(m.status === 'skip' && report.skipped)).map((m) => m.id);
}


/***/ }),

/***/ 3898:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cD: () => (/* binding */ comparePaths),
/* harmony export */   cS: () => (/* binding */ validateGlobPatterns),
/* harmony export */   j8: () => (/* binding */ SKIPPED_DIRECTORIES),
/* harmony export */   qv: () => (/* binding */ parseGlobList),
/* harmony export */   sp: () => (/* binding */ isSelected),
/* harmony export */   uO: () => (/* binding */ checkPatterns)
/* harmony export */ });
/* unused harmony exports MAX_PATTERN_LENGTH, MAX_STARS_PER_SEGMENT, MAX_GLOBSTARS, showPattern */
/**
 * `models-from` globs, pure: parsing the input, validating and compiling patterns, and deciding which
 * repository paths they select. No file system access (the walker, `walk.ts`, reads the tree).
 *
 * Comma- or newline-separated, relative to the repository root, `!` to exclude; evaluated in order, the
 * last matching pattern wins (like `@actions/glob`). Matching is picomatch's (`posix`, `dot`: `*`, `**`,
 * `?`, `[abc]`/`[!abc]`, a backslash to escape; `*` and `**` match dot files). What stays ours:
 *
 * - the list semantics: last match wins; a pattern whose last segment has no wildcard (`vendor`,
 *   `!**\/fixtures`) or that ends with `/` also selects everything below the directory of that name;
 * - brace expansion (`{a,b}`, nested, at most 1024 alternatives): each alternative is checked on its own,
 *   so `{src,..}/x` is refused like `../x`, and gives its own literal base to walk;
 * - the root-escape checks, on what a pattern means after unescaping (`.\./x` is `../x`), not on its
 *   spelling; the walker checks the resolved base again;
 * - bounds that keep matching fast: picomatch compiles to a backtracking regular expression, so a
 *   segment with many `*` (`*a*a*a*a*b`) or a pattern with many `**` takes minutes on a long name.
 */
/** Directories never walked unless a pattern names them literally. */
const SKIPPED_DIRECTORIES = ['node_modules', '.git', 'dist'];
/** Longest pattern accepted (characters). */
const MAX_PATTERN_LENGTH = 1024;
/** Most `*` wildcards in one path segment (a run such as `**` inside `a**b` counts once). */
const MAX_STARS_PER_SEGMENT = 3;
/** Most `**` segments in one pattern. */
const MAX_GLOBSTARS = 3;
const MAX_EXPANSIONS = 1024;
/** How much of a pattern an error message shows. */
const SHOWN = 80;
/**
 * Split the `models-from` input on commas and newlines (not on the commas of a `{a,b}`), trim,
 * and drop empty entries and `#` comments.
 */
function parseGlobList(input) {
    const out = [];
    let depth = 0;
    let current = '';
    const flush = () => {
        const entry = current.trim();
        if (entry !== '' && !entry.startsWith('#'))
            out.push(entry);
        current = '';
    };
    for (let i = 0; i < input.length; i++) {
        const c = input[i];
        if (c === '\\' && i + 1 < input.length && input[i + 1] !== '\n' && input[i + 1] !== '\r') {
            current += c + input[i + 1];
            i++;
        }
        else if (c === '\n' || c === '\r') {
            depth = 0;
            flush();
        }
        else if (c === ',' && depth === 0) {
            flush();
        }
        else {
            if (c === '{')
                depth++;
            else if (c === '}' && depth > 0)
                depth--;
            current += c;
        }
    }
    flush();
    return out;
}
/** A pattern as an error message shows it: clipped, so a huge input does not become a huge log line. */
function showPattern(raw) {
    const flat = raw.replace(/[\r\n]/g, ' ');
    return flat.length > SHOWN ? `${flat.slice(0, SHOWN - 1)}… (${raw.length} characters)` : flat;
}
function patternError(raw) {
    return new Error(`Input 'models-from': pattern "${showPattern(raw)}" is not allowed: patterns are relative to the repository root ` +
        `(no leading "/", no drive letter and no ".." segments).`);
}
/** Brace expansion, innermost-first left to right; at most MAX_EXPANSIONS results. */
function expandBraces(raw, pattern) {
    let open = -1;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            i++;
        }
        else if (c === '{') {
            open = i;
        }
        else if (c === '}' && open !== -1) {
            const body = pattern.slice(open + 1, i);
            const alternatives = [];
            let cur = '';
            for (let j = 0; j < body.length; j++) {
                if (body[j] === '\\' && j + 1 < body.length) {
                    cur += body.slice(j, j + 2);
                    j++;
                }
                else if (body[j] === ',') {
                    alternatives.push(cur);
                    cur = '';
                }
                else {
                    cur += body[j];
                }
            }
            alternatives.push(cur);
            if (alternatives.length < 2) {
                // `{a}` is literal braces
                return expandBraces(raw, pattern.slice(0, open) + '\\{' + body + '\\}' + pattern.slice(i + 1));
            }
            const head = pattern.slice(0, open);
            const tail = pattern.slice(i + 1);
            const out = [];
            for (const alt of alternatives) {
                for (const e of expandBraces(raw, head + alt + tail)) {
                    out.push(e);
                    if (out.length > MAX_EXPANSIONS) {
                        throw new Error(`Input 'models-from': pattern "${showPattern(raw)}" expands to more than ${MAX_EXPANSIONS} patterns; write fewer alternatives.`);
                    }
                }
            }
            return out;
        }
    }
    return [pattern];
}
/** The text of a segment without its escapes, or null when it has a wildcard. */
function literalSegment(seg) {
    let out = '';
    for (let i = 0; i < seg.length; i++) {
        const c = seg[i];
        if (c === '\\') {
            if (i + 1 < seg.length)
                out += seg[++i];
        }
        else if (c === '*' || c === '?' || c === '[') {
            return null;
        }
        else
            out += c;
    }
    return out;
}
/** Unescaped `*` runs in a segment (`a**b*` has two). */
function starRuns(seg) {
    let runs = 0;
    for (let i = 0; i < seg.length; i++) {
        if (seg[i] === '\\')
            i++;
        else if (seg[i] === '*') {
            runs++;
            while (seg[i + 1] === '*')
                i++;
        }
    }
    return runs;
}
function checkOne(raw, body, negate) {
    const segments = [];
    for (const s of body.split('/')) {
        if (s === '' || s === '.')
            continue;
        const literal = literalSegment(s);
        // What the segment means, not how it is spelled: `\.\.` is `..`.
        if (literal === '..' || literal === '')
            throw patternError(raw);
        if (literal === '.')
            continue;
        if (s === '**' && segments[segments.length - 1] === '**')
            continue;
        segments.push(s);
    }
    if (segments.length === 0)
        throw patternError(raw);
    if (body.endsWith('/') && segments[segments.length - 1] !== '**')
        segments.push('**');
    if (segments.some((s) => s !== '**' && starRuns(s) > MAX_STARS_PER_SEGMENT) || segments.filter((s) => s === '**').length > MAX_GLOBSTARS) {
        throw new Error(`Input 'models-from': pattern "${showPattern(raw)}" has more than ${MAX_STARS_PER_SEGMENT} \`*\` in one path segment or more than ` +
            `${MAX_GLOBSTARS} \`**\`, which can take minutes to match; split it into simpler patterns.`);
    }
    const last = segments[segments.length - 1];
    const implicitDescendants = last !== '**' && literalSegment(last) !== null;
    const glob = segments.join('/');
    const names = new Set();
    const baseParts = [];
    let inBase = true;
    segments.forEach((seg, i) => {
        const lit = literalSegment(seg);
        if (lit !== null && SKIPPED_DIRECTORIES.includes(lit))
            names.add(lit);
        if (inBase && lit !== null && i < segments.length - 1)
            baseParts.push(lit);
        else
            inBase = false;
    });
    return { negate, glob, implicitDescendants, names, base: baseParts.join('/') };
}
/**
 * Validate `models-from` patterns and normalise them for the matcher (match.ts compiles them). Throws when a
 * pattern is absolute, climbs out of the root with `..` (however escaped), is too long, or is too costly to match.
 */
function checkPatterns(patterns) {
    const compiled = [];
    for (const raw of patterns) {
        let body = raw.trim();
        if (body === '')
            continue;
        if (body.length > MAX_PATTERN_LENGTH) {
            throw new Error(`Input 'models-from': pattern "${showPattern(raw)}" is longer than ${MAX_PATTERN_LENGTH} characters; use shorter globs.`);
        }
        const negate = body.startsWith('!');
        if (negate)
            body = body.slice(1).trimStart();
        if (body === '')
            throw patternError(raw);
        if (body.startsWith('/') || body.startsWith('\\') || /^[A-Za-z]:/.test(body) || body.startsWith('~/'))
            throw patternError(raw);
        // `..` between backslashes too: a Windows-style path (`src\..\x`) means what it says.
        if (body.split(/[\\/]/).some((s) => s === '..'))
            throw patternError(raw);
        for (const expanded of expandBraces(raw, body)) {
            if (expanded.startsWith('/') || /^[A-Za-z]:/.test(expanded))
                throw patternError(raw);
            compiled.push(checkOne(raw, expanded, negate));
        }
    }
    return compiled;
}
/** Validate `models-from` patterns without touching the disk (same errors as the scan). */
function validateGlobPatterns(patterns) {
    checkPatterns(patterns);
}
/** Whether `file` is selected: the last matching pattern wins; a skipped directory needs a pattern that names it. */
function isSelected(file, patterns) {
    let skippedDirs = null;
    let selected = false;
    for (const p of patterns) {
        if (p.negate) {
            if (selected && p.match(file))
                selected = false;
        }
        else if (!selected && p.match(file)) {
            skippedDirs ??= file
                .split('/')
                .slice(0, -1)
                .filter((s) => SKIPPED_DIRECTORIES.includes(s));
            if (skippedDirs.every((d) => p.names.has(d)))
                selected = true;
        }
    }
    return selected;
}
/** Path order: segment by segment, by UTF-16 code unit (locale-independent). */
function comparePaths(a, b) {
    const sa = a.split('/');
    const sb = b.split('/');
    const n = Math.min(sa.length, sb.length);
    for (let i = 0; i < n; i++) {
        const x = sa[i];
        const y = sb[i];
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return sa.length - sb.length;
}


/***/ }),

/***/ 8750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   Ql: () => (/* binding */ DEFAULT_BASE_URL),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* unused harmony exports parseList, MODEL_ID, parseBaseUrl, parseStatusPage */
/* harmony import */ var _api_loopback_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(191);
/* harmony import */ var _providers_azure_endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3321);
/* harmony import */ var _providers_select_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3408);
/* harmony import */ var _scan_globs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3898);
/**
 * Action inputs → one validated, typed Settings object. Pure: the input reader is a parameter.
 * Every error names the input and says how to fix it.
 */




class InputError extends Error {
    input;
    constructor(input, message) {
        super(message);
        this.input = input;
    }
}
const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
/** Split a comma- or newline-separated list; trims, drops empties and duplicates (first wins). */
function parseList(value) {
    const seen = new Set();
    for (const item of value.split(/[,\n\r]+/)) {
        const trimmed = item.trim();
        if (trimmed && !trimmed.startsWith('#'))
            seen.add(trimmed);
    }
    return [...seen];
}
function oneOf(read, name, allowed, fallback) {
    const given = read(name).trim();
    const value = given.toLowerCase();
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new InputError(name, `Input \`${name}\` is ${shown(given)}; use one of: ${allowed.join(', ')}.`);
}
function bool(read, name, fallback) {
    const given = read(name).trim();
    const value = given.toLowerCase();
    if (value === '')
        return fallback;
    if (['true', 'yes', 'on', '1'].includes(value))
        return true;
    if (['false', 'no', 'off', '0'].includes(value))
        return false;
    throw new InputError(name, `Input \`${name}\` is ${shown(given)}; use true or false.`);
}
/**
 * A wrong value of a short input, quoted as given, unless it may be a secret pasted into the wrong input
 * (long, or shaped like a key): then only its length is named. Never case-folded: redaction of the key
 * matches its pieces, and a folded copy is one more form to miss.
 */
function shown(value) {
    if (value.length > 24 || /^(sk-|sess-|Bearer\s)/i.test(value))
        return `a ${value.length}-character value (not shown: it may be a secret)`;
    return `"${value}"`;
}
function clip(value) {
    return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}
/**
 * A permissive syntax check only, not the model table (`src/models/families.ts`): `models` also holds Azure
 * deployment names, ids of OpenAI-compatible servers and models newer than the table. The API says whether an
 * id exists; `__tests__/models/consistency.test.ts` checks that every id the table and the catalogue know passes.
 */
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:\-/@]{0,199}$/;
function modelList(read, name) {
    const ids = parseList(read(name));
    for (const id of ids) {
        if (!MODEL_ID.test(id)) {
            throw new InputError(name, `Input \`${name}\` has "${clip(id)}", which is not a model id; list ids such as gpt-4o-mini, separated by commas or newlines.`);
        }
    }
    return ids;
}
/** Validates and normalises `base-url`. https only, except for loopback servers (local fakes, proxies). */
function parseBaseUrl(value) {
    const raw = value.trim() || DEFAULT_BASE_URL;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new InputError('base-url', `Input \`base-url\` is "${clip(raw)}", which is not a URL; use the API root, such as ${DEFAULT_BASE_URL}.`);
    }
    if (url.username || url.password) {
        throw new InputError('base-url', 'Input `base-url` contains credentials; remove them from the URL and pass the key through `api-key`.');
    }
    if (url.protocol === 'http:' && !(0,_api_loopback_js__WEBPACK_IMPORTED_MODULE_0__/* .isLoopbackHost */ .cW)(url.hostname)) {
        throw new InputError('base-url', `Input \`base-url\` uses http:// for ${url.hostname}, which would send the key unencrypted; use https:// (plain http is accepted only for loopback addresses).`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError('base-url', `Input \`base-url\` uses ${url.protocol}; use an https:// URL such as ${DEFAULT_BASE_URL}.`);
    }
    // `href`, not `search`/`hash`: a bare `?` or `#` leaves both empty, yet stays in the URL every request is built on.
    if (url.search || url.hash || /[?#]/.test(url.href)) {
        throw new InputError('base-url', 'Input `base-url` has a query or fragment; give only the API root, such as https://api.openai.com/v1.');
    }
    return url.toString().replace(/\/+$/, '');
}
function parseSettings(read) {
    const timeoutText = read('timeout-seconds').trim();
    const timeoutSeconds = timeoutText === '' ? 60 : Number(timeoutText);
    if (!Number.isFinite(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > 3600) {
        throw new InputError('timeout-seconds', `Input \`timeout-seconds\` is ${shown(timeoutText)}; use a number of seconds between 1 and 3600, such as 60.`);
    }
    const models = modelList(read, 'models');
    const optionalModels = modelList(read, 'optional-models').filter((id) => !models.includes(id));
    const header = (name) => {
        const value = read(name).trim();
        if (value === '')
            return null;
        if (!/^[\x21-\x7e]+$/.test(value)) {
            throw new InputError(name, `Input \`${name}\` contains spaces or characters that cannot be sent in a header; copy the id again from the dashboard.`);
        }
        return value;
    };
    const provider = (0,_providers_select_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveProvider */ .r)(oneOf(read, 'provider', ['auto', 'openai', 'azure'], 'auto'), read('base-url').trim() || DEFAULT_BASE_URL);
    const probe = oneOf(read, 'probe', ['request', 'list'], 'request');
    if (provider === 'azure' && probe === 'list' && models.length + optionalModels.length > 0) {
        throw new InputError('probe', 'Input `probe` is `list`, but Azure OpenAI lists no deployments on the data plane, so a deployment can only be proven with a request: use `probe: request` (one 1-token request per deployment), or leave `models` empty to check the key alone.');
    }
    return {
        rawApiKey: read('api-key'),
        models,
        optionalModels,
        baseUrl: provider === 'azure' ? (0,_providers_azure_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .parseAzureBaseUrl */ .DC)(read('base-url'), DEFAULT_BASE_URL, parseBaseUrl) : parseBaseUrl(read('base-url')),
        provider,
        apiVersion: (0,_providers_azure_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .apiVersionFor */ .I7)(provider, read('api-version')),
        organization: header('organization'),
        project: header('project'),
        probe,
        timeoutMs: Math.round(timeoutSeconds * 1000),
        ifKeyMissing: oneOf(read, 'if-key-missing', ['error', 'warn', 'ignore'], 'error'),
        deprecation: oneOf(read, 'deprecation', ['error', 'warn', 'ignore'], 'warn'),
        issueOnFailure: bool(read, 'issue-on-failure', false),
        githubToken: read('github-token').trim(),
        modelsFrom: globList(read),
        statusPage: parseStatusPage(read('status-page'))
    };
}
/** `status-page`: `auto` (default), `off`, or the URL of a status page: https, or plain http only for loopback. */
function parseStatusPage(value) {
    const raw = value.trim();
    if (raw === '' || raw.toLowerCase() === 'auto')
        return 'auto';
    if (['off', 'false', 'none', 'no'].includes(raw.toLowerCase()))
        return 'off';
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new InputError('status-page', `Input \`status-page\` is "${clip(raw)}"; use auto, off, or the URL of a status page such as https://status.openai.com.`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (0,_api_loopback_js__WEBPACK_IMPORTED_MODULE_0__/* .isLoopbackHost */ .cW)(url.hostname))) {
        throw new InputError('status-page', `Input \`status-page\` must be an https:// URL (plain http only for loopback), such as https://status.openai.com.`);
    }
    if (url.username || url.password || url.search || url.hash) {
        throw new InputError('status-page', 'Input `status-page` has credentials, a query or a fragment; give only the page, such as https://status.openai.com.');
    }
    return url.toString().replace(/\/+$/, '');
}
function globList(read) {
    const patterns = (0,_scan_globs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseGlobList */ .qv)(read('models-from'));
    try {
        (0,_scan_globs_js__WEBPACK_IMPORTED_MODULE_3__/* .validateGlobPatterns */ .cS)(patterns);
    }
    catch (error) {
        throw new InputError('models-from', error instanceof Error ? error.message : String(error));
    }
    return patterns;
}


/***/ }),

/***/ 7625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ attachStatus),
/* harmony export */   Hk: () => (/* binding */ byRelevance),
/* harmony export */   Jn: () => (/* binding */ elsewhere),
/* harmony export */   Qh: () => (/* binding */ pageLabel),
/* harmony export */   S5: () => (/* binding */ incidentFacts)
/* harmony export */ });
/* unused harmony exports statusRemedy, statusHint */
/* harmony import */ var _diagnosis_links_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8352);
/* harmony import */ var _diagnosis_remedy_table_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3046);
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8300);
/** What the page said, put where people look: the first hint of each status-worthy failure. Pure. */



function pageLabel(page) {
    if (page === _decide_js__WEBPACK_IMPORTED_MODULE_2__/* .OPENAI_STATUS_PAGE */ .sX)
        return 'OpenAI’s status page';
    try {
        return `The status page at ${new URL(page).host}`;
    }
    catch {
        return 'The status page';
    }
}
const words = (word) => word.replace(/_/g, ' ');
function incidentFacts(incident) {
    const facts = [words(incident.status), incident.impact !== 'unknown' ? words(incident.impact) : ''].filter((f) => f && f !== 'unknown');
    if (incident.components.length)
        facts.push(`affects ${incident.components.join(', ')}`);
    return facts.join('; ');
}
/**
 * An incident of OpenAI's page that is not the API's: the page groups its components (`APIs`, `ChatGPT`,
 * `Sora`, …), and every component this one affects lies outside the API group. When the groups are not
 * known, or on any other page, an incident counts.
 */
function elsewhere(page, incident) {
    return page === _decide_js__WEBPACK_IMPORTED_MODULE_2__/* .OPENAI_STATUS_PAGE */ .sX && (incident.groups?.length ?? 0) > 0 && !incident.groups.some((g) => /\bAPIs?\b/i.test(g));
}
/** The incidents that may explain a failed request first, those of other products after them. */
function byRelevance(status) {
    return [...status.incidents.filter((i) => !elsewhere(status.page, i)), ...status.incidents.filter((i) => elsewhere(status.page, i))];
}
/** What the page says, as a remedy: for hints, the failure message and the log. */
function statusRemedy(status) {
    const page = pageLabel(status.page);
    if (status.error)
        return { id: 'status/unread', slots: { page, error: status.error, url: status.page } };
    const [first, ...more] = status.incidents.filter((i) => !elsewhere(status.page, i));
    const others = status.incidents.filter((i) => elsewhere(status.page, i));
    if (!first && others.length) {
        const names = [...new Set(others.flatMap((i) => i.groups ?? []))];
        const groups = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');
        return { id: 'status/incident-elsewhere', slots: { page, groups, name: others[0].name, more: others.length > 1 ? `${others.length - 1} more` : null } };
    }
    if (first) {
        const linked = first.url?.startsWith('https://');
        const slots = {
            page,
            name: first.name,
            facts: incidentFacts(first),
            more: more.length ? `${more.length} more incident${more.length === 1 ? '' : 's'}` : null,
            url: linked ? first.url : status.page
        };
        return { id: linked ? 'status/incident' : 'status/incident-unlinked', slots };
    }
    return { id: 'status/no-incident', slots: { page, description: status.description } };
}
/** One sentence saying what the page says, for hints, the failure message and the log. */
function statusHint(status) {
    return renderRemedy(statusRemedy(status));
}
const isStatusPageHint = (hint) => hint.includes(_diagnosis_links_js__WEBPACK_IMPORTED_MODULE_0__/* .LINKS */ .A.status);
function annotate(check, remedy) {
    if (check.status !== 'fail' || !_decide_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_WORTHY */ .TA.has(check.category))
        return check;
    // The generic "check the status page" hint is replaced by what the page says; other hints stay.
    if (check.remedies?.length === check.hints.length) {
        return { ...check, ...(0,_diagnosis_remedy_table_js__WEBPACK_IMPORTED_MODULE_1__/* .withRemedies */ .Nq)([remedy, ...check.remedies.filter((r) => !isStatusPageHint((0,_diagnosis_remedy_table_js__WEBPACK_IMPORTED_MODULE_1__/* .renderRemedy */ .XL)(r)))]) };
    }
    // Hints that are not the table's (a diagnosis built elsewhere): kept as they are, without data.
    const { remedies: _stale, ...rest } = check;
    return { ...rest, hints: [(0,_diagnosis_remedy_table_js__WEBPACK_IMPORTED_MODULE_1__/* .renderRemedy */ .XL)(remedy), ...check.hints.filter((h) => !isStatusPageHint(h))] };
}
function attachStatus(report, status) {
    const remedy = statusRemedy(status);
    return { ...report, status, auth: annotate(report.auth, remedy), models: report.models.map((m) => annotate(m, remedy)) };
}


/***/ }),

/***/ 8300:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FS: () => (/* binding */ statusReserveMs),
/* harmony export */   TA: () => (/* binding */ STATUS_WORTHY),
/* harmony export */   WB: () => (/* binding */ resolveStatusPage),
/* harmony export */   Xn: () => (/* binding */ wantsStatusPage),
/* harmony export */   sX: () => (/* binding */ OPENAI_STATUS_PAGE),
/* harmony export */   zN: () => (/* binding */ STATUS_CAP_MS)
/* harmony export */ });
/* harmony import */ var _api_official_api_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1474);
/** When the status page is worth a look, which page, and how long it may take. Pure. */

const OPENAI_STATUS_PAGE = 'https://status.openai.com';
/** Causes that may be the provider's own: its servers (overload included), or no answer at all. */
const STATUS_WORTHY = new Set(['server-error', 'timeout', 'network-error']);
/** The most the page may take: it explains a failure, it is never worth holding the step for. */
const STATUS_CAP_MS = 3000;
/** `status-page` (`auto` | `off` | URL, as validated by settings) → the page to read, or null. */
function resolveStatusPage(setting, baseUrl) {
    if (setting === 'off')
        return null;
    if (!setting || setting === 'auto')
        return (0,_api_official_api_js__WEBPACK_IMPORTED_MODULE_0__/* .isOfficialApi */ .W)(baseUrl) ? OPENAI_STATUS_PAGE : null;
    return setting;
}
/**
 * Time kept back from the checks for the page, so that reading it never pushes the step past
 * `timeout-seconds` even when the checks themselves ran out of time: a tenth of the timeout, at most 2 s,
 * and only when a page would be read.
 */
function statusReserveMs(page, timeoutMs) {
    return page ? Math.min(2000, Math.round(timeoutMs / 10)) : 0;
}
/** True when a check failed (not merely warned) for a status-worthy cause: a passing run is never held. */
function wantsStatusPage(report) {
    return [report.auth, ...report.models].some((check) => check.status === 'fail' && STATUS_WORTHY.has(check.category));
}


/***/ }),

/***/ 5864:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ renderStatusSection),
/* harmony export */   z: () => (/* binding */ renderStatusLog)
/* harmony export */ });
/* harmony import */ var _render_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7789);
/* harmony import */ var _attach_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7625);
/** The status page in the summary, the tracking issue and the log. All page text is escaped here once more. */


const ICON = { none: '🟢', minor: '🟡', major: '🟠', critical: '🔴', unknown: '⚪' };
/** A URL safe to put in a Markdown link target (text.ts allows nothing else, checked again here). */
function linkTarget(url) {
    return url && /^https?:\/\/[A-Za-z0-9.\-:[\]]+\/[A-Za-z0-9._~\-/]*$/.test(url) ? url : null;
}
/** A short Markdown section: the page's verdict, each incident by name (linked), and where it came from. */
function renderStatusSection(status, heading = '###') {
    const page = linkTarget(`${status.page.replace(/\/+$/, '')}/`);
    const pageText = (0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)(status.page);
    const where = page ? `[${pageText}](${page})` : pageText;
    if (status.error) {
        return [
            `${heading} ⚪ ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)((0,_attach_js__WEBPACK_IMPORTED_MODULE_1__/* .pageLabel */ .Qh)(status.page))}`,
            '',
            `${where} ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)(status.error)}; the verdict above does not depend on it.`,
            ''
        ].join('\n');
    }
    const count = status.incidents.length;
    const forApi = status.incidents.filter((i) => !(0,_attach_js__WEBPACK_IMPORTED_MODULE_1__/* .elsewhere */ .Jn)(status.page, i)).length;
    const scope = forApi === count ? '' : forApi === 0 ? ', none for the API' : ` (${forApi} for the API)`;
    const title = count ? `${count} ongoing incident${count === 1 ? '' : 's'}${scope}` : 'no ongoing incident';
    const lines = [
        `${heading} ${ICON[status.indicator]} ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)((0,_attach_js__WEBPACK_IMPORTED_MODULE_1__/* .pageLabel */ .Qh)(status.page))}: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)(title)}`,
        '',
        `${where} says: **${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)(status.description || status.indicator)}**.`,
        ''
    ];
    for (const incident of (0,_attach_js__WEBPACK_IMPORTED_MODULE_1__/* .byRelevance */ .Hk)(status)) {
        const target = linkTarget(incident.url);
        const name = (0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)(incident.name);
        const facts = (0,_attach_js__WEBPACK_IMPORTED_MODULE_1__/* .incidentFacts */ .S5)(incident);
        const other = (0,_attach_js__WEBPACK_IMPORTED_MODULE_1__/* .elsewhere */ .Jn)(status.page, incident) ? ` · not the API (${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)(incident.groups.join(', '))})` : '';
        lines.push(`- ${target ? `[${name}](${target})` : name}${facts ? ` — ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)(facts)}` : ''}${other}`);
    }
    if (status.incidents.length)
        lines.push('');
    lines.push('<sub>Read because a check failed for a cause that may be the provider’s own; it never changes the verdict.</sub>', '');
    return lines.join('\n');
}
/** Lines for the log, under the checks. */
function renderStatusLog(status) {
    if (status.error)
        return [(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .logSafe */ .s)(`Status page ${status.page} ${status.error}.`)];
    const lines = [(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .logSafe */ .s)(`Status page ${status.page}: ${status.description || status.indicator} (${status.indicator})`)];
    if (!status.incidents.length)
        lines.push('    no ongoing incident');
    for (const incident of (0,_attach_js__WEBPACK_IMPORTED_MODULE_1__/* .byRelevance */ .Hk)(status)) {
        const facts = (0,_attach_js__WEBPACK_IMPORTED_MODULE_1__/* .incidentFacts */ .S5)(incident);
        const other = (0,_attach_js__WEBPACK_IMPORTED_MODULE_1__/* .elsewhere */ .Jn)(status.page, incident) ? ` — not the API (${incident.groups.join(', ')})` : '';
        lines.push((0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .logSafe */ .s)(`    incident: ${incident.name}${facts ? ` (${facts})` : ''}${incident.url ? ` ${incident.url}` : ''}${other}`));
    }
    return lines;
}


/***/ }),

/***/ 5580:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ thousands)
/* harmony export */ });
/**
 * A count with thousands separators, as `toLocaleString('en-US')` writes it: 1234567 → "1,234,567".
 * By hand because the first `toLocaleString` of a process loads ICU's number formatting, about 25 ms of a
 * run that takes 300 (a CPU profile of `npm run bench`'s runs).
 */
function thousands(n) {
    if (!Number.isFinite(n))
        return String(n);
    const [whole, fraction] = String(Math.abs(n)).split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
    return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 9311:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

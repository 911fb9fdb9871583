/** Every page a hint links to, in one place. */
export const LINKS = {
  apiKeys: 'https://platform.openai.com/api-keys',
  secrets: 'https://docs.github.com/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions',
  forkSecrets:
    'https://docs.github.com/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#workflows-in-forked-repositories',
  dependabotSecrets:
    'https://docs.github.com/code-security/dependabot/troubleshooting-dependabot/troubleshooting-dependabot-on-github-actions#accessing-secrets',
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
} as const

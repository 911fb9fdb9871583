/** The usage line (shown after a usage error) and the --help text. */

export const USAGE = `Usage: openai-access-check [MODEL...] [--optional-models M,…] [--models-from GLOB]… [--base-url URL]
                           [--organization ID] [--project ID] [--probe request|list] [--timeout SECONDS]
                           [--deprecation warn|error|ignore] [--status-page auto|off|URL]
                           [--provider auto|openai|azure] [--api-version V] [--json | --markdown]
       openai-access-check --help | --version`

export const HELP = `openai-access-check: can this key use these models right now, and if not, why and what to do?

${USAGE}

Checks that the key in OPENAI_API_KEY authenticates and that each MODEL is usable (by default with one
minimal real request each), and prints the cause and the exact fix of every failure: the same checks and
diagnosis as the openai-access-check GitHub Action.

Options:
  MODEL...                      models that must be usable (ids, or comma-separated lists)
  --optional-models M,…         checked and reported; a failure is a warning (repeatable)
  --models-from GLOB            scan files for model ids and check them too (repeatable; quote the glob)
  --base-url URL                API root (default: OPENAI_BASE_URL, else https://api.openai.com/v1)
  --organization ID             sent as OpenAI-Organization (default: OPENAI_ORG_ID)
  --project ID                  sent as OpenAI-Project (default: OPENAI_PROJECT_ID)
  --probe request|list          request: one minimal real request per model (default; a fraction of a cent)
                                list: metadata only, free
  --timeout SECONDS             deadline for the whole check, retries included (default: 60)
  --deprecation warn|error|ignore
                                what an announced shutdown of a model does (default: warn)
  --status-page auto|off|URL    the status page read when a check fails for a cause that may be the
                                provider's own (default auto: status.openai.com for OpenAI's API)
  --provider auto|openai|azure  the service behind --base-url (default auto: Azure for Azure OpenAI hosts)
  --api-version V               Azure only: a dated API version (default: OPENAI_API_VERSION, else the v1 API)
  --json                        print the report (JSON, version 1) alone on stdout
  --markdown                    print the report as Markdown (the action's job summary)
  -h, --help                    this help
  --version                     the version

The key is read from OPENAI_API_KEY only (with Azure OpenAI: AZURE_OPENAI_API_KEY), never from a flag,
and is never printed.
HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured.

Exit status: 0 every required model is usable, 1 a check failed, 2 bad usage or input.

Examples:
  OPENAI_API_KEY=sk-… npx openai-access-check gpt-4o-mini o4-mini text-embedding-3-small
  npx openai-access-check gpt-4o-mini --probe list
  npx openai-access-check --models-from 'src/**/*.py' --json > report.json
  OPENAI_BASE_URL=http://127.0.0.1:8080/v1 npx openai-access-check my-local-model
  AZURE_OPENAI_API_KEY=… npx openai-access-check --base-url https://NAME.openai.azure.com my-chat-deployment`

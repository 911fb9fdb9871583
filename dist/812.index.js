export const id = 812;
export const ids = [812];
export const modules = {

/***/ 3812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACTIONS_BOT: () => (/* binding */ ACTIONS_BOT),
/* harmony export */   TRACKING_LABEL: () => (/* binding */ TRACKING_LABEL),
/* harmony export */   TRACKING_MARKER: () => (/* binding */ TRACKING_MARKER),
/* harmony export */   describeFailure: () => (/* binding */ describeFailure),
/* harmony export */   encodeKey: () => (/* binding */ encodeKey),
/* harmony export */   issueTitle: () => (/* binding */ issueTitle),
/* harmony export */   issuesApiFromOctokit: () => (/* binding */ issuesApiFromOctokit),
/* harmony export */   stateMarker: () => (/* binding */ stateMarker),
/* harmony export */   syncTrackingIssue: () => (/* binding */ syncTrackingIssue)
/* harmony export */ });
/* harmony import */ var _diagnosis_remedy_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3046);

const TRACKING_LABEL = 'openai-access-check';
const TRACKING_MARKER = '<!-- openai-access-check:tracking-issue -->';
const STATE_MARKER_RE = /<!-- openai-access-check:diagnosis=([^\s>]*) -->/;
const LABEL_COLOR = 'd93f0b';
const LABEL_DESCRIPTION = 'Tracking issue kept open by openai-access-check while the scheduled check fails';
const TITLE_PREFIX = 'openai-access-check is failing: ';
const MAX_TITLE = 256;
/** GitHub rejects bodies over 65536 characters; keep room for the frame around the diagnosis. */
const MAX_DIAGNOSIS = 60_000;
const PER_PAGE = 100;
/** Pages of labelled open issues read before giving up (10 000 issues). */
const MAX_LABELLED_PAGES = 100;
/** Pages of all open issues read when no labelled issue carries the marker (the label may have been dropped). */
const MAX_FALLBACK_PAGES = 5;
function issuesApiFromOctokit(octokit) {
    const issues = octokit.rest.issues;
    return {
        listForRepo: (params) => issues.listForRepo(params),
        create: (params) => issues.create(params),
        update: (params) => issues.update(params),
        createComment: (params) => issues.createComment(params),
        createLabel: (params) => issues.createLabel(params),
        authenticatedLogin: async () => {
            try {
                return (await octokit.rest.users.getAuthenticated()).data.login;
            }
            catch {
                return null; // GITHUB_TOKEN may not read /user: its identity is github-actions[bot]
            }
        }
    };
}
/** The identity behind GITHUB_TOKEN: every issue it opens is by this user. */
const ACTIONS_BOT = 'github-actions[bot]';
/** Whether an issue was opened by the action's own identity (memoised per run). */
function identity(api) {
    let login = null;
    return async (issue) => {
        const author = issue.user?.login;
        if (!author)
            return false;
        if (author === ACTIONS_BOT)
            return true;
        login ??= api.authenticatedLogin ? api.authenticatedLogin().catch(() => null) : Promise.resolve(null);
        return author === (await login);
    };
}
// ---------------------------------------------------------------------------------------------
async function syncTrackingIssue(input) {
    try {
        return await sync(input);
    }
    catch (error) {
        // Every API call below handles its own errors; this is the last guard of the "never throw" rule.
        return { action: 'none', issueNumber: null, issueUrl: null, warning: describeFailure('keep the tracking issue', error) };
    }
}
async function sync(input) {
    const { api, owner, repo } = input;
    const ours = identity(api);
    const found = await findTrackingIssue(api, owner, repo, ours);
    if (!found.ok)
        return { action: 'none', issueNumber: null, issueUrl: null, warning: found.warning };
    const issue = found.issue;
    if (issue)
        await closeDuplicates(api, owner, repo, issue, found.duplicates);
    if (!input.needsAttention) {
        if (!issue)
            return { action: 'none', issueNumber: null, issueUrl: null, warning: null };
        const ref = { issueNumber: issue.number, issueUrl: issue.html_url };
        try {
            await api.createComment({ owner, repo, issue_number: issue.number, body: passingComment(input.runUrl) });
        }
        catch (error) {
            return { action: 'unchanged', ...ref, warning: describeFailure(`comment on tracking issue #${issue.number}`, error) };
        }
        try {
            await api.update({ owner, repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
        }
        catch (error) {
            return { action: 'commented', ...ref, warning: describeFailure(`close tracking issue #${issue.number}`, error) };
        }
        return { action: 'closed', ...ref, warning: null };
    }
    const key = encodeKey(input.diagnosisKey);
    const title = issueTitle(input.title);
    if (issue) {
        const ref = { issueNumber: issue.number, issueUrl: issue.html_url };
        const body = issue.body ?? '';
        const stored = STATE_MARKER_RE.exec(body)?.[1] ?? null;
        if (stored === key)
            return { action: 'unchanged', ...ref, warning: null };
        try {
            await api.createComment({
                owner,
                repo,
                issue_number: issue.number,
                body: changedComment(input.diagnosisMarkdown, input.runUrl)
            });
        }
        catch (error) {
            return { action: 'unchanged', ...ref, warning: describeFailure(`comment on tracking issue #${issue.number}`, error) };
        }
        try {
            await api.update({ owner, repo, issue_number: issue.number, title, body: withStateMarker(body, key) });
        }
        catch (error) {
            return {
                action: 'commented',
                ...ref,
                warning: describeFailure(`record the new diagnosis in tracking issue #${issue.number}`, error)
            };
        }
        return { action: 'commented', ...ref, warning: null };
    }
    // First failure: make sure the label exists (tolerating "already exists" and "forbidden"), then open.
    try {
        await api.createLabel({ owner, repo, name: TRACKING_LABEL, color: LABEL_COLOR, description: LABEL_DESCRIPTION });
    }
    catch {
        // 422 already_exists is the normal case after the first time. 403/404 (may not create labels):
        // GitHub drops labels it cannot attach, and the marker alone still finds the issue.
    }
    const body = openingBody(input.diagnosisMarkdown, key, input.runUrl);
    let created;
    try {
        created = (await api.create({ owner, repo, title, body, labels: [TRACKING_LABEL] })).data;
    }
    catch (error) {
        if (statusOf(error) !== 422) {
            return { action: 'none', issueNumber: null, issueUrl: null, warning: describeFailure('open the tracking issue', error) };
        }
        try {
            created = (await api.create({ owner, repo, title, body })).data;
        }
        catch (again) {
            return { action: 'none', issueNumber: null, issueUrl: null, warning: describeFailure('open the tracking issue', again) };
        }
    }
    // A concurrent run may have opened one at the same moment: the oldest wins, a younger one closes itself.
    const recheck = await findTrackingIssue(api, owner, repo, ours);
    if (recheck.ok && recheck.issue && recheck.issue.number !== created.number && isOlder(recheck.issue, created)) {
        const winner = recheck.issue;
        await closeDuplicates(api, owner, repo, winner, [created]);
        return { action: 'unchanged', issueNumber: winner.number, issueUrl: winner.html_url, warning: null };
    }
    return { action: 'opened', issueNumber: created.number, issueUrl: created.html_url, warning: null };
}
/** Issues of ours beyond the oldest that one run closes (a listing lag makes a few at most). */
const MAX_DUPLICATES_CLOSED = 5;
async function findTrackingIssue(api, owner, repo, ours) {
    try {
        // Oldest first: the first issue carrying the marker is the one to keep. The label is trusted as is.
        const labelled = await scan(api, owner, repo, { labels: TRACKING_LABEL, direction: 'asc' }, MAX_LABELLED_PAGES, true, async () => true);
        // The label may be missing (label creation forbidden, or removed by hand): look at recent open issues,
        // adopting only those the action's own identity opened.
        const found = labelled.length ? labelled : await scan(api, owner, repo, { direction: 'desc' }, MAX_FALLBACK_PAGES, false, ours);
        if (!found.length)
            return { ok: true, issue: null, duplicates: [] };
        const [oldest, ...younger] = [...found].sort((a, b) => (isOlder(a, b) ? -1 : isOlder(b, a) ? 1 : 0));
        // Younger copies opened by us (concurrent runs under listing lag) are duplicates; copies made by hand are left alone.
        const duplicates = [];
        for (const issue of younger)
            if (duplicates.length < MAX_DUPLICATES_CLOSED && (await ours(issue)))
                duplicates.push(issue);
        return { ok: true, issue: oldest, duplicates };
    }
    catch (error) {
        return { ok: false, warning: describeFailure('look for the tracking issue', error) };
    }
}
async function closeDuplicates(api, owner, repo, kept, duplicates) {
    for (const duplicate of duplicates) {
        try {
            await api.createComment({
                owner,
                repo,
                issue_number: duplicate.number,
                body: `Duplicate of #${kept.number} (opened by a concurrent run of openai-access-check).`
            });
            await api.update({ owner, repo, issue_number: duplicate.number, state: 'closed', state_reason: 'not_planned' });
        }
        catch {
            // Left open: the next run tries again, and always keeps the oldest.
        }
    }
}
/** The open issues carrying the marker that `accept` accepts, from the pages read. */
async function scan(api, owner, repo, filter, maxPages, stopAtFirst, accept) {
    const found = [];
    for (let page = 1; page <= maxPages; page++) {
        const { data } = await api.listForRepo({
            owner,
            repo,
            ...filter,
            state: 'open',
            sort: 'created',
            per_page: PER_PAGE,
            page
        });
        for (const issue of data) {
            if (issue.pull_request || !(issue.body ?? '').includes(TRACKING_MARKER))
                continue;
            if (await accept(issue))
                found.push(issue);
        }
        if ((found.length && stopAtFirst) || data.length < PER_PAGE)
            break;
    }
    return found;
}
function isOlder(a, b) {
    const ta = Date.parse(a.created_at);
    const tb = Date.parse(b.created_at);
    if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb)
        return ta < tb;
    return a.number < b.number;
}
// ---------------------------------------------------------------------------------------------
// Text
/** The issue title: one line, at most 256 characters, prefixed unless it already names the action. */
function issueTitle(raw) {
    const cause = oneLine(raw);
    const full = cause === '' ? 'openai-access-check needs attention' : /^openai-access-check\b/i.test(cause) ? cause : TITLE_PREFIX + cause;
    return cap(full, MAX_TITLE);
}
/** The key as stored in the hidden marker: URI-encoded (cannot close the comment), hashed when long. */
function encodeKey(key) {
    const encoded = encodeURIComponent(key);
    if (encoded.length <= 512)
        return encoded;
    return `fnv1a-${fnv1a(key)}-${key.length}`;
}
function stateMarker(encodedKey) {
    return `<!-- openai-access-check:diagnosis=${encodedKey} -->`;
}
function openingBody(diagnosisMarkdown, encodedKey, runUrl) {
    const run = runLink(runUrl);
    return [
        TRACKING_MARKER,
        stateMarker(encodedKey),
        run ? `**openai-access-check** reported a problem in ${run}.` : '**openai-access-check** reported a problem.',
        '',
        capDiagnosis(diagnosisMarkdown),
        '',
        '---',
        '<sub>This issue is kept by openai-access-check (`issue-on-failure: true`): it gets one comment when the diagnosis ' +
            'changes and is closed when the check passes again. Keep the hidden markers in this description: they let the ' +
            'next run find this issue.</sub>',
        ''
    ].join('\n');
}
function changedComment(diagnosisMarkdown, runUrl) {
    const run = runLink(runUrl);
    return [
        run
            ? `**openai-access-check** still needs attention, with a new diagnosis, in ${run}:`
            : '**openai-access-check** still needs attention, with a new diagnosis:',
        '',
        capDiagnosis(diagnosisMarkdown),
        ''
    ].join('\n');
}
function passingComment(runUrl) {
    const run = runLink(runUrl);
    return run
        ? `**openai-access-check** is passing again since ${run}. Closing this issue.\n`
        : '**openai-access-check** is passing again. Closing this issue.\n';
}
/** Replace (or add) the state marker, leaving the rest of the description as people may have edited it. */
function withStateMarker(body, encodedKey) {
    const marker = stateMarker(encodedKey);
    if (STATE_MARKER_RE.test(body))
        return body.replace(STATE_MARKER_RE, () => marker);
    if (body.includes(TRACKING_MARKER))
        return body.replace(TRACKING_MARKER, () => `${TRACKING_MARKER}\n${marker}`);
    return `${TRACKING_MARKER}\n${marker}\n${body}`;
}
function runLink(runUrl) {
    if (!runUrl)
        return null;
    let url;
    try {
        url = new URL(runUrl);
    }
    catch {
        return null;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return null;
    const href = url.href.replace(/[()<>[\]\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[this workflow run](${href})`;
}
function capDiagnosis(markdown) {
    const text = markdown.trim();
    if (text.length <= MAX_DIAGNOSIS)
        return text;
    return `${text.slice(0, MAX_DIAGNOSIS)}\n\n… (truncated: see the job summary of the run for the full report)`;
}
function oneLine(text) {
    return text
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
function cap(text, max) {
    const chars = Array.from(text);
    if (chars.length <= max)
        return text;
    return `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
function fnv1a(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
}
// ---------------------------------------------------------------------------------------------
// Errors → one warning line
/** The HTTP status GitHub answered with; null when it did not answer (Octokit reports those as a status 500 without a response). */
function statusOf(error) {
    const e = error;
    const status = e?.status;
    if (typeof status !== 'number' || status <= 0)
        return null;
    if (e?.response === undefined && (status === 500 || noAnswer(error) !== null))
        return null;
    return status;
}
/** Why no answer came (timeout, refused, DNS …), when that is what happened. */
function noAnswer(error) {
    const chain = [];
    for (let e = error; e && typeof e === 'object' && chain.length < 6; e = e.cause)
        chain.push(e);
    const request = error?.request;
    let where = 'the GitHub API';
    try {
        if (typeof request?.url === 'string')
            where = `the GitHub API at ${new URL(request.url).host}`;
    }
    catch {
        // keep the generic name
    }
    if (chain.some((e) => e.name === 'AbortError' || e.name === 'TimeoutError'))
        return `${where} did not answer in time`;
    const code = chain.map((e) => e.code).find((c) => typeof c === 'string' && c !== '');
    if (!code)
        return null;
    if (code === 'ECONNREFUSED')
        return `${where} refused the connection (${code})`;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return `${where} could not be resolved (${code})`;
    if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT')
        return `${where} did not answer in time (${code})`;
    return `the connection to ${where} failed (${code})`;
}
function messageOf(error) {
    const data = error?.response?.data;
    const fromServer = typeof data === 'object' && data !== null ? data.message : undefined;
    const raw = typeof fromServer === 'string' ? fromServer : error instanceof Error ? error.message : String(error);
    return cap(oneLine(raw).replace(/^::/, ': :'), 200);
}
/** One plain-text line saying what could not be done, why, and the exact fix. */
function describeFailure(doing, error) {
    const status = statusOf(error);
    const message = messageOf(error);
    const unanswered = status === null ? noAnswer(error) : null;
    const answered = status ? `GitHub answered HTTP ${status}${message ? ` (${message})` : ''}` : unanswered ? unanswered : `the request failed (${message})`;
    const head = `openai-access-check could not ${doing}: ${answered}.`;
    const fix = status === 403 && /rate limit/i.test(message)
        ? 'github/rate-limit'
        : status === 403 || status === 404
            ? 'github/permission'
            : status === 401
                ? 'github/token-rejected'
                : status === 410
                    ? 'github/issues-disabled'
                    : 'github/next-run';
    return `${head} ${(0,_diagnosis_remedy_table_js__WEBPACK_IMPORTED_MODULE_0__/* .renderRemedy */ .XL)({ id: fix })}`;
}


/***/ })

};

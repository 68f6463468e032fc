// The page a meeting-stage notification shows (meeting-stage.ts): GET /stage/<page>?<ids>. The bot
// builds its content from the ids (Bot.stagePage); this writes it as a small HTML page that loads
// TeamsJS from Microsoft's CDN (pinned, with its integrity hash) and our own script, which submits
// the chosen choice's action back to the bot (a task/submit invoke, handlers/task-submit.ts).
// No storage is read and nothing but ids is accepted: the text comes from the bot's own content, so
// the address cannot be used to show anything else on our domain. Strict CSP, no inline script.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Bot, StagePage } from '../../contract/activities.js';

/** TeamsJS as Microsoft's documentation gives it: the CDN build, pinned by version and hash. */
export const TEAMS_JS = {
  src: 'https://res.cdn.office.net/teams-js/2.34.0/js/MicrosoftTeams.min.js',
  integrity: 'sha384-brW9AazbKR2dYw2DucGgWCCcmrm2oBFV4HQidyuyZRI/TnAkmOOnTARSTdps3Hwt',
};
/** Beside the page (relative, so a PUBLIC_URL with a path works too). */
export const SCRIPT_PATH = 'submit.js';

const STYLE =
  'body{font-family:"Segoe UI",system-ui,sans-serif;margin:16px;line-height:1.45;color:#242424;background:#fff}' +
  'h1{font-size:1.15rem;margin:0 0 .75rem}p{margin:0 0 .6rem}.prompt{font-weight:600}' +
  'button{display:block;width:100%;margin:.5rem 0;padding:.6rem .8rem;font:inherit;text-align:left;' +
  'border:1px solid #5b5fc7;border-radius:4px;background:#fff;color:#242424;cursor:pointer}' +
  'button:focus-visible{outline:2px solid #242424;outline-offset:2px}button:disabled{opacity:.6}' +
  '.note{font-size:.85rem;color:#616161}#status{font-weight:600}' +
  '@media (prefers-color-scheme:dark){body{color:#fff;background:#1f1f1f}' +
  'button{background:#2b2b2b;color:#fff;border-color:#7f85f5}.note{color:#d6d6d6}}';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Teams (web, desktop, the Microsoft 365 app) frames the page; nothing else may. */
export const STAGE_CSP = [
  "default-src 'none'",
  `script-src 'self' https://res.cdn.office.net`,
  `style-src ${hash(STYLE)}`,
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors https://teams.microsoft.com https://*.teams.microsoft.com https://teams.cloud.microsoft https://*.cloud.microsoft https://*.office.com https://*.microsoft365.com https://*.skype.com',
].join('; ');

/** Submits the chosen action (data-submit) with TeamsJS; outside Teams says how to answer instead. */
export const SUBMIT_SCRIPT = `'use strict';
(function () {
  var body = document.body;
  var status = document.getElementById('status');
  var buttons = Array.prototype.slice.call(document.querySelectorAll('button[data-submit]'));
  var teams = window.microsoftTeams;
  var ready = teams ? teams.app.initialize() : Promise.reject(new Error('no TeamsJS'));
  var say = function (name) { status.textContent = body.getAttribute(name); };
  ready.catch(function () { say('data-unavailable'); });
  buttons.forEach(function (button) {
    button.addEventListener('click', function () {
      ready.then(function () {
        buttons.forEach(function (b) { b.disabled = true; });
        button.setAttribute('aria-pressed', 'true');
        say('data-sent');
        var appId = body.getAttribute('data-app-id');
        teams.dialog.url.submit(JSON.parse(button.getAttribute('data-submit')), appId ? [appId] : undefined);
      }, function () { say('data-unavailable'); });
    });
  });
})();
`;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function stageHtml(page: StagePage, appId: string | undefined): string {
  const e = escapeHtml;
  const choices = page.choices
    .map(
      (c) =>
        `<button type="button" data-submit="${e(JSON.stringify({ ...c.data, verb: c.verb }))}">${e(c.label)}</button>`,
    )
    .join('');
  return (
    `<!DOCTYPE html><html lang="${page.lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(page.title)}</title>` +
    `<style>${STYLE}</style>` +
    `<script src="${TEAMS_JS.src}" integrity="${TEAMS_JS.integrity}" crossorigin="anonymous"></script>` +
    `<script src="${SCRIPT_PATH}" defer></script></head>` +
    `<body data-app-id="${e(appId ?? '')}" data-sent="${e(page.sent)}" data-unavailable="${e(page.unavailable)}">` +
    `<main><h1>${e(page.title)}</h1>${page.paragraphs.map((p) => `<p>${e(p)}</p>`).join('')}` +
    `<p class="prompt">${e(page.prompt)}</p>${choices}` +
    `<p id="status" role="status" aria-live="polite"></p><p class="note">${e(page.note)}</p></main>` +
    `</body></html>`
  );
}

const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'public, max-age=300',
};

/** The query as plain strings: a repeated or missing parameter is simply absent. */
function queryOf(url: string | undefined): Record<string, string> {
  const params = new URL(url ?? '/', 'http://stage.invalid').searchParams;
  const query: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (values.length === 1 && values[0]!.length <= 200) query[key] = values[0]!;
  }
  return query;
}

/** GET /stage/<page>: the page, or 404 for a page or ids the bot does not know. */
export function serveStagePage(bot: Bot, appId: string | undefined) {
  return (req: IncomingMessage & { params?: Record<string, string> }, res: ServerResponse) => {
    const name = req.params?.page ?? '';
    const page = /^[a-z-]{1,32}$/.test(name) ? bot.stagePage?.(name, queryOf(req.url)) : undefined;
    if (!page) {
      res.writeHead(404, { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, {
      ...COMMON_HEADERS,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': STAGE_CSP,
    });
    res.end(stageHtml(page, appId));
  };
}

/** GET /stage/submit.js: the page's one script. */
export function serveStageScript(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, {
    ...COMMON_HEADERS,
    'content-type': 'text/javascript; charset=utf-8',
  });
  res.end(SUBMIT_SCRIPT);
}

/**
 * The bot's public https origin, where Teams loads stage pages: PUBLIC_URL, else the App Service's
 * own host name (WEBSITE_HOSTNAME, set by Azure). Undefined (no stage notices) when neither is set
 * or PUBLIC_URL is not an origin; http only in local mode.
 */
export function publicUrlOf(env: NodeJS.ProcessEnv, localMode: boolean): string | undefined {
  const raw =
    env.PUBLIC_URL?.trim() ||
    (env.WEBSITE_HOSTNAME?.trim() && `https://${env.WEBSITE_HOSTNAME.trim()}`);
  if (!raw || !URL.canParse(raw)) return undefined;
  const url = new URL(raw);
  const scheme = url.protocol === 'https:' || (localMode && url.protocol === 'http:');
  if (!scheme || url.username || url.password || url.search || url.hash) return undefined;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

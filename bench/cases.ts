// The question mix: the shared dev evaluation cases (English and French, in scope and out of scope),
// turned into the message activities Teams sends a bot in a personal chat.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Question {
  readonly q: string;
  readonly lang: 'en' | 'fr';
  readonly locale: 'en-US' | 'fr-CA';
}

export const DEV_CASES = fileURLToPath(
  new URL('../../shared/eval/dev-cases.jsonl', import.meta.url),
);
const HOLDOUT = fileURLToPath(new URL('../tests/matching/fixtures/holdout.jsonl', import.meta.url));

const readJsonl = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { q: string; lang: string });

/**
 * The dev cases (../shared/eval/dev-cases.jsonl). Without them (a clone without ../shared) the
 * repository's own held-out questions stand in, and `source` says so.
 */
export function loadQuestions(): { questions: Question[]; source: string } {
  const file = existsSync(DEV_CASES) ? DEV_CASES : HOLDOUT;
  const questions = readJsonl(file).map((c): Question => {
    const lang = c.lang === 'fr' ? 'fr' : 'en';
    return { q: c.q, lang, locale: lang === 'fr' ? 'fr-CA' : 'en-US' };
  });
  if (questions.length === 0) throw new Error(`no questions in ${file}`);
  const source =
    file === DEV_CASES ? '../shared/eval/dev-cases.jsonl' : 'tests/matching/fixtures/holdout.jsonl';
  return { questions, source };
}

const TENANT = '00000000-0000-0000-0000-0000000000ff';
const BOT = { id: '28:bench-bot', name: 'Guidance Bot' };
/** Personal chats the load is spread over (one user each). */
const CONVERSATIONS = 64;

/**
 * Activities in rotation: each call gives the next question of the mix, with a unique activity id,
 * in one of CONVERSATIONS personal chats.
 */
export function activityStream(questions: readonly Question[], serviceUrl: string, tag: string) {
  let n = 0;
  const stamp = new Date().toISOString();
  return (): string => {
    const i = n++;
    const question = questions[i % questions.length]!;
    const c = i % CONVERSATIONS;
    const user = {
      id: `29:bench-user-${c}`,
      name: `Bench User ${c}`,
      aadObjectId: `00000000-0000-0000-0000-${String(c).padStart(12, '0')}`,
    };
    return JSON.stringify({
      type: 'message',
      id: `${tag}-${i}`,
      timestamp: stamp,
      channelId: 'msteams',
      serviceUrl,
      text: question.q,
      textFormat: 'plain',
      locale: question.locale,
      from: user,
      recipient: BOT,
      conversation: { id: `a:bench-${tag}-${c}`, conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
    });
  };
}

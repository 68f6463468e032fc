// A meeting for the quiz's HTTP tests: the real bot behind the real Teams host, a stub Bot
// Connector that records meeting notifications, activities as Teams sends them in a meeting's
// chat (a group chat whose channelData names the meeting), and the words each language shows.
import { expect } from 'vitest';
import { TENANT, cardAction, invoke, mentionMessage } from '../../helpers/activities.js';
import { startBotHost, person, type BotHost } from '../../helpers/in-process.js';
import { cardOfActivity } from '../../helpers/card-query.js';
import { captureLogger, type CapturedLogger } from '../../helpers/capture-logger.js';
import { cardProblems } from '../../cards/card-problems.js';
import { startStubConnector, type StubConnector } from '../../helpers/stub-connector.js';
import type { Lang } from '../../../src/guidance/types.js';

export const PUBLIC_URL = 'https://quiz-bot.example.gc.ca';
export const MEETING = 'MCMxOTptZWV0aW5nX1pUUXlOR0ZrWVdZdE@thread.v2IzA=';
const CHAT = '19:meeting_ZTQyNGFkYWYt@thread.v2';
export const starter = person(1, 'Olu Adebayo');
export const members = [starter, person(2), person(3)];

export const WORDS = {
  en: {
    command: 'quiz',
    timed: 'quiz 3 30s',
    progress: 'Question 1 of 3',
    limit: 'You have 30 seconds to answer each question.',
    yourAnswer: /^Your answer: /,
    refused: /Only your first answer counts/,
    answered: (n: number) => `${n} answered`,
    timeUp: 'Time is up! Here are the results.',
    late: 'Time is up for this question: answers are no longer counted.',
  },
  fr: {
    command: 'questionnaire',
    timed: 'questionnaire 3 30 s',
    progress: 'Question 1 sur 3',
    limit: 'Vous avez 30 secondes pour répondre à chaque question.',
    yourAnswer: /^Votre réponse\u00a0: /,
    refused: /Seule votre première réponse compte/,
    answered: (n: number) => `${n} réponse${n > 1 ? 's' : ''}`,
    timeUp: 'Le temps est écoulé! Voici les résultats.',
    late: 'Le temps est écoulé pour cette question\u00a0: les réponses ne sont plus comptées.',
  },
} as const;

export type TaskBody = { task: { type: string; value: unknown } };
/** The Adaptive Card of a task/submit response that continues with a card dialog. */
export const taskCard = (json: unknown) =>
  ((json as TaskBody).task.value as { card: { content: Record<string, unknown> } }).card.content;

type Surfaces = { surfaces: { content: { value: { url: string; title: string } } }[] };

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export class MeetingWorld {
  host!: BotHost;
  stub!: StubConnector;
  log!: CapturedLogger;
  /** One stub per test, kept across the bot's restarts within it. */
  private stubOpen = false;

  /** Starts (or restarts, over `dataDir`) the bot; PUBLIC_URL turns the meeting stage on. */
  async setUp(env: NodeJS.ProcessEnv = { PUBLIC_URL }, dataDir?: string): Promise<void> {
    if (!this.stubOpen) [this.stub, this.stubOpen] = [await startStubConnector(), true];
    this.stub.members = members;
    this.log = captureLogger();
    this.host = await startBotHost(dataDir, env, this.log.logger);
  }

  async close(): Promise<void> {
    await this.host?.close();
    if (this.stubOpen) await this.stub.close();
    this.stubOpen = false;
  }

  /** A meeting chat's activity fields; `meeting: null` for a group chat that is not a meeting's. */
  inMeeting(lang: Lang, who = starter, meeting: string | null = MEETING) {
    return {
      serviceUrl: this.stub.serviceUrl,
      conversationType: 'groupChat' as const,
      conversationId: CHAT,
      locale: lang === 'fr' ? 'fr-CA' : 'en-US',
      from: who,
      channelData: { tenant: { id: TENANT }, ...(meeting && { meeting: { id: meeting } }) },
    };
  }

  /** "@bot quiz" by the starter: the question card posted for everyone. */
  async startQuiz(
    lang: Lang,
    text: string = WORDS[lang].command,
    meeting: string | null = MEETING,
  ) {
    this.stub.clear();
    const where = this.inMeeting(lang, starter, meeting);
    expect((await this.host.send(mentionMessage(text, where))).status).toBe(200);
    const [posted] = await this.stub.waitFor(1);
    const card = cardOfActivity(posted!.activity);
    expect(cardProblems(card)).toEqual([]);
    return card;
  }

  click(lang: Lang, verb: string, data: Record<string, unknown>, who = starter) {
    return this.host.send(cardAction(verb, data, this.inMeeting(lang, who)));
  }

  /** A choice made on the stage page: the task/submit invoke Teams sends for dialog.url.submit. */
  submitOnStage(lang: Lang, data: Record<string, unknown>, who = starter) {
    const value = { data, context: { theme: 'default' } };
    return this.host.send(invoke('task/submit', value, this.inMeeting(lang, who)));
  }

  /** The dialog of the n-th notification sent: its page address and title. */
  notified(n = 0): { url: string; title: string } {
    const value = this.stub.notifications[n]!.body.value as Surfaces;
    return value.surfaces[0]!.content.value;
  }

  /** The stage page as Teams loads it (the notification's URL, on this bot) and its choices. */
  async stagePage(url: string) {
    const { pathname, search } = new URL(url);
    const res = await fetch(`${this.host.server.url}${pathname}${search}`);
    const html = await res.text();
    const submits = [...html.matchAll(/data-submit="([^"]*)"/g)].map(
      (m) => JSON.parse(unescape(m[1]!)) as Record<string, unknown>,
    );
    return { res, html, submits };
  }
}

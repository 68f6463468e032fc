// The quiz on a Teams meeting's stage, over the real Teams protocol against a stub Bot Connector
// that records the meeting notifications: each question goes to the members with the documented
// targeted-notification body, the page it points to shows the question, a choice made there is
// recorded through the same records as in the chat, and nothing changes outside meetings or when
// the notification fails. Both languages.
import { afterEach, describe, expect, it } from 'vitest';
import { person } from '../../helpers/in-process.js';
import { cardActions, cardOfInvoke, cardTexts } from '../../helpers/card-query.js';
import { cardProblems } from '../../cards/card-problems.js';
import {
  MEETING,
  MeetingWorld,
  members,
  PUBLIC_URL,
  starter,
  taskCard,
  WORDS,
  type TaskBody,
} from './meeting-world.js';

const m = new MeetingWorld();
afterEach(() => m.close());

describe.each(['en', 'fr'] as const)('the quiz on the meeting stage (%s)', (lang) => {
  const w = WORDS[lang];

  it('shows each question on the stage with the documented notification', async () => {
    await m.setUp();
    const question = await m.startQuiz(lang);
    const { quizId } = cardActions(question, 'quiz.answer')[0]!.data;
    expect(m.stub.notifications).toHaveLength(1);
    const [sent] = m.stub.notifications;
    expect(sent!.meetingId).toBe(MEETING);
    const { url, title } = m.notified();
    expect(title).toMatch(new RegExp(`^${w.progress}\\s?: `));
    expect(sent!.body).toEqual({
      type: 'targetedMeetingNotification',
      value: {
        recipients: members.map((p) => p.id),
        surfaces: [
          {
            surface: 'meetingStage',
            contentType: 'task',
            content: { value: { height: '480', width: '400', title, url } },
          },
        ],
      },
    });
    const page = new URL(url);
    expect(`${page.origin}${page.pathname}`).toBe(`${PUBLIC_URL}/stage/quiz`);
    expect(Object.fromEntries(page.searchParams)).toMatchObject({
      quiz: quizId,
      q: '0',
      n: '3',
      lang,
    });

    // The starter moves on: the next question goes to the stage too.
    await m.click(lang, 'quiz.next', { quizId, question: 0 });
    await m.stub.waitFor(2);
    expect(m.stub.notifications).toHaveLength(2);
    expect(new URL(m.notified(1).url).searchParams.get('q')).toBe('1');
  });

  it('serves the stage page: the question and its choices, in the quiz language, locked down', async () => {
    await m.setUp();
    const question = await m.startQuiz(lang);
    const { url, title } = m.notified();
    const { res, html, submits } = await m.stagePage(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain('frame-ancestors https://teams.microsoft.com');
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain(`<h1>${title.replace(/'/g, '&#39;')}</h1>`);
    // TeamsJS pinned by its integrity hash; no inline script.
    expect(html).toMatch(
      /<script src="https:\/\/res\.cdn\.office\.net\/teams-js\/[\d.]+\/js\/MicrosoftTeams\.min\.js" integrity="sha384-/,
    );
    expect(html).not.toMatch(/<script>/);
    // Each choice submits exactly what the chat card's choice does.
    const chat = cardActions(question, 'quiz.answer').map((a) => ({ ...a.data, verb: a.verb }));
    expect(submits).toEqual(chat);
    const script = await fetch(`${m.host.server.url}/stage/submit.js`);
    expect(script.status).toBe(200);
    expect(await script.text()).toContain('dialog.url.submit');
    // Anything but known ids is not a page.
    const bad = new URL(url);
    bad.searchParams.set('s', 'not-a-scenario');
    expect((await m.stagePage(bad.toString())).res.status).toBe(404);
    expect((await fetch(`${m.host.server.url}/stage/other?x=1`)).status).toBe(404);
  });

  it('records an answer made on the stage once, as in the chat', async () => {
    await m.setUp();
    await m.startQuiz(lang);
    const [first, second] = (await m.stagePage(m.notified().url)).submits;

    const res = await m.submitOnStage(lang, first!, person(2));
    expect(res.status).toBe(200);
    expect((res.json as TaskBody).task.type).toBe('continue');
    const own = taskCard(res.json);
    expect(cardProblems(own)).toEqual([]);
    expect(cardTexts(own).some((t) => w.yourAnswer.test(t))).toBe(true);
    // Teams retries the same submit: the same view, counted once; a different choice is refused.
    await m.submitOnStage(lang, first!, person(2));
    const refused = cardTexts(taskCard((await m.submitOnStage(lang, second!, person(2))).json));
    expect(refused.join(' ')).toMatch(w.refused);
    // And someone answers in the chat: both count, each once.
    const { verb: _verb, ...data } = first!;
    await m.click(lang, 'quiz.answer', data, person(3));
    const results = cardOfInvoke((await m.click(lang, 'quiz.results', data, person(3))).json);
    expect(cardTexts(results)).toContain(w.answered(2));
  });

  it('answers a stage submit it cannot read with a message, never an error', async () => {
    await m.setUp();
    await m.startQuiz(lang);
    for (const data of [{}, { verb: 'quiz.answer' }, { verb: 'nope', quizId: 'x' }]) {
      const res = await m.submitOnStage(lang, data, person(2));
      expect(res.status).toBe(200);
      expect((res.json as TaskBody).task.type).toBe('message');
    }
  });

  it('sends no notification outside a meeting, nor without a public address', async () => {
    await m.setUp();
    await m.startQuiz(lang, w.command, null); // a group chat that is not a meeting's
    expect(m.stub.notifications).toHaveLength(0);
    await m.host.close();
    await m.setUp({}); // a meeting, but the bot does not know where Teams could load its page
    await m.startQuiz(lang);
    expect(m.stub.notifications).toHaveLength(0);
  });

  it('runs the quiz as usual when the notification fails, and logs it without anyone’s identity', async () => {
    await m.setUp();
    for (const status of [403, 207]) {
      m.stub.notificationStatus = status;
      const question = await m.startQuiz(lang);
      expect(m.stub.notifications).toHaveLength(1);
      const [choice] = cardActions(question, 'quiz.answer');
      const mine = await m.click(lang, 'quiz.answer', choice!.data, person(2));
      expect(cardTexts(cardOfInvoke(mine.json)).some((t) => w.yourAnswer.test(t))).toBe(true);
      await m.click(lang, 'quiz.close', { quizId: choice!.data.quizId, question: 0 });
    }
    const logged = m.log.text();
    expect(logged).toContain('meeting stage notification failed');
    expect(logged).toContain('"status":403');
    expect(logged).toContain('not delivered to some recipients');
    for (const p of members) {
      expect(logged).not.toContain(p.id);
      expect(logged).not.toContain(p.name);
      expect(logged).not.toContain(p.aadObjectId);
    }
    expect(logged).not.toContain(MEETING);
  });
});

describe('the meeting stage, for larger meetings', () => {
  it('sends the members 50 per call, and none when there are more than it notifies', async () => {
    await m.setUp();
    const many = Array.from({ length: 60 }, (_, i) => person(100 + i));
    m.stub.members = [starter, ...many];
    await m.startQuiz('en');
    const calls = m.stub.notifications.map(
      (n) => (n.body.value as { recipients: string[] }).recipients,
    );
    expect(calls.map((r) => r.length)).toEqual([50, 11]);
    expect(calls.flat().sort()).toEqual([starter, ...many].map((p) => p.id).sort());

    m.stub.members = [starter, ...Array.from({ length: 250 }, (_, i) => person(200 + i))];
    const question = await m.startQuiz('en'); // the first quiz is still open: shown again, no notice
    expect(m.stub.notifications).toHaveLength(0);
    const { quizId } = cardActions(question, 'quiz.answer')[0]!.data;
    await m.click('en', 'quiz.close', { quizId, question: 0 });
    m.stub.clear();
    await m.startQuiz('en');
    expect(m.stub.notifications).toHaveLength(0);
  });
});

// Results for the whole meeting, over the real Teams protocol: when a timed question runs out
// (also across a restart and with two instances sweeping), and when the starter shows them. Each
// tally is posted once, counts only, with the starter's Next / Close. Both languages.
import { afterEach, describe, expect, it } from 'vitest';
import { newDataDir, person } from '../../helpers/in-process.js';
import { cardActions, cardOfActivity, cardOfInvoke, cardTexts } from '../../helpers/card-query.js';
import { cardProblems } from '../../cards/card-problems.js';
import { MeetingWorld, members, PUBLIC_URL, WORDS, type TaskBody } from './meeting-world.js';

const m = new MeetingWorld();
afterEach(() => m.close());

describe.each(['en', 'fr'] as const)('quiz results for the meeting (%s)', (lang) => {
  const w = WORDS[lang];

  it('closes a timed question when its time runs out, posts the results for everyone once, and refuses late answers', async () => {
    const dataDir = newDataDir();
    await m.setUp({ PUBLIC_URL }, dataDir);
    const question = await m.startQuiz(lang, w.timed);
    expect(cardTexts(question)).toContain(w.limit);
    const [choice] = cardActions(question, 'quiz.answer');
    await m.click(lang, 'quiz.answer', choice!.data, person(2));
    // The bot restarts before the time is up: the deadline is stored, the new process closes it.
    await m.host.close();
    await m.setUp({ PUBLIC_URL }, dataDir);
    m.stub.clear();
    const later = new Date(Date.now() + 31_000);
    const timers = [1, 2].map(() => m.host.services.quizTimer(m.host.server.proactive));
    const posted = await Promise.all(timers.map((t) => t.sweep(later)));
    expect(posted.reduce((a, b) => a + b, 0)).toBe(1);
    const [results] = await m.stub.waitFor(1);
    const card = cardOfActivity(results!.activity);
    expect(cardProblems(card)).toEqual([]);
    const texts = cardTexts(card);
    expect(texts[0]).toBe(w.timeUp);
    expect(texts).toContain(w.answered(1));
    for (const p of members) expect(JSON.stringify(card)).not.toContain(p.name);
    // The starter can move on from the posted results.
    expect(cardActions(card).map((a) => a.verb)).toEqual(['quiz.next', 'quiz.close']);
    // Late answers are refused politely, in the chat and on the stage.
    const late = await m.click(lang, 'quiz.answer', choice!.data, person(3));
    expect(late.json).toMatchObject({
      type: 'application/vnd.microsoft.activity.message',
      value: w.late,
    });
    const onStage = { ...choice!.data, verb: 'quiz.answer' };
    const lateOnStage = await m.submitOnStage(lang, onStage, person(3));
    expect((lateOnStage.json as TaskBody).task).toEqual({ type: 'message', value: w.late });
    expect(await timers[0]!.sweep(new Date(Date.now() + 60_000))).toBe(0);
    expect(m.stub.captured).toHaveLength(1);
  });

  it('posts results for everyone when the starter shows them, once per tally; others see them privately', async () => {
    await m.setUp();
    const question = await m.startQuiz(lang);
    const [choice] = cardActions(question, 'quiz.answer');
    const show = { quizId: choice!.data.quizId, question: 0 };
    await m.click(lang, 'quiz.answer', choice!.data, person(2));
    m.stub.clear();

    // Someone else: their own view, with no Next/Close, and nothing posted.
    const theirs = cardOfInvoke((await m.click(lang, 'quiz.results', show, person(3))).json);
    expect(cardActions(theirs).map((a) => a.verb)).toEqual(['quiz.results', 'quiz.refresh']);
    expect(m.stub.captured).toHaveLength(0);

    // The starter: their view has Next/Close, and the tally is posted for everyone.
    const own = cardOfInvoke((await m.click(lang, 'quiz.results', show)).json);
    expect(cardActions(own).map((a) => a.verb)).toEqual([
      'quiz.results',
      'quiz.refresh',
      'quiz.next',
      'quiz.close',
    ]);
    const [posted] = await m.stub.waitFor(1);
    const everyone = cardOfActivity(posted!.activity);
    expect(cardProblems(everyone)).toEqual([]);
    expect(cardTexts(everyone)).toContain(w.answered(1));
    // Bars: weighted columns; the one choice made fills its row.
    expect(JSON.stringify(everyone).match(/"width":\d+/g)).toContain('"width":100');
    for (const p of members) expect(JSON.stringify(everyone)).not.toContain(p.name);

    // The same tally again (a double click): not posted twice; a new answer: posted again.
    await m.click(lang, 'quiz.results', show);
    expect(m.stub.captured).toHaveLength(1);
    await m.click(lang, 'quiz.answer', choice!.data, person(3));
    await m.click(lang, 'quiz.results', show);
    const [, again] = await m.stub.waitFor(2);
    expect(cardTexts(cardOfActivity(again!.activity))).toContain(w.answered(2));
  });
});

// The host's meeting-stage pieces on their own: the documented notification body and page address,
// the public address it is built from, and the page's escaping. The whole flow, over HTTP, is in
// tests/features/quiz/meeting.http.test.ts.
import { describe, expect, it } from 'vitest';
import {
  STAGE_BATCH,
  stageUrl,
  targetedNotification,
} from '../../../src/host/teams/meeting-stage.js';
import { escapeHtml, publicUrlOf, stageHtml } from '../../../src/host/teams/stage-page.js';
import { taskResponse } from '../../../src/host/teams/handlers/task-submit.js';

describe('targeted meeting notification', () => {
  it('has the documented shape: recipients, one meetingStage surface with a task dialog', () => {
    expect(
      targetedNotification(['29:a', '29:b'], 'Question 1 of 3', 'https://x.example/stage/quiz?q=0'),
    ).toEqual({
      type: 'targetedMeetingNotification',
      value: {
        recipients: ['29:a', '29:b'],
        surfaces: [
          {
            surface: 'meetingStage',
            contentType: 'task',
            content: {
              value: {
                height: '480',
                width: '400',
                title: 'Question 1 of 3',
                url: 'https://x.example/stage/quiz?q=0',
              },
            },
          },
        ],
      },
    });
    expect(STAGE_BATCH).toBe(50);
  });

  it('points at the stage page under the public address, ids encoded', () => {
    expect(
      stageUrl('https://bot.example/base', { page: 'quiz', query: { quiz: 'a b', lang: 'fr' } }),
    ).toBe('https://bot.example/base/stage/quiz?quiz=a+b&lang=fr');
  });
});

describe('publicUrlOf', () => {
  it('takes PUBLIC_URL, else the App Service host name, as an https origin', () => {
    expect(publicUrlOf({ PUBLIC_URL: 'https://bot.example/' }, false)).toBe('https://bot.example');
    expect(publicUrlOf({ PUBLIC_URL: 'https://bot.example/teams/' }, false)).toBe(
      'https://bot.example/teams',
    );
    expect(publicUrlOf({ WEBSITE_HOSTNAME: 'smg.azurewebsites.net' }, false)).toBe(
      'https://smg.azurewebsites.net',
    );
    expect(publicUrlOf({}, false)).toBeUndefined();
  });

  it('refuses anything but an origin; http only in local mode', () => {
    for (const url of [
      'http://bot.example',
      'ftp://bot.example',
      'https://u:p@bot.example',
      'https://bot.example/?a=1',
      'not a url',
    ])
      expect(publicUrlOf({ PUBLIC_URL: url }, false), url).toBeUndefined();
    expect(publicUrlOf({ PUBLIC_URL: 'http://127.0.0.1:3978' }, true)).toBe(
      'http://127.0.0.1:3978',
    );
  });
});

describe('the stage page', () => {
  it('escapes every text and data value it writes', () => {
    expect(escapeHtml(`<b title="x">'&'</b>`)).toBe(
      '&lt;b title=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;',
    );
    const html = stageHtml(
      {
        lang: 'en',
        title: '<script>alert(1)</script>',
        paragraphs: ['a "quoted" <i>text</i>'],
        prompt: 'Which?',
        choices: [{ label: '</button><script>', verb: 'quiz.answer', data: { choice: '"><x' } }],
        note: 'n',
        sent: 's"',
        unavailable: 'u',
      },
      '00000000-0000-0000-0000-000000000001',
    );
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('</button><script>');
    expect(html).toContain(
      'data-submit="{&quot;choice&quot;:&quot;\\&quot;&gt;&lt;x&quot;,&quot;verb&quot;:&quot;quiz.answer&quot;}"',
    );
    expect(html).toContain('data-sent="s&quot;"');
  });
});

describe('task/submit response', () => {
  it('is the person’s own card as a dialog (without the shared message’s refresh), or a message', () => {
    const card = { type: 'AdaptiveCard', version: '1.5', body: [] };
    const refresh = { action: { type: 'Action.Execute', verb: 'quiz.refresh' }, userIds: ['29:a'] };
    expect(taskResponse({ kind: 'card', card: { ...card, refresh } })).toEqual({
      task: {
        type: 'continue',
        value: {
          card: { contentType: 'application/vnd.microsoft.card.adaptive', content: card },
          height: 'medium',
          width: 'medium',
        },
      },
    });
    expect(taskResponse({ kind: 'message', message: 'Time is up.' })).toEqual({
      task: { type: 'message', value: 'Time is up.' },
    });
  });
});

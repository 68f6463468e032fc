// What the meeting stage needs from the app package (tests/manifest validates the whole package
// against the official schema): the resource-specific consent to send meeting notifications, the
// app id it is granted to, and the bot's own domain, where Teams loads the stage page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/package.js';

const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest', 'manifest.json'), 'utf8')) as {
  validDomains: string[];
  webApplicationInfo?: { id: string };
  authorization?: { permissions: { resourceSpecific: { name: string; type: string }[] } };
  bots: {
    commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[];
  }[];
};

describe('the app package, for the quiz on the meeting stage', () => {
  it('asks for consent to send meeting notifications, granted to the bot’s app id', () => {
    expect(manifest.authorization?.permissions.resourceSpecific).toContainEqual({
      name: 'OnlineMeetingNotification.Send.Chat',
      type: 'Application',
    });
    expect(manifest.webApplicationInfo?.id).toBe('${{BOT_ID}}');
  });

  it('lists the bot’s domain, where the stage page is served', () => {
    expect(manifest.validDomains).toContain('${{BOT_DOMAIN}}');
  });

  it('says how to set a time per question where the quiz command is offered', () => {
    const quiz = manifest.bots[0]!.commandLists.flatMap((l) => l.commands).filter(
      (c) => c.title === 'quiz',
    );
    expect(quiz.length).toBeGreaterThan(0);
    for (const command of quiz) expect(command.description).toContain('quiz 4 60s');
  });
});

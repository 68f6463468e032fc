// A tiny Bot for host tests: replies with a card giving the text length, throws on "boom",
// and records every turn it receives.
import type {
  ActionResult,
  ActionTurn,
  Bot,
  MessageTurn,
  Reply,
  Turn,
} from '../../src/contract/activities.js';

export interface FakeBot extends Bot {
  readonly messages: MessageTurn[];
  readonly actions: ActionTurn[];
  readonly installs: Turn[];
  readonly uninstalls: Turn[];
}

const langOf = (turn: Turn) => (turn.locale?.startsWith('fr') ? 'fr' : 'en');

export const lengthCard = (length: number) => ({
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: `length ${length}` }],
});

export function createFakeBot(): FakeBot {
  const messages: MessageTurn[] = [];
  const actions: ActionTurn[] = [];
  const installs: Turn[] = [];
  const uninstalls: Turn[] = [];
  return {
    messages,
    actions,
    installs,
    uninstalls,
    onUninstalled: (turn) => {
      uninstalls.push(turn);
      return Promise.resolve();
    },
    onMessage: (turn) => {
      messages.push(turn);
      const lang = langOf(turn);
      if (turn.text === 'boom') return Promise.reject(new Error('fake bot failure'));
      if (turn.text === 'two')
        return Promise.resolve<Reply[]>([
          { lang, text: '1' },
          { lang, text: '2' },
        ]);
      return Promise.resolve<Reply[]>([{ lang, card: lengthCard(turn.text.length) }]);
    },
    onAction: (turn) => {
      actions.push(turn);
      const result = (r: ActionResult) => Promise.resolve(r);
      if (turn.verb === 'entry.show')
        return result({ kind: 'card', card: lengthCard(JSON.stringify(turn.data).length) });
      if (turn.verb === 'feedback.helpful') return result({ kind: 'message', message: 'Thanks!' });
      if (turn.data.boom === true) return Promise.reject(new Error('fake action failure'));
      return result({ kind: 'bad-request', code: 'Unhandled', message: 'Not handled here.' });
    },
    onInstalled: (turn) => {
      installs.push(turn);
      return Promise.resolve<Reply[]>([{ lang: langOf(turn), text: 'Welcome!' }]);
    },
  };
}

// BOT_HOST chooses the Bot Framework SDK behind the Teams host: botbuilder (the default, as designed)
// or the Microsoft 365 Agents SDK. Each is imported only when chosen, so a bot on one never loads the
// other (tests/host/select.test.ts).
import type { BotHost } from '../config/config.js';
import type { CreateSdkAdapter } from './teams/server.js';

export async function sdkAdapterFactory(host: BotHost): Promise<CreateSdkAdapter> {
  if (host === 'agents') return (await import('./agents/adapter.js')).createAgentsAdapter;
  return (await import('./teams/botbuilder/adapter.js')).createAdapter;
}

// "@bot scenario" / "scénario": posts a scenario card now ("What would you do?"); each person's
// choice is answered with their own view. The weekly schedule posts the same card.
import { scenarioCard } from './cards/scenario.js';
import { hasChoice } from './cards/parts.js';
import { scenarioPersonalCard } from './cards/personal.js';
import type { Lang } from '../../guidance/types.js';
import { langOfData, langOfLocale, langOfText } from '../../i18n/lang.js';
import { normalise } from '../../matching/text.js';
import { advanceRotation } from '../schedule/rotation.js';
import type { Scenario } from '../../scenarios/types.js';
import type { Storage } from '../../storage/storage.js';
import type { Reply } from '../../contract/activities.js';
import type { Feature } from '../../contract/feature.js';
import { SCENARIO_VERBS } from '../../contract/verbs.js';
import { badRequest, lookupIn, type TeamContext } from '../team/team-context.js';

const COMMAND = /^(scenario|scenario please|new scenario|nouveau scenario)$/;

export interface ScenarioFeatureDeps {
  readonly storage: Storage;
  readonly scenarios: readonly Scenario[];
  readonly random?: () => number;
}

export function scenarioReply(ctx: TeamContext, scenario: Scenario, lang: Lang): Reply {
  return { lang, card: scenarioCard({ scenario }, lang, lookupIn(ctx.catalogue)) };
}

export function scenarioFeature(ctx: TeamContext, deps: ScenarioFeatureDeps): Feature {
  const byId = new Map(deps.scenarios.map((s) => [s.id, s]));
  const ids = deps.scenarios.map((s) => s.id);
  const random = deps.random ?? Math.random;

  async function postNow(conversationKey: string | undefined, lang: Lang): Promise<Reply[]> {
    // Same rotation as the weekly post: a channel sees every scenario before any repeats.
    const id = conversationKey
      ? await advanceRotation(deps.storage, conversationKey, ids, random)
      : ids[Math.floor(random() * ids.length)];
    return [scenarioReply(ctx, byId.get(id ?? ids[0]!)!, lang)];
  }

  return {
    command(turn) {
      if (
        !COMMAND.test(
          normalise(turn.text)
            .replace(/[!.?]+$/, '')
            .trim(),
        )
      )
        return undefined;
      const lang =
        /sc[ée]nario/i.test(turn.text) && /é/.test(turn.text)
          ? 'fr'
          : langOfText(turn.text, turn.locale);
      return postNow(ctx.conversations.keyOf(turn), lang);
    },
    actions: {
      [SCENARIO_VERBS.scenarioAnswer]: (turn) => {
        const scenario =
          typeof turn.data.scenarioId === 'string' ? byId.get(turn.data.scenarioId) : undefined;
        const choice = typeof turn.data.choice === 'string' ? turn.data.choice : '';
        if (!scenario || !hasChoice(scenario, choice)) {
          return Promise.resolve(badRequest('BadScenarioData', 'This scenario card is not valid.'));
        }
        const card = scenarioPersonalCard(
          { scenario, choice },
          langOfData(turn.data, langOfLocale(turn.locale)),
          lookupIn(ctx.catalogue),
        );
        return Promise.resolve({ kind: 'card', card, personal: true });
      },
    },
  };
}

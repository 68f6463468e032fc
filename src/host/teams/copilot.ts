// Microsoft 365 Copilot Chat: the same bot as a custom engine agent (the manifest's `copilot` bot scope
// and copilotAgents.customEngineAgents). Copilot reaches the bot through the Teams channel: channelId
// "msteams", Teams' Bot Connector as serviceUrl, the tenant, Adaptive Cards. What marks its activities is
// an entity { type: "ProductInfo", id: "COPILOT" }, which the Microsoft 365 Agents SDK reads as the
// "msteams:COPILOT" sub-channel (Channels.M365Copilot in Agents-for-js and Agents-for-net), and, in the
// payload the Teams SDK team published (microsoft/teams.py#180), channelData.productContext "COPILOT"
// too. Only the host knows: the features get the same Turn as from a Teams chat.
import type { Activity } from 'botbuilder';

type Fields = Readonly<Record<string, unknown>>;
const fields = (v: unknown): Fields => (typeof v === 'object' && v !== null ? (v as Fields) : {});
const isCopilot = (v: unknown) => typeof v === 'string' && v.toUpperCase() === 'COPILOT';

/** Whether the activity comes from Microsoft 365 Copilot (either marker is enough). */
export function fromCopilot(activity: Partial<Activity>): boolean {
  const entities: unknown = activity.entities;
  const productInfo =
    Array.isArray(entities) &&
    entities.some((e: unknown) => {
      const { type, id } = fields(e);
      return typeof type === 'string' && type.toLowerCase() === 'productinfo' && isCopilot(id);
    });
  return productInfo || isCopilot(fields(activity.channelData).productContext);
}

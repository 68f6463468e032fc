// Which Entra tenants may use the bot (ALLOWED_TENANTS; empty = any), checked on every activity
// before botbuilder or the bot sees it.
import { createHash } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { isRecord } from './activities.js';

/**
 * The activity's tenant id as Teams sends it — channelData.tenant.id, else conversation.tenantId —
 * lower-cased; undefined when neither is a non-empty string.
 */
export function activityTenant(activity: Partial<Activity>): string | undefined {
  const data: unknown = activity.channelData;
  const fromChannelData = isRecord(data) && isRecord(data.tenant) ? data.tenant.id : undefined;
  const conversation: unknown = activity.conversation;
  const fromConversation = isRecord(conversation) ? conversation.tenantId : undefined;
  const tenant = typeof fromChannelData === 'string' ? fromChannelData : fromConversation;
  return typeof tenant === 'string' && tenant !== '' ? tenant.toLowerCase() : undefined;
}

/**
 * Both places an activity names its tenant, when both are present, must name the same one, and
 * so must the token's `tid` when it carries one: otherwise the allow-list would read one field
 * while the bot acts on another. False when they disagree.
 */
export function tenantsAgree(activity: Partial<Activity>, tokenTid: string | undefined): boolean {
  const data: unknown = activity.channelData;
  const conversation: unknown = activity.conversation;
  const named = [
    isRecord(data) && isRecord(data.tenant) ? data.tenant.id : undefined,
    isRecord(conversation) ? conversation.tenantId : undefined,
    tokenTid,
  ].flatMap((t) => (typeof t === 'string' && t !== '' ? [t.toLowerCase()] : []));
  return named.every((t) => t === named[0]);
}

/** Any tenant when the list is empty; otherwise only listed ones (no tenant = refused). */
export const isTenantAllowed = (tenant: string | undefined, allowed: readonly string[]): boolean =>
  allowed.length === 0 || (tenant !== undefined && allowed.includes(tenant.toLowerCase()));

/** What the logs show of a tenant id: 12 hex characters of its SHA-256, enough to correlate. */
export const tenantTag = (tenant: string | undefined): string | undefined =>
  tenant === undefined
    ? undefined
    : createHash('sha256').update(tenant.toLowerCase()).digest('hex').slice(0, 12);

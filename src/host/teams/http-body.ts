// Reads the POSTed activity: JSON only, size-limited, checked before botbuilder sees it.
import type { IncomingMessage } from 'node:http';
import type { Activity } from 'botbuilder';
import { isRecord } from './activities.js';

export const MAX_BODY_BYTES = 256 * 1024;
/** Past this much, stop draining an oversized body and drop the connection. */
const MAX_DRAIN_BYTES = 4 * MAX_BODY_BYTES;

/** A request the host refuses, with a short public reason (no internals). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly publicMessage: string,
    /** The rest of the body was left unread: the connection must not be reused. */
    readonly closeConnection = false,
  ) {
    super(publicMessage);
    this.name = 'HttpError';
  }
}

const tooLarge = (close = false) => new HttpError(413, 'request body too large', close);

/** A body still arriving after this long is a slow (or slowloris) client: 408, connection closed. */
export const BODY_TIMEOUT_MS = 20_000;

/**
 * The raw body; HttpError 413 past `limit` bytes, 408 when it has not all arrived within
 * `timeoutMs`. An oversized body is drained (so the connection stays usable and the client reads
 * the answer) up to MAX_DRAIN_BYTES, then abandoned.
 */
export function readBody(
  req: IncomingMessage,
  limit = MAX_BODY_BYTES,
  timeoutMs = BODY_TIMEOUT_MS,
): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_DRAIN_BYTES)
    return Promise.reject(tooLarge(true));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onError);
    };
    const timer = setTimeout(() => {
      stop();
      req.pause();
      reject(new HttpError(408, 'request body not received in time', true));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > MAX_DRAIN_BYTES) {
        stop();
        req.pause();
        reject(tooLarge(true));
      }
    };
    const onEnd = () => {
      stop();
      if (size > limit) reject(tooLarge());
      else resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    req.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

// The JSON types of the protocol fields that botbuilder or the host read, as the Bot Framework
// Activity schema defines them and Teams sends them. botbuilder trusts them (it lower-cases
// entity types, serialises the conversation reference back into every reply…), so a wrong type
// would throw inside the SDK or the bot; it is refused here instead. Free-form content (value,
// attachment content, channelData's other fields) is left alone. serviceUrl has its own check.
type Check = (value: unknown) => boolean;
const str: Check = (v) => typeof v === 'string';
const bool: Check = (v) => typeof v === 'boolean';
const obj =
  (fields: Readonly<Record<string, Check>> = {}, required: readonly string[] = []): Check =>
  (v) =>
    isRecord(v) &&
    required.every((k) => v[k] !== undefined) &&
    Object.entries(fields).every(([k, check]) => v[k] === undefined || check(v[k]));
const arr =
  (item: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(item);
const account = obj({ id: str, name: str, aadObjectId: str, role: str });
const withId = obj({ id: str, name: str });

const SHAPE: Readonly<Record<string, Check>> = {
  ...Object.fromEntries(
    `id channelId locale localTimezone text textFormat name action replyToId deliveryMode callerId
     inputHint summary speak label valueType importance topicName code timestamp localTimestamp
     expiration`
      .split(/\s+/)
      .map((key) => [key, str]),
  ),
  from: account,
  recipient: account,
  conversation: obj({
    id: str,
    name: str,
    conversationType: str,
    tenantId: str,
    aadObjectId: str,
    role: str,
    isGroup: bool,
  }),
  channelData: obj({
    tenant: obj({ id: str }),
    team: withId,
    channel: withId,
    meeting: obj({ id: str }),
    eventType: str,
  }),
  entities: arr(obj({ type: str, text: str, mentioned: account }, ['type'])),
  attachments: arr(obj({ contentType: str, contentUrl: str, name: str }, ['contentType'])),
  membersAdded: arr(account),
  membersRemoved: arr(account),
  reactionsAdded: arr(obj({ type: str })),
  reactionsRemoved: arr(obj({ type: str })),
  relatesTo: obj({ activityId: str, channelId: str, serviceUrl: str, user: account, bot: account }),
};

const DOT_SEGMENT = /^\.{1,2}$/;

/** Parses and checks an activity; throws HttpError 400 for anything that is not one. */
export function parseActivity(body: Buffer): Activity {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'malformed JSON');
  }
  if (!isRecord(json)) throw new HttpError(400, 'the body must be a JSON object');
  if (typeof json.type !== 'string' || json.type === '') {
    throw new HttpError(400, 'the activity has no type');
  }
  for (const [key, check] of Object.entries(SHAPE)) {
    if (json[key] !== undefined && !check(json[key]))
      throw new HttpError(400, `the activity's ${key} is malformed`);
  }
  // Required by the protocol: every reply is addressed to conversation.id.
  const { conversation } = json;
  if (!isRecord(conversation) || typeof conversation.id !== 'string' || conversation.id === '')
    throw new HttpError(400, 'the activity has no conversation');
  // Replies go to /v3/conversations/{conversation.id}/activities/{id}: "." or ".." there would be
  // resolved away by the URL parser and the reply posted elsewhere (or nowhere).
  if (
    DOT_SEGMENT.test(conversation.id) ||
    (typeof json.id === 'string' && DOT_SEGMENT.test(json.id))
  )
    throw new HttpError(400, 'the activity cannot be answered at that conversation or id');
  // As botbuilder's own validateAndFixActivity does: keep raw timestamps, expose Dates.
  for (const key of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    const raw = json[key];
    if (typeof raw === 'string') {
      json[`raw${key[0]!.toUpperCase()}${key.slice(1)}`] = raw;
      json[key] = new Date(raw);
    }
  }
  return json as unknown as Activity;
}

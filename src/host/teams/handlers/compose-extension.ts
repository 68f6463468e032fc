// "Search the guidance": the search-based message extension (composeExtension/query invoke).
// The answer is a list of results, each an Adaptive Card (the answer card, inserted into the
// compose box when picked) with a thumbnail-card preview (title, verdict or section). See
// https://learn.microsoft.com/en-us/microsoftteams/platform/messaging-extensions/how-to/search-commands/respond-to-search
import type {
  InvokeResponse,
  MessagingExtensionAttachment,
  MessagingExtensionResponse,
} from 'botbuilder';
import type { SearchResult } from '../../../contract/activities.js';
import { ADAPTIVE_CARD, isRecord, turnOf } from '../activities.js';
import type { HandlerDeps } from './deps.js';
import type { HostTurn } from '../turn.js';

export const COMPOSE_QUERY = 'composeExtension/query';
/** The command id and its text parameter, as declared in the app manifest. */
export const SEARCH_COMMAND = 'searchGuidance';
export const QUERY_PARAMETER = 'query';
/** Longer search text is cut: nobody searches in more words, and it bounds work. */
export const MAX_QUERY_LENGTH = 200;

const THUMBNAIL_CARD = 'application/vnd.microsoft.card.thumbnail';

export interface SearchQuery {
  readonly commandId: string;
  /**
   * Trimmed and capped. Empty when nothing was typed yet: on the initial run Teams sends only an
   * `initialRun` parameter (value "true"), and the bot answers with a "type to search" message.
   */
  readonly query: string;
  readonly skip?: number;
  readonly count?: number;
}

const pageNumber = (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;

/** The command, text and paging of a composeExtension/query value, or undefined when unusable. */
export function readSearchQuery(value: unknown): SearchQuery | undefined {
  if (!isRecord(value) || typeof value.commandId !== 'string') return undefined;
  const parameters = Array.isArray(value.parameters) ? (value.parameters as unknown[]) : [];
  const text = parameters.find((p) => isRecord(p) && p.name === QUERY_PARAMETER);
  const raw = isRecord(text) && typeof text.value === 'string' ? text.value : '';
  const options = isRecord(value.queryOptions) ? value.queryOptions : {};
  return {
    commandId: value.commandId,
    query: raw.trim().slice(0, MAX_QUERY_LENGTH).trim(),
    skip: pageNumber(options.skip),
    count: pageNumber(options.count),
  };
}

const listResult = (attachments: MessagingExtensionAttachment[]): MessagingExtensionResponse => ({
  composeExtension: { type: 'result', attachmentLayout: 'list', attachments },
});

/** The bot's search result as Teams expects it: a list, or a plain message when there is none. */
export function searchResponse(result: SearchResult): MessagingExtensionResponse {
  if (result.items.length === 0 && result.message !== undefined)
    return { composeExtension: { type: 'message', text: result.message } };
  return listResult(
    result.items.map((item) => ({
      contentType: ADAPTIVE_CARD,
      content: item.card,
      preview: {
        contentType: THUMBNAIL_CARD,
        content: { title: item.title, text: item.subtitle },
      },
    })),
  );
}

export async function handleComposeQuery(
  context: HostTurn,
  deps: HandlerDeps,
): Promise<InvokeResponse<MessagingExtensionResponse>> {
  const { activity } = context;
  const search = readSearchQuery(activity.value);
  if (!search) {
    deps.logger.info({ activity: { type: activity.type, id: activity.id } }, 'unreadable query');
    return { status: 400 };
  }
  // Another command (a newer manifest than this bot), or a bot without search: an empty list.
  if (search.commandId !== SEARCH_COMMAND || !deps.bot.search) {
    deps.logger.info(
      {
        commandId: search.commandId.slice(0, 64),
        activity: { type: activity.type, id: activity.id },
      },
      'search query not handled (unknown command or no search)',
    );
    return { status: 200, body: listResult([]) };
  }
  const result = await deps.bot.search({
    ...turnOf(activity, context),
    query: search.query,
    ...(search.skip !== undefined && { skip: search.skip }),
    ...(search.count !== undefined && { count: search.count }),
  });
  return { status: 200, body: searchResponse(result) };
}

import * as v from 'valibot';
import type { SearchResults } from '../cache/search';
import type { PageContext } from '../context/types';
import { PageAnalysisSchema, SearchQuerySchema, TabIdSchema } from './schemas';

/** Who may send a message: a content script in a tab, or one of the extension's own pages. */
export type Origin = 'content' | 'ui';

/**
 * Every message the background answers, named by direction. Each entry says who may send it, how its
 * payload is validated, and what it answers.
 */
export const protocol = {
  /** content→background: the article found on this tab; answers the number of sources and claims shown. */
  'content/analyze': { from: 'content', payload: PageAnalysisSchema },
  /** content→background: this tab no longer shows an article (single-page navigation); forget its context. */
  'content/clear': { from: 'content', payload: v.object({}) },
  /** ui→background: the context of a tab; the in-page sidebar omits tabId and gets its own tab's. */
  'ui/getTabContext': { from: 'ui', payload: v.object({ tabId: v.optional(TabIdSchema) }) },
  /** ui→background: prefix search over cached sources, fact-checks and reports. */
  'ui/search': { from: 'ui', payload: SearchQuerySchema },
} as const;

export type MessageType = keyof typeof protocol;
export type Payload<T extends MessageType> = v.InferOutput<(typeof protocol)[T]['payload']>;

/** What each message answers on success. */
export interface Replies {
  'content/analyze': { sources: number; claims: number };
  'content/clear': null;
  'ui/getTabContext': PageContext | null;
  'ui/search': SearchResults;
}

export interface Message<T extends MessageType = MessageType> {
  type: T;
  payload: Payload<T>;
}

export type Reply<T extends MessageType> = { ok: true; data: Replies[T] } | { ok: false; error: string };


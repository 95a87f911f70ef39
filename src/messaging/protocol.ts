import * as v from 'valibot';
import type { SearchResults } from '../cache/search';
import type { PageContext } from '../context/types';
import type { PackRow } from '../cache/db';
import type { Pack } from '../packs/format';
import { MAX_PACK_CHARS, PackIdSchema, ArticlePageSchema, SearchQuerySchema, TabIdSchema } from './schemas';

/** Who may send a message: a content script in a tab, or one of the extension's own pages. */
export type Origin = 'content' | 'ui';

/**
 * Every message the background answers, named by direction. Each entry says who may send it, how its
 * payload is validated, and what it answers.
 */
export const protocol = {
  /**
   * content→background: the article found on this tab. The background extracts sources and claims from
   * its text (off the page's main thread) and matches them; answers the number of sources and claims.
   */
  'content/analyze': { from: 'content', payload: ArticlePageSchema },
  /** content→background: this tab no longer shows an article (single-page navigation); forget its context. */
  'content/clear': { from: 'content', payload: v.object({}) },
  /** ui→background: the context of a tab; the in-page sidebar omits tabId and gets its own tab's. */
  'ui/getTabContext': { from: 'ui', payload: v.object({ tabId: v.optional(TabIdSchema) }) },
  /** ui→background: prefix search over cached sources, fact-checks and reports. */
  'ui/search': { from: 'ui', payload: SearchQuerySchema },
  /** ui→background: installed packs with their record counts. */
  'ui/listPacks': { from: 'ui', payload: v.object({}) },
  /** ui→background: install a pack from its JSON text (replacing an older version of it); errors name record and field. */
  'ui/importPack': { from: 'ui', payload: v.object({ json: v.pipe(v.string(), v.maxLength(MAX_PACK_CHARS)) }) },
  /** ui→background: remove an installed pack and every record it brought. */
  'ui/removePack': { from: 'ui', payload: v.object({ id: PackIdSchema }) },
  /** ui→background: an installed pack in the pack format, for saving to a file. */
  'ui/exportPack': { from: 'ui', payload: v.object({ id: PackIdSchema }) },
  /** ui→background: delete every pack, per-tab result and setting, then reinstall the starter pack. */
  'ui/resetData': { from: 'ui', payload: v.object({}) },
} as const;

export type MessageType = keyof typeof protocol;
export type Payload<T extends MessageType> = v.InferOutput<(typeof protocol)[T]['payload']>;

/** What each message answers on success. */
export interface Replies {
  'content/analyze': { sources: number; claims: number };
  'content/clear': null;
  'ui/getTabContext': PageContext | null;
  'ui/search': SearchResults;
  'ui/listPacks': PackRow[];
  'ui/importPack': PackRow;
  'ui/removePack': null;
  'ui/exportPack': Pack | null;
  'ui/resetData': null;
}

export interface Message<T extends MessageType = MessageType> {
  type: T;
  payload: Payload<T>;
}

export type Reply<T extends MessageType> = { ok: true; data: Replies[T] } | { ok: false; error: string };


import * as v from 'valibot';
import type { SearchResults } from '../cache/search';
import type { PageContext } from '../context/types';
import type { PackRow } from '../cache/db';
import type { Pack } from '../packs/format';
import { USER_HOST_PATTERN } from '../sites';
import { MAX_PACK_CHARS, PackIdSchema, ArticlePageSchema, SearchQuerySchema, TabIdSchema } from './schemas';

/**
 * What a sidebar (or the popup) asks an article page to do: scroll to and flash a card's first mention,
 * or expand / collapse the in-page sidebar. The background relays it with tabs.sendMessage as
 * { type: PAGE_COMMAND, command } to the tab's content script, which accepts it only from this extension.
 */
export const PageCommandSchema = v.variant('kind', [
  v.object({ kind: v.literal('reveal'), id: v.pipe(v.string(), v.maxLength(400)) }),
  v.object({ kind: v.literal('setCollapsed'), collapsed: v.boolean() }),
]);
export type PageCommand = v.InferOutput<typeof PageCommandSchema>;
export const PAGE_COMMAND = 'backstory/page';

/**
 * What an article page tells its sidebar: open (at a card, when the reader clicked a highlight) or
 * collapsed/expanded from elsewhere. The background relays it with runtime.sendMessage as
 * { type: SIDEBAR_EVENT, tabId, event } to the extension's pages; each sidebar keeps its own tab's.
 */
export const SidebarEventSchema = v.variant('kind', [
  v.object({ kind: v.literal('open'), id: v.optional(v.pipe(v.string(), v.maxLength(400))) }),
  v.object({ kind: v.literal('collapsed'), collapsed: v.boolean() }),
  /**
   * The tab's analysis of `url` has finished: a sidebar showing nothing, or another page's context (it
   * asked before the analysis reached a restarted worker), loads the tab's context again.
   */
  v.object({ kind: v.literal('ready'), url: v.pipe(v.string(), v.maxLength(4_096)) }),
]);
export type SidebarEvent = v.InferOutput<typeof SidebarEventSchema>;
export const SIDEBAR_EVENT = 'backstory/sidebar';

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
  /**
   * content→background: this tab shows an article whose `content/analyze` follows (its sidebar goes up
   * in between). Until then, or for ANALYSIS_EXPECTED_MS (background/tab-state.ts) at most, readers of the tab's context wait for
   * that analysis instead of getting the tab's previous page.
   */
  'content/reading': { from: 'content', payload: v.object({}) },
  /**
   * content→background: this tab shows no article (a single-page navigation left it, or the page was read
   * and is none); forget its context, and answer readers waiting for an analysis with null.
   */
  'content/clear': { from: 'content', payload: v.object({}) },
  /** content→background: this tab's context, so the content script can highlight its mentions and claims (an error where its analysis failed). */
  'content/getContext': { from: 'content', payload: v.object({}) },
  /** content→background: an event for this tab's sidebar (see SidebarEventSchema); relayed, answers null. */
  'content/toSidebar': { from: 'content', payload: SidebarEventSchema },
  /** ui→background: a command for a tab's page (see PageCommandSchema); the in-page sidebar's own tab unless tabId is given. Answers whether a content script took it. */
  'ui/toPage': { from: 'ui', payload: v.object({ tabId: v.optional(TabIdSchema), command: PageCommandSchema }) },
  /** ui→background: the id of the tab this extension page is framed into (the in-page sidebar), or null. */
  'ui/ownTab': { from: 'ui', payload: v.object({}) },
  /** ui→background: the context of a tab (the in-page sidebar's own unless tabId is given), waiting for a running analysis; null when there is none; an error saying why where the tab's analysis failed. */
  'ui/getTabContext': { from: 'ui', payload: v.object({ tabId: v.optional(TabIdSchema) }) },
  /**
   * ui→background: read the tab's page now, at the reader's request (the popup's "Read this page"): an
   * article at an address its site's adapter does not know, or a page of a site Backstory does not run
   * on by itself. Loads the full content script into the tab unless it is there already; its analysis,
   * or its finding that the page is no article, follows as on any page. Answers whether it was loaded.
   */
  'ui/readTab': { from: 'ui', payload: v.object({ tabId: TabIdSchema }) },
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
  /**
   * ui→background: run Backstory on a site the reader added (hostname without "www."), once the options
   * page got the optional host permission for it; registers the content script there. Answers the added sites.
   */
  'ui/addSite': { from: 'ui', payload: v.object({ host: v.pipe(v.string(), v.regex(USER_HOST_PATTERN, 'must be a hostname')) }) },
  /** ui→background: the added sites, after forgetting those whose access the reader revoked in the browser's settings. */
  'ui/listSites': { from: 'ui', payload: v.object({}) },
  /** ui→background: stop running on an added site, unregister its script and give its permission back. Answers the added sites. */
  'ui/removeSite': { from: 'ui', payload: v.object({ host: v.pipe(v.string(), v.regex(USER_HOST_PATTERN, 'must be a hostname')) }) },
} as const;

export type MessageType = keyof typeof protocol;
export type Payload<T extends MessageType> = v.InferOutput<(typeof protocol)[T]['payload']>;

/** What each message answers on success. */
export interface Replies {
  'content/analyze': { sources: number; claims: number };
  'content/reading': null;
  'content/clear': null;
  'content/getContext': PageContext | null;
  'content/toSidebar': null;
  'ui/toPage': boolean;
  'ui/ownTab': number | null;
  'ui/getTabContext': PageContext | null;
  'ui/readTab': boolean;
  'ui/search': SearchResults;
  'ui/listPacks': PackRow[];
  'ui/importPack': PackRow;
  'ui/removePack': null;
  'ui/exportPack': Pack | null;
  'ui/resetData': null;
  'ui/addSite': string[];
  'ui/listSites': string[];
  'ui/removeSite': string[];
}

export interface Message<T extends MessageType = MessageType> {
  type: T;
  payload: Payload<T>;
}

export type Reply<T extends MessageType> = { ok: true; data: Replies[T] } | { ok: false; error: string };


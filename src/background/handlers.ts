import { browser } from 'wxt/browser';
import { database, dexieKnowledge, exportPack, importPack, removePack, searchCache } from '../cache';
import { parsePack } from '../packs';
import { articleContext } from '../context';
import type { Message, MessageType, Payload, Replies } from '../messaging';
import { PAGE_COMMAND, SIDEBAR_EVENT } from '../messaging/protocol';
import { addUserSite, forgetUserSites, removeUserSite, restoreUserSites } from '../sites';
import { readTab } from './read-tab';
import { ensureStarterPack, forgetStarterRemoval, noteStarterRemoval } from './starter-pack';
import { analyzeForTab, clearAllTabContexts, clearTabContext, currentTabContext, expectAnalysis } from './tab-state';

let ready: Promise<void> | null = null;

/** The database with the starter pack in it; the first caller opens it, later ones wait for the same. */
export async function readyDatabase() {
  const db = database();
  ready ??= ensureStarterPack(db).catch((e: unknown) => {
    ready = null; // let the next message try again rather than keep a failed start forever
    throw e;
  });
  await ready;
  return db;
}

type Handler<T extends MessageType> = (payload: Payload<T>, tabId: number | null) => Promise<Replies[T]>;

/** One handler per message type; the guard has already checked sender and payload. */
const handlers: { [T in MessageType]: Handler<T> } = {
  async 'content/analyze'(page, tabId) {
    const context = await analyzeForTab(tabId!, async () => articleContext(page, dexieKnowledge(await readyDatabase())));
    await browser.runtime.sendMessage({ type: SIDEBAR_EVENT, tabId, event: { kind: 'ready', url: page.url } }).catch(() => {});
    return { sources: context.sources.length, claims: context.claims.length };
  },
  async 'content/reading'(_payload, tabId) {
    await expectAnalysis(tabId!);
    return null;
  },
  async 'content/clear'(_payload, tabId) {
    await clearTabContext(tabId!);
    return null;
  },
  async 'content/getContext'(_payload, tabId) {
    return currentTabContext(tabId!);
  },
  async 'content/toSidebar'(event, tabId) {
    // Every extension page gets it; each sidebar keeps only its own tab's. No sidebar open is fine.
    await browser.runtime.sendMessage({ type: SIDEBAR_EVENT, tabId, event }).catch(() => {});
    return null;
  },
  async 'ui/toPage'({ tabId, command }, senderTab) {
    // An explicit tab wins: the popup may itself be shown in a tab (tests, screenshots).
    const id = tabId ?? senderTab ?? undefined;
    if (id === undefined) return false;
    // A tab without our content script (not an article, or a restricted page) simply does not answer.
    return browser.tabs.sendMessage(id, { type: PAGE_COMMAND, command }).then(
      () => true,
      () => false,
    );
  },
  async 'ui/ownTab'(_payload, senderTab) {
    return senderTab;
  },
  async 'ui/getTabContext'({ tabId }, senderTab) {
    const id = senderTab ?? tabId;
    return id === undefined ? null : currentTabContext(id);
  },
  async 'ui/readTab'({ tabId }) {
    return readTab(tabId);
  },
  async 'ui/search'({ query, limit }) {
    return searchCache(await readyDatabase(), query, limit);
  },
  async 'ui/listPacks'() {
    return (await readyDatabase()).packs.toArray();
  },
  async 'ui/importPack'({ json }) {
    const checked = parsePack(json);
    if (!checked.ok) throw new Error(`Invalid pack:\n${checked.errors.join('\n')}`);
    return importPack(await readyDatabase(), checked.pack);
  },
  async 'ui/removePack'({ id }) {
    await removePack(await readyDatabase(), id);
    await noteStarterRemoval(id);
    return null;
  },
  async 'ui/exportPack'({ id }) {
    return exportPack(await readyDatabase(), id);
  },
  async 'ui/resetData'() {
    const db = database();
    await db.delete();
    await db.open();
    await clearAllTabContexts();
    await forgetUserSites(); // before the list of added sites is cleared with the rest of storage.local
    await browser.storage.local.clear();
    await forgetStarterRemoval();
    ready = null;
    await readyDatabase();
    return null;
  },
  async 'ui/addSite'({ host }) {
    return addUserSite(host);
  },
  async 'ui/listSites'() {
    return restoreUserSites();
  },
  async 'ui/removeSite'({ host }) {
    return removeUserSite(host);
  },
};

export function handle<T extends MessageType>(message: Message<T>, tabId: number | null): Promise<Replies[T]> {
  return (handlers[message.type] as Handler<T>)(message.payload, tabId);
}

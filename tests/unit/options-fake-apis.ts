/**
 * What WXT's fake browser lacks for the options page and the added-sites code: i18n from the real
 * English messages, optional host permissions with a scripted answer to the prompt, and the scripting
 * API's content-script registry (with Chrome's errors for duplicate and unknown ids).
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../public/_locales/en/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const en = messages as Messages;

/** browser.i18n.getMessage over public/_locales/en, with named placeholders resolved to $1…$9 like the browser does. */
export function englishMessage(key: string, subs: string | string[] = []): string {
  const entry = en[key];
  if (!entry) return '';
  const args = Array.isArray(subs) ? subs : [subs];
  const fill = (content: string) => content.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([a-z0-9_]+)\$/gi, (whole, name: string) => {
    const p = entry.placeholders?.[name.toLowerCase()];
    return p ? fill(p.content) : whole;
  });
}

export interface FakeSiteApis {
  granted: Set<string>;
  scripts: Map<string, { id: string; js?: string[]; matches?: string[]; persistAcrossSessions?: boolean }>;
  /** What the reader answers to the next permission prompts. */
  answer: { grant: boolean };
  request: ReturnType<typeof vi.fn>;
}


/** Installs the fakes on fakeBrowser (call after fakeBrowser.reset()). */
export function installFakeSiteApis(): FakeSiteApis {
  const granted = new Set<string>();
  const scripts: FakeSiteApis['scripts'] = new Map();
  const answer = { grant: true };
  const request = vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
    if (answer.grant) origins.forEach((o) => granted.add(o));
    return answer.grant;
  });
  const b = fakeBrowser as any;
  b.i18n.getMessage = englishMessage;
  b.i18n.getUILanguage = () => 'en';
  b.runtime.getManifest = () => ({ manifest_version: 3 });
  b.permissions.request = request;
  b.permissions.contains = async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o));
  b.permissions.remove = async ({ origins = [] }: { origins?: string[] }) => {
    const had = origins.some((o) => granted.has(o));
    origins.forEach((o) => granted.delete(o));
    return had;
  };
  b.scripting.registerContentScripts = async (list: { id: string }[]) => {
    for (const s of list) if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
    for (const s of list) scripts.set(s.id, structuredClone(s));
  };
  b.scripting.getRegisteredContentScripts = async () => [...scripts.values()];
  b.scripting.unregisterContentScripts = async ({ ids = [] }: { ids?: string[] } = {}) => {
    for (const id of ids) if (!scripts.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
    ids.forEach((id) => scripts.delete(id));
  };
  return { granted, scripts, answer, request };
}

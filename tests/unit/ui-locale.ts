import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(join(process.cwd(), 'public', '_locales', lang, 'messages.json'), 'utf8'));

/** The fake browser has no i18n: answer getMessage from a real _locales file, with $1…$9 substituted. */
export function useLocale(lang = 'en'): Messages {
  const messages = load(lang);
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string[]) =>
    (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, i: string) => subs?.[Number(i) - 1] ?? '')) as typeof fakeBrowser.i18n.getMessage;
  return messages;
}

export const localeMessages = load;

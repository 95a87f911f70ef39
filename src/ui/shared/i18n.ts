import { browser } from 'wxt/browser';
import type en from '../../../public/_locales/en/messages.json';

/** Every message key of the UI; English (public/_locales/en) is the reference locale. */
export type MessageKey = keyof typeof en;

/**
 * A localised UI string in the browser's language (WebExtension i18n: _locales/<lang>/messages.json),
 * `$1`…`$9` replaced by `subs`. A key missing from every locale shows the key itself, so a gap is
 * visible rather than an empty label.
 */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}

/** "1 source" / "7 sources": the singular key for exactly one, the plural key otherwise. */
export function plural(n: number, one: MessageKey, other: MessageKey): string {
  return t(n === 1 ? one : other, n.toLocaleString());
}

/** The UI language (for <html lang>): the locale the messages actually come from. */
export function uiLanguage(): string {
  return t('locale');
}

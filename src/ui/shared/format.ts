import type { Change, MentionKind } from '../../extract/types';
import { t, uiLanguage, type MessageKey } from './i18n';

const kindKeys: Record<MentionKind, MessageKey> = {
  outlet: 'kindOutlet',
  organization: 'kindOrganization',
  person: 'kindPerson',
  government: 'kindGovernment',
  event: 'kindEvent',
  place: 'kindPlace',
  other: 'kindOther',
};

const eventKeys: Record<string, MessageKey> = { killed: 'eventKilled', detained: 'eventDetained', missing: 'eventMissing', injured: 'eventInjured', aboard: 'eventAboard', crowd: 'eventCrowd', displaced: 'eventDisplaced', spilled: 'eventSpilled' };

/**
 * What a toll counts ("killed", "getötet") in the UI language: extraction names eight events in English
 * words; a cached report may name another, which is shown as the pack wrote it.
 */
export function eventLabel(about: string): string {
  const key = eventKeys[about];
  return key ? t(key) : about;
}

/** "News outlet", "Person"… in the UI language. */
export function kindLabel(kind: MentionKind): string {
  return t(kindKeys[kind] ?? 'kindOther');
}

/** "2017-07-06T…" → "6 Jul 2017"; anything unparseable is shown as given. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

const comparatorKeys: Record<string, MessageKey> = { '>': 'figureMoreThan', '>=': 'figureAtLeast', '<': 'figureFewerThan', '<=': 'figureAtMost', '~': 'figureAbout' };

/** What a figure shows: a pack's figures may leave out a range's end and a change. */
export interface ShownFigure {
  value: number;
  comparator: string;
  upTo?: number | null;
  change?: Change | null;
}

/** A currency sign, maybe after a country's letters ("$", "US$", "€", "₹"): written before the number. */
const CURRENCY_SIGN = /^[A-Z]{0,3}\p{Sc}$/u;

/**
 * A number as written in the UI's language, like the words around it; millions and more in words
 * ("4.1 billion") when that loses nothing, so "$4,100,000,000" reads as "$4.1 billion" but a count
 * of 4,823,112 keeps every digit.
 */
function formatNumber(n: number): string {
  const exact = Number(n.toPrecision(3)) === n;
  return n.toLocaleString(uiLanguage(), n >= 1e6 && exact ? { notation: 'compact', compactDisplay: 'long' } : undefined);
}

/**
 * A figure as a reader would say it: "at least 6", "27–33" (a range), "down 0.3%" (a fall), "about
 * $4.1 billion". A currency sign and a percent sign are part of the amount; any other unit is shown
 * after it (see `unitAfter`).
 */
export function formatFigure(f: ShownFigure, unit: string | null = null): string {
  const sign = unit !== null && CURRENCY_SIGN.test(unit) ? unit : '';
  const amount = (n: number) => `${sign}${formatNumber(n)}`;
  const n = (f.upTo != null ? `${amount(f.value)}–${amount(f.upTo)}` : amount(f.value)) + (unit?.startsWith('%') ? '%' : '');
  // A range is ">=" its low end when no words say more ("10-15"); its two ends say it all.
  const key = f.upTo != null && f.comparator === '>=' ? undefined : comparatorKeys[f.comparator];
  const shown = key ? t(key, n) : n;
  return f.change ? t(f.change === 'rise' ? 'figureRise' : 'figureFall', shown) : shown;
}

/**
 * The unit shown after a figure's amount: none for a currency or percent sign, which `formatFigure` writes into it;
 * a share's whole ("% of the houses") keeps its words after the sign.
 */
export const unitAfter = (unit: string | null): string =>
  unit === null || CURRENCY_SIGN.test(unit) ? '' : unit.startsWith('%') ? unit.slice(1).trim() : unit;

/** Shortens long text at a word boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}

/** Only http(s) links are ever rendered; anything else (javascript:, data:) becomes null. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export function hostLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

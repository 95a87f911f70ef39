import type { Change, MentionKind } from '../../extract/types';
import { t, type MessageKey } from './i18n';

const kindKeys: Record<MentionKind, MessageKey> = {
  outlet: 'kindOutlet',
  organization: 'kindOrganization',
  person: 'kindPerson',
  government: 'kindGovernment',
  event: 'kindEvent',
  place: 'kindPlace',
  other: 'kindOther',
};

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

/** A figure as a reader would say it: "at least 6", "27–33" (a range), "down 0.3" (a fall). */
export function formatFigure(f: ShownFigure): string {
  const n = f.upTo != null ? `${f.value.toLocaleString()}–${f.upTo.toLocaleString()}` : f.value.toLocaleString();
  // A range is ">=" its low end when no words say more ("10-15"); its two ends say it all.
  const key = f.upTo != null && f.comparator === '>=' ? undefined : comparatorKeys[f.comparator];
  const shown = key ? t(key, n) : n;
  return f.change ? t(f.change === 'rise' ? 'figureRise' : 'figureFall', shown) : shown;
}

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

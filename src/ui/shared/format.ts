import type { MentionKind } from '../../extract/types';
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

/** A figure as a reader would say it: "at least 6". */
export function formatFigure(value: number, comparator: string): string {
  const key = comparatorKeys[comparator];
  const n = value.toLocaleString();
  return key ? t(key, n) : n;
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

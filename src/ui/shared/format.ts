import type { MentionKind } from '../../extract/types';

export const kindLabel: Record<MentionKind, string> = {
  outlet: 'News outlet',
  organization: 'Organisation',
  person: 'Person',
  government: 'Government',
  event: 'Event',
  place: 'Place',
  other: 'Named source',
};

/** "2017-07-06T…" → "6 Jul 2017"; anything unparseable is shown as given. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

const comparatorWords: Record<string, string> = { '=': '', '>': 'more than ', '>=': 'at least ', '<': 'fewer than ', '<=': 'at most ', '~': 'about ' };

/** A figure as a reader would say it: "at least 6". */
export function formatFigure(value: number, comparator: string): string {
  return `${comparatorWords[comparator] ?? ''}${value.toLocaleString()}`;
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

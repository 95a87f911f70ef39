import { nameKey } from '../cache/normalize';
import { hasLowerWord } from '../extract/ascii-words';
import type { Mention } from '../extract/types';
import { HEAD_WORD, wordClass } from '../extract/wordclass';
import { RIVAL_OPENER } from '../extract/figures/figure-events';
import type { Span } from '../extract/types';

/** A title that makes a person the voice of a body ("NDRRMC spokesperson", "spokeswoman for the Coast Guard"). */
const SPOKES = /\bspokes(?:person|man|woman)\b/i;

/** "Ministry", "Agency": a body's short form that any body of its kind shares ("Health Ministry spokesman" is not the Interior Ministry's). */
const isGenericForm = (form: string): boolean => !form.includes(' ') && (wordClass(form.toLowerCase()) & HEAD_WORD) !== 0;

/**
 * Who a person speaks for: the body named in their spokesperson title, by any of its forms. A body
 * and its own spokesperson are one source, not two that disagree.
 */
export function bodiesSpokenFor(mentions: readonly Mention[]): Map<string, string> {
  const bodies = mentions.filter((m) => m.kind === 'organization' || m.kind === 'government' || m.kind === 'outlet');
  const out = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== 'person' || !m.role || !SPOKES.test(m.role)) continue;
    const words = ` ${m.role.toLowerCase()} `;
    const body = bodies.find((b) => b.forms.some((f) => !isGenericForm(f) && words.includes(` ${f.toLowerCase()} `)));
    if (body) out.set(m.name, body.name);
  }
  return out;
}

/** Words that open an unnamed source's phrase without telling sources apart ("some officials" are officials). */
const LEADING_DETERMINER = /^(?:a|an|some|many|several|most|other|its|their|his|her) /;

/**
 * A document after the body that wrote it ("the army report", "the health office's list", its "'s" gone with the key's): the body is the source, so its
 * report and its own words are one voice in a row, not two that agree.
 */
export const DOCUMENT_OF_BODY = /(?<=\S) (?:report|list|count|tally|figures|estimate|statement|records)$/;

/**
 * Key of a source the article does not name ("Authorities", "the authorities" and "some authorities"
 * are one), or null for a missing or empty label. Prefixed so that unnamed "police" is never
 * mistaken for a body named "Police".
 */
export function reporterKey(label: string | null | undefined): string | null {
  const key = label ? nameKey(label).replace(LEADING_DETERMINER, '').replace(DOCUMENT_OF_BODY, '') : '';
  return key ? `unnamed:${key}` : null;
}

/**
 * "over 100 confirmed killed but reports by rights groups ranging as high as 300": a count in a clause
 * opened by "but reports" or "but estimates", right after another count, is the reports' figure, a
 * source other than the one of the count it rivals even where neither is named.
 */
export function rivalReports(text: string, span: Span): string | null {
  const before = text.slice(Math.max(0, span.start - RIVAL_REACH), span.start);
  return hasLowerWord(before, 'but ') && RIVAL_AFTER_NUMBER.test(before) ? 'unnamed:rival reports' : null;
}
const RIVAL_REACH = 100;
/** A number, then only words, the opener and words up to the count. */
const RIVAL_AFTER_NUMBER = new RegExp(String.raw`\d[^.;:!?\d]*${RIVAL_OPENER}[^.;:!?\d]*$`, 'i');

/**
 * "Clinics in Varn counted about 70 deaths, but official figures show only 31 people died", "while government data shows just 31
 * died": a count the clause gives to the official figures (data, statistics, records) is the officials' count, a
 * source other than the unnamed one it is set against, though the article names neither.
 */
export function officialFigures(text: string, span: Span): string | null {
  const before = text.slice(Math.max(0, span.start - OFFICIAL_REACH), span.start);
  return before.includes('fficial') || before.includes('overnment') ? (OFFICIAL_FIGURES.test(before) ? 'unnamed:official figures' : null) : null;
}
const OFFICIAL_REACH = 80;
/** "official (government) figures", "government data" or "statistics", a verb that tells what they hold, at most "that" and "only". */
const OFFICIAL_FIGURES = /\b(?:official|government)(?: government)? (?:data|figures|statistics|records|count|tally) (?:show|shows|showed|claims?|claimed|says?|said|put|puts)(?: that)?(?: only| just)? (?:(?:about|around|some|nearly|over|more than|at least) )?$/i;


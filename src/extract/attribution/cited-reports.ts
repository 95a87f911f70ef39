/** "X cited reports that …": passing on reports as one's own word; separate because "cited" tells nothing by itself ("cited the law"). */
import type { Element } from './context';

/**
 * "Senator Kofi Mensah cited reports that at least 14 soldiers were among those killed": "cited" (or "cites") right before a noun
 * of reports and "that" tells what the subject said, as "said reports showed" does; true there. Why: "cited" is no verb of telling
 * in the lexicon, the subject was no source, and the count went to no one. Not "cited the law" nor "cited reports of looting".
 */
export const citedReports = (els: Element[], i: number): boolean => CITING.has(els[i]!.lower) && CITED_NOUNS.has(els[i + 1]?.lower) && els[i + 2]?.lower === 'that';

/** Verbs of citing, for the cue lookup of sentence-sources. */
export const CITING: ReadonlySet<string | undefined> = new Set(['cited', 'cites']);
/** Nouns of what is cited as telling something ("reports", "figures", "accounts"). */
export const CITED_NOUNS: ReadonlySet<string | undefined> = new Set(['reports', 'figures', 'accounts', 'estimates', 'data']);

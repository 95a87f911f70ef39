/** A pronoun subject whose verb of speech is the second of its clause's verbs ("It would not discuss …, but said …"). */
import { type AttributionContext, type Element, endsSentenceBetween } from './context';
import { REPORTING_VERB, VERB_FILLER } from '../wordclass';

/**
 * `It would not discuss its losses, but said the rebels were “…”`, `He gave no number and said …`: the subject at
 * els[at] reports with a verb of speech that "but" or "and" joins to its first verb, a few words on; the quote or
 * count after that verb is the subject's, as after "It said". False where the first verb already reports (the
 * usual reading finds it) or another subject stands before the joined verb ("and officials said").
 */
export function secondVerbReports(ctx: AttributionContext, els: Element[], at: number): boolean {
  const first = els[at + 1];
  if (first === undefined || first.cls & REPORTING_VERB) return false;
  for (let k = at + 2; k < els.length && k <= at + SECOND_VERB_REACH; k++) {
    const e = els[k]!;
    if (!(e.cls & REPORTING_VERB) || endsSentenceBetween(ctx, first.end, e.start)) continue;
    let j = k - 1;
    while (j > at && els[j]!.cls & VERB_FILLER) j--;
    // A verb of speech the first clause denies ("would not confirm") is no report; only one after "but" or "and" is.
    if (JOINING.has(els[j]!.lower)) return true;
  }
  return false;
}

/** Words joining a second verb to its subject's first ("but said", "and added"). */
const JOINING: ReadonlySet<string | undefined> = new Set(['but', 'and']);

/** Most words from the subject to its second verb ("It would not discuss the number of its sailors lost at sea, but said"). */
const SECOND_VERB_REACH = 16;

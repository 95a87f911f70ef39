/** Tags that name who wrote the statement a quote comes from: `,” the guards said in a statement by their chief, Tomas Varn.` */
import { type AttributionContext, type Element, endsSentenceBetween } from './context';
import { REPORTING_VERB } from '../wordclass';
import { ISSUED } from './words';

/**
 * `,” the guards said in a statement by their chief in Varn, Tomas Varn.`: a tag whose verb of speech says
 * the words came in a statement "by" or "from" someone, naming that person at the end of the sentence, gives
 * the quote to the person who wrote it; the body he speaks for only issued it. `els` are the words after
 * the quote; the person's entity, or null.
 */
export function statementAuthor(ctx: AttributionContext, els: Element[]): number | null {
  const verb = els.findIndex((e, k) => k < MAX_SUBJECT_WORDS && (e.cls & REPORTING_VERB) !== 0);
  if (verb < 0 || els[verb + 1]?.lower !== 'in' || (els[verb + 2]?.lower !== 'a' && els[verb + 2]?.lower !== 'the') || !ISSUED.has(els[verb + 3]?.lower)) return null;
  const by = els[verb + 4]?.lower;
  if (by !== 'by' && by !== 'from') return null;
  for (let j = verb + 5; j < els.length && j <= verb + 5 + AUTHOR_REACH; j++) {
    const e = els[j]!;
    if (endsSentenceBetween(ctx, els[j - 1]!.end, e.start)) return null;
    // The place or body of the author's title ("its spokesperson in Varn") comes before his name.
    if (e.name?.kind === 'person') return j === els.length - 1 || /^\s*[.]/.test(ctx.text.slice(e.end, e.end + 2)) ? e.name.entity : null;
  }
  return null;
}

/** Most words before the verb of the tag ("the state police"). */
const MAX_SUBJECT_WORDS = 5;
/** Most words of the author's title before his name ("its spokesperson in the state"). */
const AUTHOR_REACH = 6;

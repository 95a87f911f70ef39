/** Whether the sentence after a quote that closed its own sentence is its tag or a report of its own. */
import { type AttributionContext, elements, stopInside } from './context';
import { isCount } from './words';
import { firstFrom } from '../ranges';
import type { Quote } from '../quotes';
import { REPORTING_VERB, VERB_FILLER } from '../wordclass';

/**
 * `“… may be much higher.” State radio has reported only a handful of deaths.`: after a quote whose full
 * stop stands inside its marks, a sentence whose verb of speech goes on to an object of its own (a "that"
 * clause, a noun phrase opened by a determiner or a number, a name) reports something else; its subject did
 * not say the quote. A bare tag ("The army said.", "Police said on Monday.") still is one.
 */
export function reportsOwnAfter(ctx: AttributionContext, q: Quote): boolean {
  if (!stopInside(ctx, q.open, q.close)) return false;
  const s = ctx.sents[firstFrom(ctx.sents, q.close + 1)];
  if (s === undefined || s.start < q.close) return false;
  const els = elements(ctx, s.start, s.end);
  const verb = els.findIndex((e) => (e.cls & REPORTING_VERB) !== 0);
  if (verb < 0) return false;
  let k = verb + 1;
  while (k < els.length && els[k]!.cls & VERB_FILLER) k++;
  const object = els[k];
  return object !== undefined && (OBJECT_OPENERS.has(object.lower ?? '') || isCount(object) || object.name !== undefined);
}

/** Words that open the object of a verb of speech, not a phrase of its time or place. */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['that', 'the', 'a', 'an', 'only', 'some', 'no', 'its', 'their', 'his', 'her', 'several', 'many', 'dozens', 'hundreds', 'thousands']);

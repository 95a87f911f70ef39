/** "The Associated Press says … The news agency said it had also counted …": "the news agency" stands for the one outlet the text has named. */
import type { AttributionContext, Element } from './context';
import { firstFrom } from '../ranges';

/**
 * "the news agency" at els[at] (its noun "agency"): where every outlet named before it is one outlet, that outlet,
 * as a reader takes it ("Kelmor Press reported 40 dead … The news agency said it had spoken to …"); null where none or
 * several were named, or the words are no "the news agency" (a body named by its country's agency is read elsewhere).
 */
export function newsAgencyBefore(ctx: AttributionContext, els: Element[], at: number): number | null {
  if (els[at]!.lower !== 'agency' || els[at - 1]?.lower !== 'news' || els[at - 2]?.lower !== 'the') return null;
  let found: number | null = null;
  for (let i = firstFrom(ctx.names, els[at]!.start) - 1; i >= 0; i--) {
    const n = ctx.names[i]!;
    if (n.kind !== 'outlet') continue;
    if (found !== null && n.entity !== found) return null;
    found = n.entity;
  }
  return found;
}

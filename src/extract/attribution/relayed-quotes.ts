/** Quotes an outlet passes on from a person the same sentence has speak before them. */
import type { AttributionContext, Element } from './context';
import { firstFrom } from '../ranges';
import type { Quote } from '../quotes';
import { sourceOf } from './sentence-sources';
import { REPORTING_VERB } from '../wordclass';

/**
 * `Tomas Varn, governor of the bank, said that it expects growth "to pick up again," Kelmor Press wrote.`: a
 * quote inside a sentence whose words before it have a person say something, tagged after it by an outlet, is
 * the person's; the outlet only carries it. True where `after` (the tag's speaker) is an outlet and the words
 * `before` the quote, in its own sentence, have a person as their source and a verb of speech with "that".
 */
export function relayedByOutlet(ctx: AttributionContext, before: Element[], after: number, q: Quote): boolean {
  const at = firstFrom(ctx.names, q.close);
  const tagged = ctx.names.slice(at, at + 2).find((n) => n.entity === after);
  // "said that …" puts the quote in what the person said; "said this figure included “…”, the Times says" leaves it the tag's.
  if (tagged?.kind !== 'outlet' || !before.some((e, k) => (e.cls & REPORTING_VERB) !== 0 && before[k + 1]?.lower === 'that')) return false;
  const s = ctx.sents[firstFrom(ctx.sents, q.open + 1) - 1];
  if (s === undefined || s.start >= q.open || before[0] === undefined || before[0].start < s.start) return false;
  const person = sourceOf(ctx, before, 'last');
  return person !== null && ctx.people.has(person);
}

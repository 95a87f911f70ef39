/** Bodies named only to qualify a noun ("the Kelmor Union movement"): what the noun is, not who speaks. */
import { type AttributionContext, type Element, punctuatedBetween } from './context';
import { classAt, LOWER } from '../chars';
import { FUNCTION, REPORTING_VERB, VERB_FILLER } from '../wordclass';

/**
 * "protesting as part of the #Varnfree movement": a name between "the" and a lower-case noun (no verb's
 * past form) qualifies that noun; the sentence tells of a movement or a campaign, and an "it" said after
 * it stands for no body so named.
 */
export function attributive(ctx: AttributionContext, els: Element[], k: number): boolean {
  const noun = els[k + 1];
  if (els[k - 1]?.lower !== 'the' || noun?.lower === undefined || noun.cls & (FUNCTION | REPORTING_VERB | VERB_FILLER)) return false;
  return (classAt(ctx.text, noun.start) & LOWER) !== 0 && !noun.lower.endsWith('ed') && !punctuatedBetween(ctx, els[k]!.end, noun.start);
}

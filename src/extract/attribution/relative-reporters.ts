/** Quotes a relative clause of speech introduces: `… cited the Ostra Times, which reports that “…”`. */
import type { Element } from './context';
import { SPEAKS } from './words';
import { REPORTING_VERB, VERB_FILLER } from '../wordclass';

/**
 * `the Varn Herald cited the Ostra Times which reports that “…”`: a name, then "which" or "who" and a verb
 * of speech (maybe "that") right before the quote: the quote is what that name reports, whoever cites it.
 * The entity, or null; `els` are the words before the quote.
 */
export function relativeReporter(els: Element[]): number | null {
  let k = els.length - 1;
  if (els[k]?.lower === 'that') k--;
  if (!((els[k]?.cls ?? 0) & REPORTING_VERB)) return null;
  k--;
  while (k > 0 && els[k]!.cls & VERB_FILLER) k--;
  if (els[k]?.lower !== 'which' && els[k]?.lower !== 'who') return null;
  const name = els[k - 1]?.name;
  return name !== undefined && SPEAKS.has(name.kind) ? name.entity : null;
}

/** Quotes a relative clause of speech introduces: `… cited the Ostra Times, which reports that “…”`. */
import { type AttributionContext, type Element, hasCharBetween } from './context';
import { APPOSITION_REACH, SPEAKS } from './words';
import { COMMA } from '../chars';
import { rangeAt } from '../ranges';
import { PERSON_NOUN, REPORTING_VERB, ROLE_HEAD, SPOKESNOUN, VERB_FILLER } from '../wordclass';

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

/**
 * `Ana Ruiz, the lead counsel at the Kelmor Legal Aid Fund, who acts for the family, told reporters that the man had
 * gone “…”`: a sentence opening with a person's name, a title set off by a comma, then a relative clause "who …" closed
 * by a comma right before the verb of speech: the person speaks, not the body her title names nor a name in the clause.
 * `els` are the words before the quote; the person's entity, or null (also where another verb of speech or person stands
 * between that verb and the quote).
 */
export function apposedRelativeSpeaker(ctx: AttributionContext, els: Element[]): number | null {
  const name = els[0]?.name;
  if (name?.kind !== 'person' || !hasCharBetween(ctx, name.end, els[1]?.start ?? name.end, COMMA)) return null;
  // The name opens its sentence (the words read may start inside a long one).
  if (ctx.text.slice(rangeAt(ctx.sents, name.start)?.start ?? 0, name.start).trim() !== '') return null;
  let title = false;
  let who = 0;
  for (let k = 1; k < els.length && k <= APPOSITION_REACH && who === 0; k++) {
    if (els[k]!.lower === 'who' && hasCharBetween(ctx, els[k - 1]!.end, els[k]!.start, COMMA)) who = k;
    else if (els[k]!.cls & (ROLE_HEAD | PERSON_NOUN | SPOKESNOUN)) title = true;
  }
  if (!title || who === 0) return null;
  let v = who + 1;
  while (v < els.length && v <= who + APPOSITION_REACH && !hasCharBetween(ctx, els[v - 1]!.end, els[v]!.start, COMMA)) {
    if (els[v]!.cls & REPORTING_VERB) return null;
    v++;
  }
  while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
  if (!((els[v]?.cls ?? 0) & REPORTING_VERB)) return null;
  for (let k = v + 1; k < els.length; k++) if (els[k]!.cls & REPORTING_VERB || els[k]!.name?.kind === 'person') return null;
  return name.entity;
}

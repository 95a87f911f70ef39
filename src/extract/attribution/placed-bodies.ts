/** Bodies a sentence describes by their noun and place that the text also names; separate because it reads a description as a name. */
import { type AttributionContext, type Element, punctuatedBetween } from './context';
import { BODY_NOUN, PASSIVE_AUXILIARIES, SPEAKS } from './words';
import { REPORTING_VERB, VERB_FILLER } from '../wordclass';

/**
 * "The health ministry in Varn has reported that 274 died", "The Kelmor-run interior ministry in Varn said …", where the text
 * also names the "Varn Health Ministry": a subject of "the", a body's words and "in" a place, before a reporting verb, is the
 * body the text names with the place's name before the same words. Its entity, or null. Why: read as a description, the
 * sentence had no named source, and the count went to no one, though the body has its card. A name joined by a hyphen to a
 * participle of ruling ("Kelmor-run") says who runs the body, no word of the body's name.
 */
export function placedBody(ctx: AttributionContext, els: Element[]): number | null {
  if (els[0]?.lower !== 'the') return null;
  let k = ruledBy(ctx, els, 1) ? 3 : 1;
  const words: string[] = [];
  for (; els[k]?.lower !== undefined && els[k]!.lower !== 'in' && words.length < BODY_WORDS; k++) {
    if (punctuatedBetween(ctx, els[k - 1]!.end, els[k]!.start)) return null;
    words.push(els[k]!.lower!);
  }
  const place = els[k + 1]?.name;
  if (!words.length || !(els[k - 1]!.cls & BODY_NOUN) || els[k]?.lower !== 'in' || place?.kind !== 'place' || punctuatedBetween(ctx, els[k - 1]!.end, els[k + 1]!.end)) return null;
  // "in Varn has reported": auxiliaries may stand before the verb.
  let v = k + 2;
  while (v < els.length && els[v]!.cls & VERB_FILLER && !PASSIVE_AUXILIARIES.has(els[v]!.lower!)) v++;
  if (!els[v] || !(els[v]!.cls & REPORTING_VERB) || punctuatedBetween(ctx, place.end, els[v]!.start)) return null;
  const name = `${ctx.text.slice(place.start, place.end)} ${words.join(' ')}`.toLowerCase();
  return ctx.names.find((n) => n.kind !== 'place' && n.kind !== 'person' && SPEAKS.has(n.kind) && ctx.text.slice(n.start, n.end).toLowerCase().replace(/\s+/g, ' ') === name)?.entity ?? null;
}

/** How many words a body's description may have before "in" ("the state health ministry"). */
const BODY_WORDS = 3;

/** els[at] is a name joined by a hyphen to a participle of ruling or backing ("Kelmor-run", "Varn-backed"). */
function ruledBy(ctx: AttributionContext, els: Element[], at: number): boolean {
  const name = els[at];
  const next = els[at + 1];
  return name?.name !== undefined && next !== undefined && next.start === name.end + 1 && ctx.text[name.end] === '-' && RULED_BY.has(next.lower);
}
/** Participles after a hyphen whose name rules, backs or houses the body after it. */
const RULED_BY: ReadonlySet<string | undefined> = new Set(['run', 'controlled', 'led', 'backed', 'owned', 'affiliated', 'linked', 'aligned', 'appointed', 'allied', 'funded', 'sponsored', 'supported', 'dominated', 'held', 'based', 'installed']);

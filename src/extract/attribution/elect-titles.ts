/** Who "the president-elect" is: the person the text told won the vote; its own file because the title names no role any person was given. */
import { type AttributionContext, type Element, punctuatedBetween } from './context';
import { firstFrom, rangeAt } from '../ranges';
import { REPORTING_VERB, ROLE_HEAD, VERB_FILLER } from '../wordclass';

/**
 * `Tomas Varn has won the runoff for mayor of Ostra. … The mayor-elect assured that “…”`: "the" and a title ending in
 * "-elect", as the subject of the verb introducing a quote (maybe through "that"), stand for the person named last
 * as the one who won or was elected. No one else holds that title yet, so no role given before can name them.
 */
export function electedSpeaker(ctx: AttributionContext, els: Element[], open: number): number | null {
  const title = els[1];
  if (els[0]?.lower !== 'the' || !title?.lower?.endsWith('-elect') || !(title.cls & ROLE_HEAD)) return null;
  let v = 2;
  while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
  const last = els[v + 1]?.lower === 'that' ? v + 1 : v;
  if (last !== els.length - 1 || !(els[v]!.cls & REPORTING_VERB) || !/^\s*[:,]?\s*$/.test(ctx.text.slice(els[last]!.end, open))) return null;
  return punctuatedBetween(ctx, els[0]!.end, els[v]!.start) ? null : winnerBefore(ctx, els[0]!.start);
}

/** The person named last before `pos` who, later in the same sentence and with no other person between, won or was elected. */
function winnerBefore(ctx: AttributionContext, pos: number): number | null {
  for (let k = firstFrom(ctx.names, pos) - 1; k >= 0; k--) {
    const n = ctx.names[k]!;
    if (n.kind !== 'person') continue;
    const sent = rangeAt(ctx.sents, n.start);
    const next = ctx.names[k + 1];
    const stop = Math.min(sent?.end ?? n.end, n.end + WIN_REACH, next?.kind === 'person' ? next.start : Infinity);
    if (WON.test(ctx.text.slice(n.end, stop))) return n.entity;
  }
  return null;
}

/** A verb telling a vote was won: "won", "wins", "was elected", "has been elected". */
const WON = /\b(?:won|wins|(?:was|is|has been|had been) elected)\b/;

/** Most characters between a winner's name and the verb telling the win (an apposition may stand between). */
const WIN_REACH = 90;

import type { Span } from '../extract/types';

/**
 * "“Besides the 74 dead, 310 people are hurt and 95 homes are in ruins,” the governor said.": the dead set apart
 * from what the sentence goes on to count, when that is no death (the injured, the missing, houses), are the source's toll
 * itself, not a count set apart from it (setApart of toll-updates.ts). Why: left out, the minister's toll never met a rival's.
 */
export function besidesOtherKinds(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + REACH);
  const m = DEAD_THEN_REST.exec(after);
  return m !== null && OTHER_KINDS.test(m[1]!) && !DEATHS.test(m[1]!);
}
const REACH = 200;
/** The count's own "dead" or "killed" (a noun of people at most before it), a comma, then the rest of the sentence. */
const DEAD_THEN_REST = /^(?: (?:people|persons|victims))? (?:dead|killed|deaths|fatalities),([^.;!?]*)/i;
const OTHER_KINDS = /\b(?:injured|wounded|hurt|missing|displaced|destroyed|damaged|homeless)\b/i;
const DEATHS = /\b(?:died|dead|killed|deaths?|lives)\b/i;

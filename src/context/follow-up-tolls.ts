import type { Figure } from '../extract/types';
import type { Range } from '../extract/sentences';
import { followsUp } from '../extract/figures/tolls';
import { rangeAt } from '../extract/ranges';
import type { DiscrepancyValue } from './types';

/**
 * "In May, the governor said at least 30 people had drowned in Tarsen. The fire service later said nine. A local paper said 16.":
 * a sentence that is only a source and a bare number (figures/tolls.ts followUpCount) right after a toll is that source's count of
 * the same dead, of the toll's place and scope (the month that opens its sentence, its town), whatever its own sentence names: the
 * toll it follows (the last before it of the same event, within FOLLOW_UP_GAP), or undefined. Why: read alone, the follow-up counts
 * named no place and stood in the row of the story's own town instead of the governor's.
 */
export function followedToll<T extends { about: string; v: DiscrepancyValue }>(text: string, sents: readonly Range[], f: Figure & { about: string }, tolls: readonly T[]): T | undefined {
  if (f.unit !== null) return undefined;
  const start = rangeAt(sents, f.span.start)?.start;
  if (start === undefined) return undefined;
  if (!followsUp(text, { start, end: f.span.end + 8 }, f.span.start, f.span.end)) return undefined;
  let base: T | undefined;
  for (const t of tolls) if (t.about === f.about && t.v.span && t.v.span.end <= start && start - t.v.span.end <= FOLLOW_UP_GAP && (!base || t.v.span.start > base.v.span!.start)) base = t;
  return base;
}
const FOLLOW_UP_GAP = 300;

/**
 * Rows of work's counts (extract/figures/work-events.ts): "the union said 40,000 staff walked out … the ministry counted 15,000
 * on strike", "the union fears 800 job losses, the firm says 350". Whoever the strikers are called (staff, teachers, people),
 * a strike's turnout is one group, as a crowd is; a share of a workforce ("12 per cent stayed away") is a rival of shares only,
 * never of a head count; and a count set out as a part of the total ("9,000 of them in the ministries, a third of the total")
 * is no rival of the whole.
 */
import { JOBS_CUT, STRUCK } from '../extract/figures/work-events';
import type { Figure, Span } from '../extract/types';

const isWork = (about: string | null): boolean => about === STRUCK || about === JOBS_CUT;

/** For a count of work, whether it counts what a row may hold (a share only of strikers); undefined for another topic. */
export function workCounted(f: Figure): boolean | undefined {
  if (!isWork(f.about)) return undefined;
  return !(f.unit ?? '').startsWith('%') || f.about === STRUCK;
}

/** The group of a count of work, or undefined for another topic. */
export function workGroup(about: string, unit: string | null | undefined, text: string | undefined, span: Span | null): string | undefined {
  if (!isWork(about)) return undefined;
  if ((unit ?? '').startsWith('%')) return 'share';
  return text !== undefined && span && PART_OF_TOTAL.test(text.slice(span.end, span.end + 90)) ? 'part' : '';
}
/** "…, under a quarter of the total", "…, half the total": the count is told as a part of a total. */
const PART_OF_TOTAL = /^[^.;:!?]{0,60}?\b(?:(?:a|one|two) (?:third|quarter|fifth|half)s?|half|a fraction|part) (?:of )?(?:the|that|this) total\b/i;

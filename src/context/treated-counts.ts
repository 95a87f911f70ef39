import type { Figure } from '../extract/types';

/**
 * "Medics said they treated over 900 runners for dehydration", "400 people were treated in
 * hospital": a count of people treated, admitted or rescued is of the living, no toll of the dead, whatever words of death
 * stand near it. Why: read as a toll, the treated stood as the largest rival of the count of the dead.
 */
export function treatedNotDead(text: string, f: Figure): boolean {
  // "218 dead bodies were admitted" to a hospital are the dead.
  if (f.about !== 'killed' || (f.unit !== null && DEAD_NOUN.test(f.unit))) return false;
  const before = text.slice(Math.max(0, f.span.start - REACH), f.span.start);
  return TREATED_BEFORE.test(before) || TREATED_AFTER.test(text.slice(f.span.end, f.span.end + REACH));
}
const REACH = 60;
const DEAD_NOUN = /\b(?:bodies|body|corpses|cadavers|dead|remains)\b/i;
/** "treating", "treated", "hospitalised", "admitted", "rescued", "evacuated" right before the count. */
const TREATED_BEFORE = /\b(?:treating|treated|hospitali[sz]ing|hospitali[sz]ed|admitting|admitted|rescuing|rescued|evacuating|evacuated)\s+$/i;
/** The count's noun (two words at most), then "were/have been treated/hospitalised/admitted/rescued". */
const TREATED_AFTER = /^(?: [\p{L}-]+){0,2}? (?:were|have been|had been|are being|was) (?:treated|hospitali[sz]ed|admitted|rescued|evacuated)\b/iu;

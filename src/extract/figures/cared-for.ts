/**
 * "Medics said they treated over 900 runners for dehydration", "400 people were treated in hospital": a count of people
 * treated, admitted or rescued is of the living, so a word of death near it ("… but gave no word on the dead") is no
 * event of theirs. Why: read as a toll, the treated stood as the largest rival of the count of the dead.
 */
export function caredForNotDead(text: string, phraseStart: number, end: number, unit: string | null): boolean {
  // "218 dead bodies were admitted" to a hospital are the dead.
  if (unit !== null && DEAD_NOUN.test(unit)) return false;
  return TREATED_BEFORE.test(text.slice(Math.max(0, phraseStart - REACH), phraseStart)) || TREATED_AFTER.test(text.slice(end, end + REACH));
}
const REACH = 60;
const DEAD_NOUN = /\b(?:bodies|body|corpses|cadavers|dead|remains)\b/i;
/** "treating", "treated", "hospitalised", "admitted", "rescued", "evacuated" right before the count. */
const TREATED_BEFORE = /\b(?:treating|treated|hospitali[sz]ing|hospitali[sz]ed|admitting|admitted|rescuing|rescued|evacuating|evacuated)\s+$/i;
/** The count's noun (two words at most), then "were/have been treated/hospitalised/admitted/rescued". */
const TREATED_AFTER = /^(?: [\p{L}-]+){0,2}? (?:were|have been|had been|are being|was) (?:treated|hospitali[sz]ed|admitted|rescued|evacuated)\b/iu;

/**
 * "30 marchers died in the clashes, while four others died in road crashes": "others" after a count of a crowd (marchers,
 * villagers, migrants) are other people, no more of that crowd, which the text does not say they were. Separate because the
 * noun of a bare "others" is read in figures.ts from several rules, this one asked first.
 */
import { PEOPLE_GROUPS } from '../lexicon';
import type { NumberHit } from './numbers';
import type { Range } from '../sentences';
import type { Figure } from '../types';
import { lastWord } from '../scan';

export function othersOfCrowd(text: string, sentence: Range, hit: NumberHit, previous: Figure | undefined): string | null {
  if (!previous?.unit || hit.unit !== null || previous.span.start < sentence.start || !OTHERS_AFTER.test(text.slice(hit.end, hit.end + 9))) return null;
  return PEOPLE_GROUPS.has(lastWord(previous.unit).toLowerCase()) ? 'people' : null;
}
const OTHERS_AFTER = /^ others(?![\p{L}-])/u;

import type { NumberHit } from './numbers';
import type { Range } from '../sentences';
import type { Figure } from '../types';

/**
 * "took just 19 seats, having expected more than 30", "Labour would keep 84 seats. Independents would hold 14, Greens
 * three": a bare count after a count of seats, in its sentence or as the first count of the next one, counts seats too.
 * Why: an election story tells each party's share of the same seats and names the noun once.
 */
export function seatsUnit(text: string, sents: readonly Range[], si: number, hit: NumberHit, previous: Figure | undefined, phraseStart: number): string | null {
  if (hit.unit !== null || text.startsWith(' of ', hit.end) || !HOLDER_BEFORE.test(text.slice(Math.max(0, phraseStart - 24), phraseStart))) return null;
  const sentence = sents[si]!;
  // "37 parliamentary seats, and the Likud 33": the count before may name its seats with a word before the noun.
  if (previous !== undefined) return (previous.unit === 'seats' || SEATS_NOUN.test(previous.unit ?? '')) && !STOP.test(text.slice(previous.span.end, phraseStart)) ? 'seats' : null;
  const before = sents[si - 1];
  if (before === undefined || DIGIT.test(text.slice(sentence.start, phraseStart))) return null;
  return SEATS_LAST.test(text.slice(Math.max(before.start, before.end - 200), before.end)) ? 'seats' : null;
}
/**
 * What a party does with seats ("would hold 14", "having expected more than 30"), or the party itself in a list ("Greens three",
 * "the Kelmor Alliance with one each").
 */
const HOLDER_BEFORE = /(?:\b(?:holds?|held|wins?|won|takes?|took|gets?|got|keeps?|kept|secured?|gained?|retained?|expected|expects?|(?:end|ended|ending) up with|left with)|\p{Lu}[\p{L}-]*,?|\p{Lu}[\p{L}-]* with) (?:(?:just|only) )?$/u;
const STOP = /[.;:!?\d]/;
const SEATS_NOUN = /^[\p{Ll}-]+ seats$/u;
const DIGIT = /\d/;
/** The sentence's last count is one of seats ("84 seats", "the 151-seat house"): a number, "seats", then no other number. */
const SEATS_LAST = /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))(?:\s+seats|-seat)\b[^\d]*$/i;

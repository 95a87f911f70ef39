/** Names numbered inside with "No." ("the Kelmor No. 7 Textile Mill"): the number is a word of the name. */

import { DOT, SPACE_CODE } from '../chars';
import { DIGIT, type Token } from '../tokens';

/** A number of one to three digits, as a mill's, a school's or a unit's ("No. 4"). */
const NAME_NUMBER = /^\d{1,3}$/;

/**
 * "the former Kelmor No. 7 Textile Mill": "No." then a number, then a capitalised word, goes on numbering the name; the
 * abbreviation's full stop ends neither the name nor a person's ("Kelmor No" is nobody). `t` is the run's last word,
 * `next` the word after it, `after` the word after that where it lies in the sentence.
 */
export function numbersName(text: string, t: Token, next: Token, after: Token | undefined): boolean {
  return t.text === 'No' && next.shape === DIGIT && next.start === t.end + 2 && text.charCodeAt(t.end) === DOT && text.charCodeAt(t.end + 1) === SPACE_CODE && NAME_NUMBER.test(next.text) && after !== undefined && after.capitalised && after.start === next.end + 1;
}

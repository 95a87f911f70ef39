/** Amounts whose currency letter, number and magnitude the page printed as one word ("K103.2billion"): money, no name. */
import { DIGIT, type Token } from '../tokens';

/**
 * "K103.2billion", "K78.2billionin" (a typo's "in" glued on), "K4.95trillion": a capital letter or two, a number and a
 * magnitude's word, with no space; no name is written so. Asked of every capitalised word: the expression is tried only
 * on one with a digit.
 */
export const isGluedAmount = (t: Token): boolean => (t.shape & DIGIT) !== 0 && GLUED_AMOUNT.test(t.text);
const GLUED_AMOUNT = /^\p{Lu}{1,3}\$?\d[\d.,]*(?:thousand|million|billion|trillion|bn|mn|tn)/iu;

/**
 * "The office of President Ana Ruiz said …": the office speaks, not the person who holds the title, so the card a reader
 * should see is the office, with the title and the name kept in it ("Office of President Ana Ruiz"); a card for the
 * person alone would credit her with words her office gave.
 */
import { joins } from './name-joins';
import type { Token } from '../tokens';
import { ROLE_HEAD, ROLE_MODIFIER, wordClass } from '../wordclass';

/** The index of "office" in "office of" right before tokens[opening] (a run opening with a title), or -1. */
export function officeBefore(text: string, tokens: readonly Token[], opening: number, from: number): number {
  const o = opening - 2;
  if (o < from || tokens[o]!.lower !== 'office' || tokens[o + 1]!.text !== 'of') return -1;
  return joins(text, tokens[o]!, tokens[o + 1]!) && joins(text, tokens[o + 1]!, tokens[opening]!) ? o : -1;
}

/**
 * The words of such an office ("office of president ana ruiz"): the person's name and surname at its end are no short forms
 * of the office, so "Ruiz said" later is the person's word, not her office's.
 */
export const isTitledOffice = (words: readonly string[]): boolean => words.length > 3 && words[0] === 'office' && words[1] === 'of' && (wordClass(words[2]!) & (ROLE_HEAD | ROLE_MODIFIER)) !== 0;

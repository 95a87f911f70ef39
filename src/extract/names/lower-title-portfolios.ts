/** A portfolio written after a lower-case title and its "of" ("the minister of Health Ana Ruiz"): the title's, not a word of the name after it. */
import type { Part } from './name-parts';
import { isHeadToken, isPersonLike } from './name-shapes';
import { isPortfolio, portfolioEnd } from './portfolios';
import type { Token } from '../tokens';
import { PLACES } from '../lexicon';
import { DEMONYM, GIVEN_NAME, PLACE_NOUN, ROLE_HEAD, wordClass } from '../wordclass';

/**
 * "said the minister of Health Ana Ruiz", "the secretary for Housing Tomas Varga": a run that opens with a portfolio right
 * after a lower-case title and its "of" or "for" (a stray quote mark between them too: "minister of 'Interior") holds the
 * title's portfolio, then the person who holds it; the person alone is the name, "minister of Health" the role. Null where
 * no such title stands before the run, or no person's name of two words or more follows the portfolio (a place's word
 * among words that open with no given name: "the chief of Health Services Ostra Region").
 */
export function personAfterLowerPortfolio(text: string, words: Token[]): Part[] | null {
  if (words.length < 3 || !isPortfolio(words[0]!)) return null;
  const m = LOWER_TITLE_LINK.exec(text.slice(Math.max(0, words[0]!.start - TITLE_REACH), words[0]!.start));
  if (m === null || !(wordClass(m[1]!) & ROLE_HEAD)) return null;
  const e = portfolioEnd(words, 0);
  const name = words.slice(e);
  if (name.length < 2 || name.some(isHeadToken) || !isPersonLike(name) || (!(name[0]!.cls & GIVEN_NAME) && name.some(isPlaceWord))) return null;
  return [{ tokens: name, role: `${m[1]} ${m[2]} ${words.slice(0, e).map((w) => w.text).join(' ')}` }];
}

/** A place's word: a place noun, a demonym, a place the lexicon knows. */
const isPlaceWord = (t: Token): boolean => (t.cls & (PLACE_NOUN | DEMONYM)) !== 0 || PLACES.has(t.lower);

/** A lower-case title, then "of" or "for", at most a stray quote mark, right before a run ("minister of ", "secretary for '"). */
const LOWER_TITLE_LINK = /\b(\p{Ll}+) (of|for) ['‘’]?$/u;
const TITLE_REACH = 30;

/**
 * "the Chief Registrar of the Federation, Dr Ana Varn, said": a body's head alone after a title's "of the", set right before
 * a name after a comma, is the body that title is of; the whole ("Chief Registrar of the Federation") is the named person's
 * title, and the lone head names no body of its own to card ("Federation").
 */
import { BARE_ARTICLES } from '../lexicon';
import { joins } from './name-joins';
import { isHeadToken } from './name-shapes';
import { isAcronym, plain, type Token } from '../tokens';
import { ROLE_HEAD, ROLE_MODIFIER } from '../wordclass';

/** Most title words before the title's "of the" ("Deputy Chief Registrar"). */
const MAX_TITLE_WORDS = 4;

/**
 * The title and the body it is of, "Chief Registrar of the Federation", where tokens[k] opens a name set after a comma right
 * after them and an article opens the title; null elsewhere ("the Ostra Federation, Ana Varn" is no title's body).
 */
export function titleOfBodyBefore(text: string, tokens: readonly Token[], k: number, from: number): string | null {
  const h = k - 1;
  if (h - 4 < from) return null;
  const body = tokens[h]!;
  if (!body.capitalised || !isHeadToken(body) || body.possessive || isAcronym(body.text) || text.charCodeAt(body.end) !== 44 || !tokens[k]!.capitalised) return null; // ,
  if (tokens[h - 1]!.lower !== 'the' || tokens[h - 2]!.text !== 'of' || !(tokens[h - 3]!.cls & ROLE_HEAD)) return null;
  if (!/^,\s+$/.test(text.slice(body.end, tokens[k]!.start)) || !joins(text, tokens[h - 3]!, tokens[h - 2]!) || !joins(text, tokens[h - 2]!, tokens[h - 1]!) || !joins(text, tokens[h - 1]!, body)) return null;
  let b = h - 3;
  while (b - 1 > from && h - 3 - b < MAX_TITLE_WORDS - 1 && tokens[b - 1]!.cls & (ROLE_HEAD | ROLE_MODIFIER) && joins(text, tokens[b - 1]!, tokens[b]!)) b--;
  const article = tokens[b - 1]!;
  return BARE_ARTICLES.has(article.lower) && joins(text, article, tokens[b]!) ? plain(text.slice(tokens[b]!.start, body.end)) : null;
}

import { joins, joinsAfterPossessive } from './name-joins';
import { isPortfolio, MINISTRY_HEADS } from './portfolios';
import type { Token } from '../tokens';
import { GIVEN_NAME } from '../wordclass';

/**
 * "Kelmor’s Defense Ministry said …": a ministry named by its portfolio alone is every country's, so the country that owns
 * it is part of its name; the tokens of the name with the owner first, or null. Why: the reader saw a card "Defense
 * Ministry" beside "Varnese Defense Ministry" and could not tell whose it was. Not "Ana Ruiz’s Defense Ministry" (a person
 * owns no ministry of her own) nor "Kelmor’s Ministry of Defense" (a name of its own that says the country elsewhere).
 */
export function ownedMinistry(text: string, tokens: readonly Token[], opening: number, from: number, name: readonly Token[]): Token[] | null {
  const owner = opening > from ? tokens[opening - 1]! : null;
  if (!owner?.possessive || !owner.capitalised || owner.cls & GIVEN_NAME || name.length !== 2) return null;
  // "Ana Ruiz’s": the owner is one word, no name's last.
  const before = opening - 1 > from ? tokens[opening - 2]! : null;
  if (before?.capitalised && joins(text, before, owner)) return null;
  const [portfolio, head] = name as [Token, Token];
  if (portfolio !== tokens[opening] || !isPortfolio(portfolio) || !MINISTRY_HEADS.has(head.lower) || !joinsAfterPossessive(text, owner, portfolio)) return null;
  return [owner, portfolio, head];
}

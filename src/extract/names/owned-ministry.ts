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
  // "Kelmor’s Defence Ministry … the Kelmorese Defence Ministry": a longer name in the owner's own words names it, and the
  // two join (merge's ofSameOwner).
  const longer = new RegExp(`\\b${escaped(owner.text.slice(0, 4))}\\p{L}*(?<!['’]s) ${escaped(portfolio.text)} ${escaped(head.text)}`, 'u');
  if (longer.test(text.replace(`${owner.text}’s ${portfolio.text}`, '').replace(`${owner.text}'s ${portfolio.text}`, ''))) return null;
  return [owner, portfolio, head];
}

const escaped = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

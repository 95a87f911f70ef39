/** Words around one use of a name that say an outlet, a company or a public body ("KNA news reported", "shares in Acme", "Hungary’s Disaster Relief Agency"); separate because they count for bodies, not for people or places. */
import { PLACES } from '../lexicon';
import { classAt, LETTER } from '../chars';

/** ", the VoA reported.": a name after "the", credited with the report that ends its sentence, is an outlet's. */
export function creditedAtEnd(text: string, start: number, end: number): boolean {
  return text.startsWith(', the ', start - 6) && text.startsWith(' reported', end) && (text[end + 9] === '.' || end + 9 === text.length);
}

/** After a name: "news" and a wire's noun or reporting verb ("KNA news reported", "the KNA news agency"). */
export const NEWS_AFTER = /^\s+news\s+(?:agency|service|outlet|website|channel|network|reported|reports|said|says)\b/;

/** `’s ` or `'s ` ends text[lo, start) after a known place: "Hungary’s Disaster Relief Agency". */
export function ownedByPlace(text: string, lo: number, start: number): boolean {
  const apostrophe = text.charCodeAt(start - 3);
  if (text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 115 || (apostrophe !== 39 && apostrophe !== 0x2019)) return false;
  let b = start - 3;
  while (b > lo && classAt(text, b - 1) & LETTER) b--;
  return PLACES.has(text.slice(b, start - 3).toLowerCase());
}

/** What a holder holds of a company ("shares in Acme", "a stake in Acme", "shares of Acme"). */
export const HOLDINGS = /^(?:shares|stake|stakes|stock)$/;

/**
 * After a company's name: its financial results or its chief executive ("’s second-quarter revenue",
 * "’s executive chairman"), or reporting its results ("reported second-quarter revenue"). Not a
 * spokesperson, whom people have too.
 */
export const COMPANY_AFTER =
  /^(?:['’]s\s+(?:(?:[a-z]+-quarter|quarterly|annual|full-year|net|total|executive)\s+)?(?:revenues?|earnings|profits?|sales|shares|stock|shareholders|net income|market value|chief executive|ceo|chairman|chairwoman|cfo)|\s+(?:reported|posted|announced|booked)\s+(?:(?:a|an|its|record|net|quarterly|annual|[a-z]+-(?:quarter|year))\s+){0,3}(?:revenues?|earnings|profits?|sales|net income|loss(?:es)?))\b/i;

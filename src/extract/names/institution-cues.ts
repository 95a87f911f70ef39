/** Words around one use of a name that say an outlet, a company or a public body ("KNA news reported", "shares in Acme", "Hungary’s Disaster Relief Agency"); separate because they count for bodies, not for people or places. */
import { readDateline } from '../datelines';
import { BODY_HEADS, PLACES, SITE_NOUNS } from '../lexicon';
import { classAt, LETTER } from '../chars';
import { lowerWordAfter, reportsAfter } from '../scan';
import { FUNCTION, ORG_CUE, OUTLET_CUE, PLACE_CUE, REPORTING_VERB, VERB_FILLER, wordClass } from '../wordclass';

/** ", the VoA reported.": a name after "the", credited with the report that ends its sentence, is an outlet's. */
export function creditedAtEnd(text: string, start: number, end: number): boolean {
  return text.startsWith(', the ', start - 6) && text.startsWith(' reported', end) && (text[end + 9] === '.' || end + 9 === text.length);
}

/**
 * "Ostra, March 3 (KNA) – …", "OSTRA, March 3. /KNA/. …", "( March 3, 2024, Ostra, Kelmor Herald) …": the name in the
 * brackets or slashes of the text's dateline, closed by a dash, the slashes or its own bracket, is the wire or outlet
 * that filed the story (the dateline's credit); a body is not credited there.
 */
export function creditedInDateline(text: string, start: number, end: number): boolean {
  if (start >= DATELINE_REACH) return false;
  const d = readDateline(text);
  // Before a colon the brackets may hold the town's region instead ("Ostra (Kelmor): A day after …").
  return d?.credit !== undefined && d.credit.start === start && d.credit.end === end && d.separator !== 'colon';
}
/** How far into a text a dateline's credit may stand ("Bratislava, January 27 (KNA) –"). */
const DATELINE_REACH = 80;

/**
 * After an acronym that follows "told": what was told ("Ana Ruiz told PTI that …", "she told AFP."). A
 * person tells a wire or a broadcaster by its initials with no "the"; a body told so takes "the" ("told the UN").
 */
export const TOLD_NEWS_AFTER = /^(?: that\b|[,.;:])/;

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

/** "analysts polled by Kelmor Financial": what a body that runs surveys does to those it asks; a person polls no one in news. */
export const SURVEYED = /^(?:polled|surveyed)$/;

/** What a holder holds of a company ("shares in Acme", "a stake in Acme", "shares of Acme"). */
export const HOLDINGS = /^(?:shares|stake|stakes|stock)$/;

/** A company's results before the preposition that names it ("sales for Acme", "profits at Acme", "the turnover of Acme"). */
export const RESULTS = /^(?:sales|revenues?|turnover|profits?|earnings)$/;

/**
 * After a company's name: its financial results or its chief executive ("’s second-quarter revenue",
 * "’s executive chairman"), or reporting its results ("reported second-quarter revenue"). Not a
 * spokesperson, whom people have too. "has reported losses", "posted a consolidated net profit": the
 * perfect and the accounts' own qualifiers read the same, as does "an 8 percent rise in net profit". "Kelmor Telecom (Kelmor Tel) on Monday said
 * profit …": the day (and its date in brackets) and the close of a bracketed short form may come between, and "said" with the
 * results as its object is no person's word. "Kelmor shares closed at …": only a company's shares trade.
 */
export const COMPANY_AFTER =
  /^(?:['’]s\s+(?:(?:[a-z]+-quarter|quarterly|annual|full-year|net|total|executive)\s+)?(?:revenues?|earnings|profits?|sales|shares|stock|shareholders|net income|market value|chief executive|ceo|chairman|chairwoman|cfo)|\)?(?:\s+on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+\([\w .]{1,12}\))?)?\s+(?:ha(?:s|ve)\s+)?(?:reported|posted|announced|booked|said)\s+(?:(?:an?\s+)?[\d.,]+\s*(?:percent|per cent|%)\s+(?:rise|fall|increase|decrease|drop|jump|gain|decline)\s+in\s+)?(?:(?:a|an|its|record|net|quarterly|annual|consolidated|standalone|wider|narrower|improved|[a-z]+-(?:quarter|year))\s+){0,3}(?:revenues?|earnings|profits?|sales|net income|loss(?:es)?|performance)|\s+shares\s+(?:closed|ended|rose|fell|gained|jumped|surged|slipped|dropped|plunged|plummeted|tumbled|climbed))\b/i;

/**
 * "Kelmor Telecom (KT) sales revenues grew by 7%": a name's results growing or falling by a share, which only a company
 * reports (not "sales", which a country's market has too). Not where the name is the accounts' own word ("Total revenue
 * grew 5%": see ACCOUNT_WORDS).
 */
export const RESULTS_CHANGED = /^\)?(?:\s+\([^()]{1,12}\))?\s+(?:sales\s+revenues?|revenues?|net\s+profits?|turnover)\s+(?:grew|rose|fell|increased|decreased|jumped|dropped|declined|climbed)\s+(?:by\s+)?[\d.,]*\d(?=\s*(?:percent|per cent|%))/i;
/** Words of the accounts that open a sentence about results ("Total revenue", "Net profit"), no company's name. */
export const ACCOUNT_WORDS: ReadonlySet<string> = new Set(['total', 'net', 'gross', 'operating', 'annual', 'quarterly', 'consolidated', 'group']);

/**
 * After a broadcaster's or an agency's initials opening a sentence ("KTV state radio and the OPA news agency said"): its
 * medium in lower case, which no ordinary capitalised word opens.
 */
export const MEDIUM_AFTER = /^\s+(?:(?:state|public|private|national)\s+)?(?:radio|television|tv|broadcaster|news\s+agency|newspaper|daily)\b/;

/**
 * "the Kelmor rights group said", "Ostra Daily opposition newspaper put": the outlet's or body's noun
 * one lower-case modifier after the name (`next`, the word right after `end`); its class, or 0. A
 * verb or a function word as `next` ends the name's phrase instead.
 */
export function cueAfterModifier(text: string, end: number, next: string, hi: number): number {
  // "the Harvey town site", "the Kelmor police station": a place's or a public body's noun as the
  // modifier makes a place of what follows.
  if (next === '' || wordClass(next) & (FUNCTION | VERB_FILLER | REPORTING_VERB | ORG_CUE | OUTLET_CUE | PLACE_CUE) || next.endsWith('ed') || BODY_HEADS.has(next)) return 0;
  const noun = lowerWordAfter(text, text.indexOf(next, end) + next.length, hi);
  return SITE_NOUNS.has(noun) ? 0 : wordClass(noun) & (ORG_CUE | OUTLET_CUE);
}

/**
 * After a one-word name: its ’s and an office that a body fills ("Ostratu’s president", "Kelmaid's
 * relief adviser for Africa"), with at most one lower-case field word between. A place's offices
 * (minister, governor) are not here; a person's ("spokesman") neither, as people have spokesmen.
 */
export const OFFICE_OWNED_AFTER = /^['’]s (?:[a-z]+ )?(?:president|chairman|chairwoman|chairperson|general secretary|secretary-general|adviser|advisor)\b/;

/**
 * After a one-word name: an office of a state's government ("Kelmor health minister", "Kelmor Chief
 * Minister Ana Ruiz"), which only a place has; a company's or a body's officers are not ministers. A
 * capitalised portfolio's title ("Mines Minister") is no cue: the word may be the portfolio.
 */
export const PLACE_OFFICE_AFTER = /^ (?:(?:[a-z]+ )?(?:minister|governor)|Chief Minister)\b/;

/**
 * "the former Kelmor site was sold", "the Ostra station closed": a site's noun right after a name is a place the body owns, no
 * website or radio station, unless the site reports ("the Kelmor site reported"). `next` is the word right after `end`.
 * "passwords used on the Kelmco website": every company and body has a website, so the word alone makes no outlet either.
 */
export const isPlaceSiteAfter = (text: string, end: number, next: string, hi: number): boolean =>
  (SITE_NOUNS.has(next) || next === 'website') && !reportsAfter(text, text.indexOf(next, end) + next.length, hi);

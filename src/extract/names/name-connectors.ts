/** Where a run splits into names at a connector ("Trump and Putin", "Dale Whitcombe of Kansas") and where it stays one name. */

import { COMPANY_SUFFIXES, OUTLET_CUES, OUTLETS, PARTNERSHIP_WORDS } from '../lexicon';
import { initialsWrittenAlone, speaksAfterThe } from './initials-written';
import { isPluralNoun } from './name-joins';
import { isHeadToken } from './name-shapes';
import { trim } from './name-trims';
import { titleLink } from './role-split';
import { type Evidence, keyOf, type Known } from './occurrence';
import { isPortfolio, joinsPortfolios, namedAfterPortfolio, namesPortfolio, portfolioChainEnd, portfolioEnd } from './portfolios';
import { isAcronym, isConnector, isWeakConnector, type Token } from '../tokens';
import { DEMONYM, GIVEN_NAME, GOV_HEAD, HEAD_WORD, ORG_HEAD, OUTLET_WORD, PLACE_NOUN, ROLE_HEAD, ROLE_MODIFIER } from '../wordclass';

/**
 * "Trump and Putin" are two names; "Institute for Fiscal Studies" is one because it has a head word.
 * An acronym before "and" ends a name, even when the words after "and" end in a head word ("Redbird
 * IMI and Daily Mail", "BBC and ITV News"); a head word does not ("Daily Mail and General Trust").
 * "in" after a head word ends the name: what follows places the body ("the Prime Minister’s Office
 * in Canberra"). A name the lexicon or the gazetteer knows whole keeps its connector ("Trinidad and
 * Tobago"), and so does a purpose after one word never named on its own ("Alternative for Germany").
 */
export function splitWeakConnectors(words: Token[], evidence: Evidence): Token[][] {
  if (!words.length) return [];
  let head = false;
  for (let k = 1; k < words.length - 1; k++) {
    head ||= isHeadToken(words[k - 1]!);
    const w = words[k]!.text;
    if (w === 'and' && (isAcronym(words[k - 1]!.text) || joinsTwoBodies(words, k))) return cutAt(words, k, evidence);
    if (w === 'in' && head && !knownAcross(words, k, evidence.known) && !isInCharge(words, k)) return cutAt(words, k, evidence);
    if (w === 'on' && !head && isOutletAfterOn(words, k)) return cutAt(words, k, evidence);
  }
  // "Gift of the Givers": a group's name keeps its "of the" (see groupOfThe).
  if (words.length === 4 && words[1]!.text === 'of' && words[2]!.text === 'the' && groupOfThe(words[0]!, words[3]!)) return [words];
  const brand = brandOfGroup(words, evidence.single);
  if (brand) return [brand];
  if (words[words.length - 1]!.cls & HEAD_WORD && !loneHeadAfterAnd(words)) return [words];
  // "United for Peace and Justice": a body named for a purpose keeps the purpose's own "and".
  if (namesPurpose(words, evidence.single)) return [words];
  for (let k = 1; k < words.length - 1; k++) {
    // "Minister for Water and Power Ali Khan": the title's portfolio is no place to cut.
    if (namedAfterPortfolio(words, k)) k = portfolioChainEnd(words, portfolioEnd(words, k + 1)) - 1;
    if (!isWeakConnector(words[k]!) || joinsPortfolios(words, k) || joinsBusinessPlurals(words, k) || isInCharge(words, k) || joinsAgencyFields(words, k) || insideTitledName(words, k)) continue;
    const left = words.slice(0, k);
    if (left.some(isHeadToken) || knownAcross(words, k, evidence.known)) continue;
    // "the UN High Commissioner for Refugees": the portfolio goes, and the words before it keep the body's name.
    if (namesPortfolio(words, k, evidence)) return k === 1 ? [] : [words.slice(0, k)];
    return cutAt(words, k, evidence);
  }
  return [words];
}

/**
 * "Ana Ruiz of A Road to Justice": after "of", a capital "A" opens a body named like a title (see opensTitledName), whose
 * "to" or "for" at k is its own; splitOf parts the person from it at the "of".
 */
const insideTitledName = (words: Token[], k: number): boolean =>
  words[k]!.text !== 'and' && words.some((w, j) => j > 0 && j < k - 1 && w.text === 'A' && !w.initial && words[j - 1]!.text === 'of');

/**
 * "Kelmor Customs and Border Protection", "Immigration and Customs Enforcement": an "and", then one or two words ending the
 * run in what an agency does ("Protection", "Enforcement"), joins two fields of one agency; no person's name ends so, and
 * no given name stands on either side ("Ana Ruiz and Kelmor Civil Protection" stays two).
 */
const joinsAgencyFields = (words: Token[], k: number): boolean =>
  words[k]!.text === 'and' && words.length - k - 1 <= 2 && AGENCY_FUNCTIONS.has(words[words.length - 1]!.lower) && !words.some((w) => w.cls & GIVEN_NAME);
/** Last words of an agency's name that say what it does. */
const AGENCY_FUNCTIONS: ReadonlySet<string> = new Set(['protection', 'enforcement', 'prevention', 'control', 'rescue', 'safety']);

/**
 * "Ana Ruiz on Kelmor TV", "said Tomas Varga on Ostra Radio": "on" then an outlet (its word last, or a name the lexicon
 * knows as one) after a name with no body's head is where the person spoke, no word of their name.
 */
const isOutletAfterOn = (words: Token[], k: number): boolean => {
  const outlet = words.slice(k + 1);
  return (outlet[outlet.length - 1]!.cls & OUTLET_WORD) !== 0 || OUTLETS.has(keyOf(outlet.map((w) => w.lower)));
};

/** "Special Agent in Charge", "Officer in Charge": "in Charge" after a title word closes the title, it places nothing. */
const isInCharge = (words: Token[], k: number): boolean => words[k + 1]!.lower === 'charge' && (words[k - 1]!.cls & ROLE_HEAD) !== 0;

/**
 * "Windows and Office helped the software maker": one word, no body's head nor a portfolio, "and", then a lone head word
 * is two names; a body puts its field right before its head ("the Home Office", "Trade and Industry Office"), and a
 * partnership's word stays ("Rupa and Company").
 */
const loneHeadAfterAnd = (words: Token[]): boolean =>
  words.length === 3 && words[1]!.text === 'and' && !PARTNERSHIP_WORDS.has(words[2]!.lower) && !isHeadToken(words[0]!) && !isPortfolio(words[0]!) && !(words[0]!.cls & (ROLE_HEAD | ROLE_MODIFIER));

/**
 * "Chairman, Ostra Airline and Group": a brand named on its own elsewhere, one of its businesses, "and", then a bare "Group"
 * names the brand's business and the group it heads, both the brand's; the name is the brand ("Ostra"), not a cut of the
 * title. Not where the brand is nowhere named alone ("Kelmor Bank and Group" stays as written).
 */
function brandOfGroup(words: Token[], single: Known): Token[] | null {
  const n = words.length;
  if (n !== 4 || words[2]!.text !== 'and' || words[3]!.text !== 'Group' || isHeadToken(words[0]!) || !single(words[0]!.lower)) return null;
  return words.slice(0, 1);
}

/**
 * "Kelmor Hotels and Resorts", "Ostra Arts and Sciences": a brand, then two plural nouns joined by "and" that end the run, is
 * one body named for the two lines it works in; "Trump and Putin", "Kelmor Airways and Varn" stay two.
 */
const joinsBusinessPlurals = (words: Token[], k: number): boolean =>
  words[k]!.text === 'and' && k >= 2 && k === words.length - 2 && isLinePlural(words[k - 1]!) && isLinePlural(words[k + 1]!);

/** A capitalised plural noun no name nor head word: "Hotels", "Resorts", "Sciences". */
const isLinePlural = (t: Token): boolean => isPluralNoun(t) && !isAcronym(t.text) && !isHeadToken(t) && !(t.cls & (GIVEN_NAME | DEMONYM | PLACE_NOUN | ROLE_HEAD));

/**
 * The "and" at words[k] joins two whole bodies, not words of one name: a company's legal suffix ends
 * the name before it, or each side is an outlet known by that name ("Vedomosti and Kommersant").
 */
function joinsTwoBodies(words: Token[], k: number): boolean {
  if (COMPANY_SUFFIXES.has(words[k - 1]!.lower)) return true;
  if ((endsInBodyHead(words.slice(0, k), ORG_HEAD) || endsInCompanyPlural(words.slice(0, k))) && endsInBodyHead(words.slice(k + 1), ORG_HEAD | GOV_HEAD)) return true;
  return OUTLETS.has(keyOf(words.slice(0, k).map((w) => w.lower))) && OUTLETS.has(keyOf(words.slice(k + 1).map((w) => w.lower)));
}

/**
 * "the Kelmor Bank and Ostra Development Fund": two names of two words or more, each ending in an institution's head
 * ("Bank", "Fund", "Council"; after "and" a ministry's too) and holding no other head, are two bodies. Not an outlet's
 * word ("Daily Mail and General Trust"), a field in the plural ("Australian Securities and Investments Commission"),
 * "Police" ("Kelmor Police and Fire Commission", one body), nor a head inside the second name ("Red Cross and Red
 * Crescent Movement").
 */
const endsInBodyHead = (name: Token[], heads: number): boolean => {
  const last = name[name.length - 1]!;
  return name.length > 1 && (last.cls & heads) !== 0 && !last.lower.endsWith('s') && !name.slice(0, -1).some(isHeadToken);
};

/**
 * "Kelmor Holdings and Ostra Bank": a company's name ends in a plural its trade is written in ("Holdings", "Airlines"),
 * no field of the name after "and", as "Securities and Investments Commission" has one.
 */
const endsInCompanyPlural = (name: Token[]): boolean => name.length > 1 && COMPANY_PLURALS.has(name[name.length - 1]!.lower) && !name.slice(0, -1).some(isHeadToken);
const COMPANY_PLURALS = new Set(['holdings', 'industries', 'airlines', 'airways', 'motors']);

/**
 * "the Kelmor House of Assembly", "Ostra House of Delegates": "House of" then a legislature's head is one chamber's name, the
 * place before it included; not "Varn House of Kelmor", a house of a family or a firm.
 */
const namesChamber = (words: Token[], k: number): boolean =>
  words[k]!.text === 'of' && words[k - 1]!.text === 'House' && k === words.length - 2 && (CHAMBERS.has(words[k + 1]!.lower) || (words[k + 1]!.cls & GOV_HEAD) !== 0);
const CHAMBERS = new Set(['delegates', 'representatives', 'commons', 'lords', 'keys', 'councillors', 'deputies', 'chiefs']);

/** The words before the connector at k, then the names split from the words after it. */
const cutAt = (words: Token[], k: number, evidence: Evidence): Token[][] => [words.slice(0, k), ...splitWeakConnectors(words.slice(k + 1), evidence)];

/** Words of a known name on either side of a connector ("Bosnia and Herzegovina", "São Tomé and Príncipe"). */
const KNOWN_REACH = 3;

/** A name known to the lexicon or the gazetteer spans words[k]. */
function knownAcross(words: Token[], k: number, known: Known): boolean {
  for (let a = Math.max(0, k - KNOWN_REACH); a < k; a++) {
    for (let b = k + 2; b <= Math.min(words.length, k + 1 + KNOWN_REACH); b++) {
      if (known(keyOf(words.slice(a, b).map((w) => w.lower)))) return true;
    }
  }
  return false;
}

/**
 * "Alternative for Germany", "Citizens for Europe": "for" after one word that the article never
 * names on its own, capitalised mid-sentence, is the purpose of one body, whose name keeps its other
 * connectors too ("United for Peace and Justice"); "Kane for England" is
 * two names where the article writes "Kane" alone, and a title keeps its own rules ("Minister for
 * Europe", "MP for Stoke"). A sentence-initial word's capital says nothing ("Support for Ruiz").
 */
function namesPurpose(words: Token[], single: Known): boolean {
  const w = words[0]!;
  return (
    words[1]?.text === 'for' &&
    !w.initial &&
    !isAcronym(w.text) &&
    !(w.cls & (ROLE_HEAD | ROLE_MODIFIER | GIVEN_NAME)) &&
    !single(w.lower)
  );
}

/**
 * "the state-run New Light of Ostra newspaper": words, "of" and one word, right before an outlet's lower-case
 * noun, are the outlet's whole name; its place is part of it, not a second name.
 */
export function namesOutletOfPlace(text: string, words: readonly Token[]): boolean {
  const n = words.length;
  // "Ana Ruiz of Varn newspaper" is a person of the paper; a body's head keeps its "of" anyway.
  if (n < 3 || words[n - 2]!.text !== 'of' || words.slice(0, n - 2).some((w) => isConnector(w) || isHeadToken(w) || w.cls & (GIVEN_NAME | ROLE_HEAD))) return false;
  const noun = /^ ([a-z]+)\b/.exec(text.slice(words[n - 1]!.end, words[n - 1]!.end + 20));
  // "The Free Voice of Kelmor reported … FVK said": the whole name's initials, written alone, show it one name too.
  return (noun !== null && OUTLET_CUES.has(noun[1]!)) || initialsWrittenAlone(text, words) || speaksAfterThe(text, words);
}

/**
 * "Dale Whitcombe of Kansas", "Dmitry Muratov of Novaya Gazeta": a person's name of several words
 * before "of" is a name of its own. One word before "of" is the head of an institution ("University
 * of Toulouse", "Bank of England"), and so is a head, a title ("Lord Mayor of London") or a place
 * noun ("Democratic Republic of Congo").
 */
export function splitOf(words: Token[]): Token[][] {
  let k = 2;
  while (k < words.length && words[k]!.text !== 'of') k++;
  if (k >= words.length) return [words];
  const left = words.slice(0, k);
  if (left.some(isHeadToken) || left[left.length - 1]!.cls & (ROLE_HEAD | ROLE_MODIFIER | PLACE_NOUN)) return [words];
  if (namesChamber(words, k)) return [words];
  const right = trim(words.slice(k + 1));
  return right.length ? [left, ...splitOf(right)] : [left];
}

/**
 * "Gift of the Givers", "Sisters of the Poor": a word that is no given name, title or place, "of the", and a plural that is no
 * possessive, given name or title (a group of people) name one body; not "Ana Ruiz of the Varn Times" nor "Mayor of the Hills".
 */
export const groupOfThe = (first: Token, last: Token): boolean =>
  !(first.cls & (GIVEN_NAME | ROLE_HEAD | ROLE_MODIFIER | PLACE_NOUN | HEAD_WORD)) && !isAcronym(first.text) && isPluralNoun(last) && !last.possessive && !(last.cls & (GIVEN_NAME | ROLE_HEAD | PLACE_NOUN | HEAD_WORD));

/**
 * "Vice President of Cloud and Device Security": a title's "of" or "for" opening the run, then words with one "and", the
 * one to three after it, no given name, ending in a portfolio's word ("Security", "Affairs"), are the title's two fields,
 * one title that names no one, not a name cut at "and"; "Minister of Works and Ana Ruiz" is no title's field after "and".
 */
export function joinsTitleFields(text: string, words: Token[]): boolean {
  const k = words.findIndex((w) => w.text === 'and');
  if (k < 0 || words.length - k - 1 > 3 || words.length - k - 1 < 1 || !isPortfolio(words[words.length - 1]!) || words.some((w, i) => w.cls & GIVEN_NAME || (i > k && w.text === 'and'))) return false;
  const link = titleLink(text, words);
  return link > 0 && link < k - 1;
}

/** Capitalised words that name nobody: a lone month, a body's description ("a Peruvian TV network"), a party tag ("D-Va"), a demonym adjective, an outlet's ordinary word, the "Web" of "Web site", a field before a company's noun ("the Internet switch maker"). */

import { followsDateline } from './sentence-openers';
import { codeAt, isDigit } from '../chars';
import { ACCOUNT_ITEMS, ACCOUNT_QUALIFIERS, BARE_ARTICLES, BILL_HEADS, CAPITALISED_COMMON_NOUNS, CAPITALISED_ORDINARY_WORDS, COMBINING_DEMONYMS, COMPANY_NOUNS, COMPASS_WORDS, EXCHANGE_NAMES, FIELD_WORDS, OUTLETS_WITH_THE, PEOPLE_GROUPS, PEOPLE_SHARES, PLACES, REPORT_QUALIFIERS, REVISION_LABELS, SCOPE_ADJECTIVES, TITLE_ABBREVIATIONS, WEB_NOUNS, DOCUMENT_PARTS } from '../lexicon';
import { isPortfolio, MINISTRY_HEADS } from './portfolios';
import { keyOf, type Occurrence } from './occurrence';
import { isAcronym, plain, type Token } from '../tokens';
import { DEMONYM, FUNCTION, GIVEN_NAME, MONTH, ORG_CUE, OUTLET_CUE, PERSON_NOUN, REPORTING_VERB, ROLE_HEAD, VERB_FILLER, wordClass } from '../wordclass';

/**
 * "May's local elections": a month on its own is a date, unless a title goes with it ("Mrs May") or the article names someone so ("Theresa May");
 * so is a span of months ("during April-August").
 */
export function withoutLoneMonths(found: Occurrence[]): Occurrence[] {
  // Split only a key with a hyphen: this runs twice for every occurrence.
  const lone = (o: Occurrence) => o.words.length === 1 && !o.role && (o.key.includes('-') ? o.key.split('-').every(isMonth) : isMonth(o.key));
  if (!found.some(lone)) return found;
  const surnames = new Set(found.filter((o) => o.words.length > 1).map((o) => o.words[o.words.length - 1]));
  return found.filter((o) => !lone(o) || surnames.has(o.key));
}

const isMonth = (w: string): boolean => (wordClass(w) & MONTH) !== 0;

/** A party's initial and a state's abbreviation after a legislator's name: "D-Va", "R-Tex", "I-Vt". */
export const PARTY_TAG = /^[DRI]-\p{Lu}\p{Ll}{0,3}$/u;

/** "FY2016-17", "FY18", "CY2020": a fiscal or calendar year's label, no name; so is a quarter's or a half's of one ("Q1FY10", "H2FY24"). */
export const YEAR_LABEL = /^(?:[QH][1-4])?(?:FY|CY)\d{2}/;

/** "(NYSE: KO)": a company's ticker after its exchange's name in brackets is no name of its own. */
export function isExchangeTicker(text: string, t: Token): boolean {
  if (text.charCodeAt(t.end) !== 41 || text.charCodeAt(t.start - 2) !== 58) return false; // ) :
  const m = /\((\p{L}+): $/u.exec(text.slice(Math.max(0, t.start - 12), t.start));
  return m !== null && EXCHANGE_NAMES.has(m[1]!.toLowerCase());
}

/** A time zone's letters ("MDT", "GMT", "UTC"). */
const TIME_ZONE = /^(?:[A-Z]{1,3}T|UTC)$/;

/** "at 6:39 p.m. MDT", "at 14:00 GMT": a time zone after a clock time is no name. */
export const isClockZone = (text: string, t: Token): boolean =>
  TIME_ZONE.test(t.text) && /(?:\d|(?:\b|\d)[ap]\.?m\.?) $/i.test(text.slice(Math.max(0, t.start - 6), t.start));

/** "The MD said", "the IGP ordered": a title's capitals after "the" are the office, which attribution may resolve; no name. */
export function isTitleAbbreviation(tokens: readonly Token[], t: Token, from: number): boolean {
  if (!TITLE_ABBREVIATIONS.has(t.lower) || t.text !== t.text.toUpperCase()) return false;
  const k = tokens.indexOf(t, from);
  return k > from && tokens[k - 1]!.lower === 'the';
}

/**
 * "four M-16 rifles", "two F-16s", "green T-shirts": a letter's model or thing joined by a hyphen to a
 * number or a lower-case word is a counted or described object, no source ("the G-20 said" keeps its body).
 */
export function isLetterThing(tokens: readonly Token[], t: Token, from: number): boolean {
  // Both shapes need a hyphen, which few words have: this runs for every one-word name.
  if (!t.text.includes('-')) return false;
  if (LETTER_WORD.test(t.text)) return true;
  if (!LETTER_MODEL.test(t.text)) return false;
  const k = tokens.indexOf(t, from);
  return k > from && COUNT_WORD.test(tokens[k - 1]!.lower);
}
const LETTER_WORD = /^\p{Lu}-\p{Ll}{2,}$/u;
/** "T-shirts of Kelmor", "U-turn by Varn": a letter joined to a lower-case word opens no name, whatever follows it. */
export const isLetterWord = (t: Token): boolean => t.text.length > 3 && t.text.charCodeAt(1) === 45 && LETTER_WORD.test(t.text); // -
const LETTER_MODEL = /^\p{Lu}{1,2}-\d+s?$/u;
const COUNT_WORD = /^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|hundreds|thousands)$/;

/**
 * "Spanish-language", "French-born": a demonym joined to a lower-case word is an adjective, no name;
 * so are demonyms joined to each other ("Anglo-Australian", "Sino-Kelmorian" firm).
 */
export function isDemonymCompound(t: Token): boolean {
  const hyphen = t.text.indexOf('-');
  if (hyphen <= 0) return false;
  const parts = t.lower.split('-');
  if (parts.length > 1 && parts.slice(0, -1).every((p) => COMBINING_DEMONYMS.has(p) || wordClass(p) & DEMONYM) && isDemonymWord(parts[parts.length - 1]!)) return true;
  return t.text.charCodeAt(hyphen + 1) >= 97 && t.text.charCodeAt(hyphen + 1) <= 122 && (wordClass(t.lower.slice(0, hyphen)) & DEMONYM) !== 0;
}

/** A demonym the lexicon knows, or one of the common "-ian", "-ese", "-an", "-ish", "-i" shapes of a people's adjective. */
const isDemonymWord = (w: string): boolean => (wordClass(w) & DEMONYM) !== 0 || /(?:ian|ese|ish|an|i)$/.test(w);

/** "MANILA (3rd UPDATE) -", "(UPDATE 2)", "(Corrected)": a wire's label of a story's version, in brackets, names nobody. */
export function isRevisionLabel(text: string, t: Token): boolean {
  if (!REVISION_LABELS.has(t.lower)) return false;
  const open = text.lastIndexOf('(', t.start);
  const close = text.indexOf(')', t.end);
  return open >= 0 && t.start - open <= LABEL_REACH && !text.slice(open, t.start).includes(')') && close >= 0 && close - t.end <= LABEL_REACH && !text.slice(t.end, close).includes('(');
}

/** Most characters between a revision label and its bracket ("(3rd UPDATE", "UPDATE 2)"). */
const LABEL_REACH = 6;

/**
 * "Initial reports from soldiers said", "Preliminary figures show": a qualifier of a report opening a
 * sentence before a lower-case word is the ordinary adjective, no name.
 */
export function isReportQualifier(tokens: readonly Token[], t: Token, from: number, to: number): boolean {
  if (!REPORT_QUALIFIERS.has(t.lower)) return false;
  const k = tokens.indexOf(t, from);
  return k === from && k + 1 < to && !tokens[k + 1]!.capitalised;
}

/** "the Opposition", "the 2023/24 Budget", "the Second reading": a common word of public life, capitalised alone, names no one. */
export const isCapitalisedCommonWord = (t: Token): boolean => CAPITALISED_ORDINARY_WORDS.has(t.lower);

/**
 * "the First and Second readings of the Finance Bill 2023": a bill is the text a house debates, no
 * source. An act stays a name: the law an article cites ("under the Kelmor Water Act") is one.
 */
export const isBillName = (words: readonly string[]): boolean => words.length > 1 && BILL_HEADS.has(words[words.length - 1]!);

/**
 * "a rise in its Profit After Tax", "Revenue increased 36 percent", "Net Assets improved": a line of a company's
 * accounts, capitalised as its statement writes it, is what the company reports, no source.
 */
export const isAccountItem = (words: readonly string[]): boolean =>
  words.some((w) => ACCOUNT_ITEMS.has(w)) && words.every((w) => ACCOUNT_ITEMS.has(w) || ACCOUNT_QUALIFIERS.has(w));

/**
 * "the incumbent Socialist candidate", "a Conservative lawmaker": a creed's adjective (in "-ist", "-ive", "-ic") before a
 * lower-case noun of a person or a title says which party the person is of, no name of its own.
 */
export function isCreedBeforePerson(text: string, t: Token): boolean {
  if (!CREED_ENDING.test(t.lower)) return false;
  const next = /^ (\p{Ll}+)\b/u.exec(text.slice(t.end, t.end + 20));
  return next !== null && (wordClass(next[1]!) & (ROLE_HEAD | PERSON_NOUN)) !== 0;
}
const CREED_ENDING = /(?:ist|ive|ic)$/;

/** "iPhones", "iPad sales": a lower-case "i" before a capitalised word is a device's brand shape, a product, no source. */
export const isDeviceName = (t: Token): boolean => DEVICE_SHAPE.test(t.text);
const DEVICE_SHAPE = /^i\p{Lu}\p{Ll}/u;

/**
 * "Kelmor la Umoja Members of Parliament", "The Members of Parliament walked out": "Member(s)" opens a
 * legislator's title, no name; a name before it is the members' body. Drops the titles and cuts "Members" off the body.
 */
export function withoutMemberTitles(text: string, found: Occurrence[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const o of found) {
    const at = o.role ? -1 : o.words.findIndex((w) => w === 'member' || w === 'members');
    if (at === 0 && o.words[1] === 'of') continue;
    if (at < 1 || at !== o.words.length - 1 || !/^ of \p{Lu}/u.test(text.slice(o.end, o.end + 5))) {
      out.push(o);
      continue;
    }
    const words = o.words.slice(0, at);
    const end = text.lastIndexOf(' ', o.end - o.words[at]!.length);
    out.push({ ...o, end, form: plain(text.slice(o.start, end)), words, key: keyOf(words) });
  }
  return out;
}

/**
 * "he told KNC's Morningline": one word owned by the initials someone is told or speaks on is that
 * outlet's programme; the outlet is the card, the programme no second one.
 */
export function withoutProgrammes(text: string, found: Occurrence[]): Occurrence[] {
  return found.filter((b, k) => {
    const a = found[k - 1];
    return !(a && b.words.length === 1 && a.owner && isAcronym(a.form) && /^['’]s $/.test(text.slice(a.end, b.start)) && TOLD_ON.test(text.slice(Math.max(0, a.start - 8), a.start)));
  });
}

/** "told ", "on ", "to ": what comes before an outlet that carries what someone says. */
const TOLD_ON = /\b(?:told|on|to) $/;

/** "Independent sources said": an outlet's name written with "the", here without it and before a noun, is the ordinary word. */
export function isOrdinaryOutletWord(tokens: readonly Token[], t: Token, from: number, to: number): boolean {
  if (!OUTLETS_WITH_THE.has(t.lower)) return false;
  const k = tokens.indexOf(t, from);
  const next = tokens[k + 1];
  return tokens[k - 1]?.lower !== 'the' && k + 1 < to && next !== undefined && !next.capitalised && !(next.cls & (FUNCTION | VERB_FILLER | REPORTING_VERB)) && !next.lower.endsWith('ed');
}

/**
 * "The Web site for the paper crashed": "Web" capitalised before a page's or a site's noun is the ordinary word, no outlet;
 * read in the text, as a full stop with no space after it ("Web site.The army …") glues the noun to the next sentence.
 */
export function isWebNoun(text: string, t: Token): boolean {
  if (t.lower !== 'web') return false;
  const next = /^ (\p{Ll}+)/u.exec(text.slice(t.end, t.end + 12));
  return next !== null && WEB_NOUNS.has(next[1]!);
}

/**
 * "on its Telegram channel", "on her Instagram account": a platform a speaker posts on, owned by a possessive and named
 * before the channel's noun, is where the words appeared, no source of its own.
 */
export function isOwnChannel(text: string, t: Token): boolean {
  const next = codeAt(text, t.end + 1);
  if (text.charCodeAt(t.end) !== 32 || !(next === 97 || next === 99 || next === 102 || next === 112)) return false; // a c f p
  return CHANNEL_NOUN_AFTER.test(text.slice(t.end, t.end + 12)) && OWNER_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start));
}
const CHANNEL_NOUN_AFTER = /^ (?:channel|account|page|feed)s?\b/;
const OWNER_BEFORE = /\b(?:its|his|her|their|our|my)\s+$/i;

/** "under Article 51 of the Charter", "Section 144 was imposed": a part of a law cited by its number is no name. */
export const isDocumentPart = (text: string, t: Token): boolean => DOCUMENT_PARTS.has(t.lower) && /^ \d/.test(text.slice(t.end, t.end + 2));

/**
 * "the Internet switch maker", "the Software company": a common word, capitalised by style or by the
 * writer, after an article and before a lower-case company's noun (one lower-case modifier may come
 * between) says what the company makes; no name. `common` says whether the article uses the word in
 * lower case or the lexicon knows it as common. "Mining giant Kelmor Ltd said": opening a sentence (or
 * following a dateline), a trade's "-ing" word needs no article.
 */
export function isFieldBeforeCompanyNoun(text: string, tokens: readonly Token[], t: Token, from: number, to: number, common: boolean): boolean {
  const ing = t.lower.length > 5 && t.lower.endsWith('ing');
  if (!common && !ing && !CAPITALISED_COMMON_NOUNS.has(t.lower)) return false;
  const k = tokens.indexOf(t, from);
  // "SYDNEY — Mining giant …": a dateline's dash opens the sentence as well.
  const trade = ing && (k === from || /[—–:]\s*$/.test(text.slice(tokens[k - 1]!.end, t.start)));
  if (!common && !trade && !CAPITALISED_COMMON_NOUNS.has(t.lower)) return false;
  const article = tokens[k - 1]?.lower;
  if (!trade && (k <= from || (article !== 'the' && article !== 'a' && article !== 'an'))) return false;
  for (let j = k + 1; j < to && j <= k + 2; j++) {
    const w = tokens[j]!;
    if (w.capitalised || w.start !== tokens[j - 1]!.end + 1) return false;
    if (COMPANY_NOUNS.has(w.lower)) return true;
  }
  return false;
}

/**
 * "A Peruvian TV network claimed", "the Public Welfare agency said", "the Flood Relief department":
 * capitalised words between an article and a lower-case body's noun right after them say which kind
 * of body, no name: after "a" or "an" words opened by a demonym, after any article two or more
 * common words or words of a field, or one adjective of scope ("the Central bank"). `next` is the token after the run.
 */
export function describesBody(tokens: readonly Token[], run: readonly Token[], next: Token | undefined, from: number, isCommonNoun: (t: Token) => boolean): boolean {
  if (next === undefined || next.capitalised || next.start !== run[run.length - 1]!.end + 1 || !(next.cls & (ORG_CUE | OUTLET_CUE) || MINISTRY_HEADS.has(next.text))) return false;
  // A sentence's capitalised "A" or "The" may still open the run.
  const opened = BARE_ARTICLES.has(run[0]!.lower);
  const k = tokens.indexOf(run[0]!, from);
  const article = opened ? run[0]!.lower : k > from ? tokens[k - 1]!.lower : '';
  const words = opened ? run.slice(1) : run;
  if (!words.length || !BARE_ARTICLES.has(article)) return false;
  if (article !== 'the' && words[0]!.cls & DEMONYM) return true;
  // "the Central bank": one adjective of scope says which kind of bank, as "the central bank" would.
  if (words.length === 1 && SCOPE_ADJECTIVES.has(words[0]!.lower)) return true;
  const field = (t: Token): boolean => !(t.cls & GIVEN_NAME) && (isCommonNoun(t) || isPortfolio(t) || FIELD_WORDS.has(t.lower));
  return words.length > 1 && words.every(field);
}

/**
 * "Nurses and Union leaders on Monday rejected the offer": at a sentence's start, two common nouns the article writes in
 * lower case joined by "and", before a lower-case word, are two descriptions capitalised by their place (also right after a
 * dateline), no name
 * ("the Law and Justice party" is known, and mid-sentence stays a name).
 */
export const joinsDescriptions = (run: readonly Token[], next: Token | undefined, isCommonNoun: (t: Token) => boolean, known: (key: string) => boolean, text: string): boolean =>
  run.length === 3 &&
  (run[0]!.initial || followsDateline(text, run[0]!)) &&
  run[1]!.text === 'and' &&
  next !== undefined &&
  !next.capitalised &&
  next.start === run[2]!.end + 1 &&
  isCommonNoun(run[0]!) &&
  isCommonNoun(run[2]!) &&
  !known(run.map((t) => t.lower).join(' '));

/**
 * "LIKE MANY others, the government …": a feature's opening words set in capitals, all function words,
 * before lower case, are a lead-in, no name ("US officials" is one word, and a name).
 */
export const isCapitalisedLeadIn = (run: readonly Token[], next: Token | undefined): boolean =>
  run.length > 1 && run[0]!.initial && next !== undefined && !next.capitalised && run.every((t) => isAcronym(t.text) && (t.cls & FUNCTION) !== 0);

/** "the South Asian country", "the East African nation": compass words and a demonym before a lower-case noun are an adjective, no name. */
export const isCompassDemonym = (words: readonly Token[], next: Token | undefined): boolean =>
  words.length > 1 && next !== undefined && !next.capitalised && (words[words.length - 1]!.cls & DEMONYM) !== 0 && words.slice(0, -1).every((t) => COMPASS_WORDS.has(t.lower));

/**
 * "Ostran troops", "minority Varnis", "the island's Kelmese majority", "the majority Varn ethnic group": a people is
 * no source. A place's demonym (the place the lexicon knows or the article writes as a word, `written`, also in capitals, with "-n", "-an", "-ian", "-ese" or
 * "-i"), or one word next to a people's share ("minority", "majority", "ethnic"), names a people.
 */
export function isPeople(text: string, words: readonly Token[], next: Token | undefined, written: ReadonlySet<string>): boolean {
  const last = words[words.length - 1]!;
  if (words.length === 1 && (shareBefore(text, last.start) || (next !== undefined && PEOPLE_SHARES.has(next.text) && next.start === last.end + 1) || isCounted(text, last, next))) return true;
  // "the Kelmor Council for Refugees": a body for a crowd is no crowd.
  if (words.length > 1 && isCrowd(last) && words[words.length - 2]!.text !== 'for') return true;
  // No demonym's ending fits a name ending in another letter: most names, ruled out before any lookup or joining of
  // words. The name's singular ends as its last word's does.
  const ending = last.text.endsWith('s') ? last.text.charCodeAt(last.text.length - 2) : last.text.charCodeAt(last.text.length - 1);
  if (!ENDING_LETTERS.has(ending)) return false;
  const whole = words.length === 1 ? last.text : words.map((t) => t.text).join(' ');
  const singular = whole.endsWith('s') ? whole.slice(0, -1) : whole;
  if (PLACES.has(whole.toLowerCase())) return false;
  for (const ending of DEMONYM_ENDINGS) {
    if (!singular.endsWith(ending)) continue;
    const base = singular.slice(0, -ending.length);
    // A dateline sets the place in capitals ("KELMOR, March 3 –").
    if (isPlaceWritten(base, written) || isPlaceWritten(`${base}a`, written)) return true;
  }
  return false;
}

/**
 * "Kelmese Protesters", "Varni Muslims": a name ending in a plural crowd noun or a plural demonym names a crowd of
 * people, no source.
 */
export const isCrowd = (t: Token): boolean => PEOPLE_GROUPS.has(t.lower) || ((t.cls & DEMONYM) !== 0 && t.lower.endsWith('s'));

/**
 * "at least 6,700 Varni were killed", "400 Kelmese have fled": one capitalised word right after a count, before a
 * lower-case function word, verb or punctuation, is what is counted, a people. A year ("in 2019 Kelmor said") and a
 * day after its month ("on March 5 Varn said") count nothing; a noun after the word makes it a modifier ("2,000 Acme shares").
 */
function isCounted(text: string, t: Token, next: Token | undefined): boolean {
  if (codeAt(text, t.start - 1) !== 32 || !isDigit(text.charCodeAt(t.start - 2))) return false;
  const window = text.slice(Math.max(0, t.start - 24), t.start);
  const count = COUNT_BEFORE.exec(window);
  if (!count || (!count[1]!.includes(',') && (count[1]!.length === 4 || MONTH_BEFORE.test(window)))) return false;
  if (next === undefined || next.start > t.end + 1) return true;
  return !next.capitalised && ((next.cls & (FUNCTION | VERB_FILLER | REPORTING_VERB)) !== 0 || next.lower.endsWith('ed'));
}
const COUNT_BEFORE = /(?:^|[\s(])(\d{1,3}(?:,\d{2,3})+|\d+) $/;
const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d+ $/;

const isPlaceWritten = (place: string, written: ReadonlySet<string>): boolean =>
  place.length > 2 && (PLACES.has(place.toLowerCase()) || written.has(place) || written.has(place.toUpperCase()));

/**
 * A people's share right before `start` (PEOPLE_SHARE_BEFORE). Nearly every name has a space before it: the
 * expression runs only where the word before the space ends in a share's last letter.
 */
const shareBefore = (text: string, start: number): boolean =>
  codeAt(text, start - 1) === 32 && SHARE_LAST_LETTERS.has(text.charCodeAt(start - 2)) && PEOPLE_SHARE_BEFORE.test(text.slice(Math.max(0, start - 10), start));

/** "minority ", "ethnic ": a people's share (PEOPLE_SHARES) right before a word; isPeople looks 10 characters back, room for each and its space. */
const PEOPLE_SHARE_BEFORE = new RegExp(`\\b(?:${[...PEOPLE_SHARES].join('|')}) $`);
const SHARE_LAST_LETTERS = new Set([...PEOPLE_SHARES].map((w) => w.charCodeAt(w.length - 1)));

/** The endings a demonym adds to its place's name ("Kenya-n", "Sudan-ese", "Iraq-i", "Kelmo-lese" as in Congolese). */
const DEMONYM_ENDINGS = ['ian', 'ese', 'lese', 'an', 'n', 'i'];
const ENDING_LETTERS = new Set(DEMONYM_ENDINGS.map((e) => e.charCodeAt(e.length - 1)));

/**
 * "during Labour Day celebrations", "on Independence Day": capitalised words ending in "Day", with no given name
 * among them, after a preposition of time or before a lower-case noun, are a holiday, no source ("Doris Day said" is a person).
 */
export function isHolidayName(text: string, words: readonly Token[], next: Token | undefined): boolean {
  const last = words[words.length - 1]!;
  if (words.length < 2 || last.text !== 'Day' || words.some((t) => t.cls & GIVEN_NAME)) return false;
  const nounAfter = next !== undefined && next.start === last.end + 1 && !next.capitalised && !(next.cls & (FUNCTION | VERB_FILLER | REPORTING_VERB)) && !next.lower.endsWith('ed');
  return nounAfter || TIME_PREPOSITION_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 8), words[0]!.start));
}
const TIME_PREPOSITION_BEFORE = /\b(?:on|during|for|before|after|since|until|by|of)\s+$/i;

/**
 * "removing CCTV cameras at the gate": initials right before "cameras" name a kind of camera, no body (nor the broadcaster
 * that shares them).
 */
export const isCameraKind = (text: string, t: Token): boolean => isAcronym(t.text) && CAMERAS_AFTER.test(text.slice(t.end, t.end + 12));
const CAMERAS_AFTER = /^\s+cameras?\b/;

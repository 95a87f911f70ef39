import { ARTICLES, BODY_HEADS, COMPANY_FORMS, COMPASS_WORDS, FACILITY_HEADS, FAMILY_NAMES_FIRST, GEO_OPENERS, GOVERNMENT_NAMES, KNOWN_NAMES, MINISTRY_SHORT_FORMS, MOVEMENT_NAMES, NATIONAL_HEADS, ORGANIZATION_NAMES, OUTLETS, PLACES, PRODUCT_NOUNS, PUBLIC_FIELDS, PUBLIC_HEADS, TEAM_WORDS, WIRE_HEADS } from '../lexicon';
import { abbreviates } from './merge';
import { keyWords, type Occurrence } from './occurrence';
import type { Group } from './merge';
import { charBefore, classAt, isDigit, isSpaceAt, isWordCode, LETTER, spacesFrom, UPPER } from '../chars';
import { endsWithOf, lettersBefore, lowerWordAfter, lowerWordBefore, reportsAfter, wordBefore, wordBeforeLast } from '../scan';
import { isAcronym, isApostrophe, isShortForm } from '../tokens';
import type { Gazetteer, MentionKind } from '../types';
import {
  COMMON,
  CONNECTOR,
  DEMONYM,
  EVENT_HEAD,
  GIVEN_NAME,
  GOV_HEAD,
  HEAD_WORD,
  ORG_CUE,
  ORG_HEAD,
  OUTLET_CUE,
  OUTLET_WORD,
  PERSON_NOUN,
  PLACE_CUE,
  PLACE_NOUN,
  ROLE_HEAD,
  ROLE_MODIFIER,
  STORM,
  WEAK_CONNECTOR,
  wordClass,
} from '../wordclass';

/** "the town of", "the provinces of", "east of": what follows is a place. */
const SETTLEMENT =
  /\b(?:towns?|cit(?:y|ies)|villages?|hamlets?|regions?|provinces?|districts?|count(?:y|ies)|states?|islands?|ports?|north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+$/u;

/** The kind the gazetteer gives the first of these forms of a name that it knows, or null. */
export function gazetteerKind(gazetteer: Gazetteer, forms: Iterable<string>): MentionKind | null {
  for (const form of forms) {
    const kind = gazetteer.kindOf(form) ?? gazetteer.kindOf(form.toLowerCase());
    if (kind) return kind;
  }
  return null;
}

/**
 * Kind of a merged mention, from the strongest evidence down: the gazetteer, the lexicon's known
 * names, titles, the words around each occurrence, the words of the name, and finally where it is
 * used ("in Hamburg").
 */
export function classify(group: Group, text: string, gazetteer?: Gazetteer): MentionKind {
  const known = gazetteer ? gazetteerKind(gazetteer, [group.name, ...new Set(group.occurrences.map((o) => o.form))]) : null;
  if (known) return known;
  // "Pakistan Bureau of Statistics (PBS)": a short form given in brackets is the longer name's, even
  // where an outlet has it too.
  const own = group.key.includes(' ') ? group.occurrences.filter((o) => !(o.bracketed && o.words.length === 1)) : group.occurrences;
  // Most names are none the lexicon knows: one lookup per form in all its names rules them out.
  const lexicon = own.some((o) => KNOWN_NAMES.has(o.key));
  // "NNN-XINHUA": a wire credit joining a known outlet.
  if ((lexicon && anyKey(own, OUTLETS)) || group.key.split('-').some((part) => part !== group.key && OUTLETS.has(part))) return 'outlet';
  if (lexicon && anyKey(own, GOVERNMENT_NAMES)) return group.occurrences.every((o) => isDestination(text, o.start)) ? 'place' : 'government';
  if (anyKey(own, ORGANIZATION_NAMES) || anyKey(own, MOVEMENT_NAMES)) return 'organization';
  // "Councilor Jordan": a title before most uses of the name says a person, over a place of that
  // name; not a title ending in "of", whose name is its place ("Lord Mayor of London").
  const titledUses = group.occurrences.filter((o) => o.role && !/\bof(?: the)?$/i.test(o.role)).length;
  if (titledUses * 2 > group.occurrences.length) return 'person';
  if ((lexicon && anyKey(own, PLACES)) || own.some(isRegionOfPlace)) return 'place';

  const { words } = group;
  const classes = words.map(wordClass);
  const last = words.length - 1;
  if (isMinistryShortForm(group.name, words[last]!)) return 'government';
  // "Bank Indonesia", "Bank Malaysia": a bank named by its country alone is the country's central bank.
  if (last === 1 && words[0] === 'bank' && PLACES.has(words[1]!)) return 'government';
  if (words.some((w) => /^(g7|g8|g20|g77|cop\d+)$/.test(w)) || classes[last]! & EVENT_HEAD) return 'event';
  // "Cyclone Idai", "Hurricane Katrina": storms are named like people.
  if (last > 0 && classes[0]! & STORM && !(classes[last]! & HEAD_WORD)) return 'event';
  if (group.occurrences.some((o) => o.role)) return 'person';

  // A demonym left at the start of a name ("Muslim Brotherhood"), a possessive inside it ("Women’s
  // Aid") or a connector that joins only institutions' names ("Alternative for Germany") says it is
  // no person's name.
  const nameLength =
    words.length >= 2 && words.length <= 4 && !(classes[0]! & DEMONYM) && !classes.some((c) => c & WEAK_CONNECTOR) && !/['’]s? /.test(group.name);
  // Only a one-word name the lexicon knows at most as a given name may be a speaker taken up by a pronoun.
  const speaker = last === 0 && !(classes[0]! & ~GIVEN_NAME);
  // The counts only the person rules read are gathered only where those rules can apply.
  let outletCue = 0;
  let orgCue = 0;
  let publicCue = 0;
  let placeCue = 0;
  let placeNoun = 0;
  let storm = 0;
  let placeOwned = 0;
  let business = 0;
  let subject = 0;
  let titled = 0;
  let described = 0;
  let definite = 0;
  let gendered = 0;
  let neuter = 0;
  let reporting = 0;
  let product = 0;
  for (const o of group.occurrences) {
    const lo = Math.max(0, o.start - 40);
    const hi = Math.min(o.end + 60, text.length);
    // "in the Alps": the article does not hide the preposition.
    const before = wordBefore(text, lo, o.start);
    const head = text.charCodeAt(o.end) === 44 ? appositionHead(text.slice(o.end, hi)) : ''; // ,
    // "in the Folha de S.Paulo newspaper": a cue word right after the name.
    const next = lowerWordAfter(text, o.end, hi);
    const beforeClass = wordClass(before);
    const headClass = wordClass(head);
    const nextClass = wordClass(next);
    const cues = (cueOfAnotherName(text, lo, o.start, classes[0]!) ? 0 : beforeClass) | headClass | nextClass;
    if (beforeClass & (GOV_HEAD | ORG_HEAD) && PUBLIC_FIELDS.has(wordBeforeLast(text, lo, o.start).toLowerCase())) publicCue++;
    // "state-run KNA news reported": a name before "news" and a wire's noun or verb is an outlet's.
    // "the local news agency Pajhwok": an agency of news is an outlet, not any agency.
    const newsAgency = before === 'agency' && wordBeforeLast(text, lo, o.start).toLowerCase() === 'news';
    if (cues & OUTLET_CUE || newsAgency || (next === 'news' && NEWS_AFTER.test(text.slice(o.end, hi)))) outletCue++;
    // "Hungary’s Disaster Relief Agency": a country owns its public bodies.
    if (ownedByPlace(text, lo, o.start)) placeOwned++;
    if (cues & ORG_CUE && !newsAgency) orgCue++;
    // "the Sichuan province", "the Kashmir region"; "cyclone Idai" where the storm word is not capitalised.
    const placeNext = (nextClass & PLACE_CUE) !== 0 || bodyMemberAfter(text, o.end, next, hi);
    if (placeNext) placeNoun++;
    // "its new Windows Vista operating system": a product's noun right after the name.
    if (PRODUCT_NOUNS.has(next)) product++;
    if (beforeClass & STORM) storm++;
    // A preposition gives a place ("fled from Grozny", "in Madrid") unless it gives an affiliation
    // ("activists from Greenpeace", "an economist at ING") or a holding ("shares in Norrland").
    // "a hattrick from Iker Guarrotxena": "from" says a place only of one word ("fled from Grozny").
    const preposition = (before === 'in' && !isLanguageAfterWord(text, o.start)) || before === 'at' || before === 'near' || (before === 'from' && o.words.length === 1);
    let affiliation = false;
    if (preposition) {
      const owner = wordBeforeLast(text, lo, o.start);
      const ownerLower = owner.toLowerCase();
      const holding = HOLDINGS.test(ownerLower);
      if (holding) orgCue++;
      affiliation =
        holding ||
        (before === 'at' && isPersonWord(ownerLower)) ||
        (before === 'from' && ((owner !== '' && (classAt(owner, 0) & UPPER) !== 0) || (wordClass(ownerLower) & COMMON) !== 0 || isPersonWord(ownerLower)));
    }
    // "As reported by KELMOR.AZ": a name that reports, where no person's, is an outlet's.
    if ((before === 'by' && wordBeforeLast(text, lo, o.start).toLowerCase() === 'reported') || creditedAtEnd(text, o.start, o.end)) reporting++;
    // "shares of Acme": only a company has shares.
    if (before === 'of' && HOLDINGS.test(wordBeforeLast(text, lo, o.start).toLowerCase())) orgCue++;
    // "Acme’s chief executive", "Acme reported second-quarter revenue": what only a company has or reports.
    if (COMPANY_AFTER.test(text.slice(o.end, hi))) business++;
    if ((preposition && !affiliation) || placeNext || isSettlement(text, lo, o.start) || PLACE_OPENERS.has(before) || placedByNeighbours(text, o.start, o.end)) placeCue++;
    // "the MP for Stoke-on-Trent Central said": a name after a preposition is not the verb's subject.
    if (!PREPOSITIONS.has(before) && reportsAfter(text, o.end, hi)) {
      subject++;
      // "Sultan said … . Some 215 soldiers died, he said.": the pronoun that next stands for a subject.
      const pronoun = speaker ? nextPronoun(text, o.end, Math.min(text.length, o.end + PRONOUN_REACH)) : '';
      if (pronoun === 'he' || pronoun === 'she') gendered++;
      else if (pronoun === 'it') neuter++;
    }
    if (!nameLength) continue;
    // "chief executive, Polly Neate" / "spokeswoman Maria Kostas": a lower-case title before the name.
    const title = wordClass(lowerWordBefore(text, Math.max(0, o.start - 30), o.start));
    // "the BBC's Ana Ruiz": a name an outlet owns is its journalist's.
    if (title & (ROLE_HEAD | ROLE_MODIFIER) || headClass & ROLE_HEAD || ownedByOutlet(text, lo, o.start)) titled++;
    // "X, a nurse at …" / "X, who lost …" / "X, 34,": only people are described so (organisations take "which").
    if ((headClass | title) & PERSON_NOUN || (text.charCodeAt(o.end) === 44 && (isWhoAfter(text, o.end + 1, hi) || isAgeAfter(text, o.end + 1))) || tellsOutlet(text, o.end, hi)) described++;
    if (afterThe(text, o.start)) definite++;
  }
  // Most uses decide, so one "storm" or "city" beside a person's name does not ("the Xi state visit").
  if (storm * 2 >= group.occurrences.length) return 'event';
  // "the weather bureau PAGASA": named by its service, it is a public body.
  if (publicCue * 2 >= group.occurrences.length) return 'government';
  if (outletCue && outletCue >= orgCue) return 'outlet';
  if (orgCue) return 'organization';
  if (placeNoun * 2 >= group.occurrences.length && !(classes[0]! & GIVEN_NAME)) return 'place';

  // "the Kelmor County Medical Examiner": a public office, though "Examiner" also names newspapers.
  if (last > 0 && words[last] === 'examiner' && words[last - 1] === 'medical') return 'government';
  // "KFOR-TV", "WXYZ-FM": a station's call sign with its band.
  if (CALL_SIGN.test(group.name)) return 'outlet';
  if (classes[last]! & OUTLET_WORD || words.some((w) => w.startsWith('gazet'))) return 'outlet';
  // "Independent News & Media", "Vox Media": a company named for its media is a company, no person.
  if (last > 0 && words[last] === 'media') return 'organization';
  // "New England Journal of Medicine", "Times of India": an outlet's word before "of" heads the name.
  if (words.some((w, i) => i > 0 && w === 'of' && classes[i - 1]! & OUTLET_WORD)) return 'outlet';
  // "Port United", "Leeds Rovers": a club's name (these words are no head: "United Nations", "United States").
  if (last > 0 && TEAM_WORDS.has(words[last]!)) return 'organization';
  // "Siemens AG", "Nestlé SA": a company's legal form ends its name.
  if (last > 0 && isCompanyForm(group.name, words[last]!)) return 'organization';
  // "Thomson Reuters": a known outlet after its owner's name is the company, not the outlet ("Reuters" alone).
  if (last > 0 && OUTLETS.has(words[last]!) && !classes.slice(0, last).some((c) => c & (DEMONYM | OUTLET_WORD | OUTLET_CUE | PLACE_NOUN))) return 'organization';
  if (last > 0 && classes[last - 1]! & OUTLET_WORD && WIRE_HEADS.has(words[last]!)) return 'outlet';
  // "Yonhap Infomax", "CNN International": a known outlet opening a name with no body's head is its service.
  if (last === 1 && OUTLETS.has(words[0]!) && !(classes[last]! & HEAD_WORD)) return 'outlet';
  // The head is last ("Human Rights Council") or before a connector ("Institute for Fiscal Studies").
  let heads = classes[last]!;
  for (let i = 0; i < last; i++) if (classes[i + 1]! & CONNECTOR) heads |= classes[i]!;
  // A public body's head: named after its country or as a national one, owned by a country, or an
  // authority ("Ostra Transport Authority").
  const publicHead = heads & ORG_HEAD && (isPublicBody(words, classes) || (placeOwned > 0 && NATIONAL_HEADS.has(words[last]!)) || words[last] === 'authority');
  if (isPartyCongress(words, classes)) return 'organization';
  if (heads & GOV_HEAD || publicHead) return 'government';
  if (heads & ORG_HEAD) return 'organization';
  // "Orange County", "Democratic Republic of Congo": a place noun is the head.
  // "Ostra and Tarsk Counties": the plural of a place noun heads places too.
  if (last > 0 && (heads & PLACE_NOUN || FACILITY_HEADS.has(words[last]!) || wordClass(singular(words[last]!)) & PLACE_NOUN)) return 'place';
  // "Mount Everest", "San Juan": a geographic word opens the name.
  if (last > 0 && GEO_OPENERS.has(words[0]!)) return 'place';

  const full = group.occurrences.filter((o) => o.words.length > 1);
  // A short form ("CPI" of "Consumer Price Index (CPI)") is no surname.
  const surnameReused = group.occurrences.some((o) => o.words.length === 1 && !isAcronym(o.form)) && full.length > 0;
  // "the Lions roared back": people are not named with "the", so most uses with it say no person.
  // "Pakistan Tehreek-e-Insaf (PTI)": news gives bodies, not people, a short form in brackets.
  // "Kelmor Survey Polling … KSP": nor its initials alone.
  const aliased = group.occurrences.some((o) => o.words.length === 1 && (o.bracketed || (isAcronym(o.form) && abbreviates(o.key, words))));
  // "Thomson Reuters": a known outlet inside a name is no person's.
  // A product's noun after it, once, says no person (no one is "the Ana Ruiz software").
  const person = nameLength && definite * 2 < group.occurrences.length && !aliased && !product && !words.some((w) => OUTLETS.has(w));
  const opensLikePerson = (classes[0]! & GIVEN_NAME) !== 0 || (words.length <= 3 && FAMILY_NAMES_FIRST.has(words[0]!));
  // What a company has or reports outweighs the weak signs of a person below, not a given name.
  const company = business > 0 && !opensLikePerson;
  // "in Benue State, the police spokesman …": a name headed by "State" that is used as a place is one,
  // whatever title the apposition after it gives (the lexicon names "Islamic State" and the like).
  if (last > 0 && words[last] === 'state' && placeCue * 2 > group.occurrences.length) return 'place';
  if (person && !company && (opensLikePerson || surnameReused || titled || described || (subject && words.length <= 3))) return 'person';
  if (placeCue * 2 > group.occurrences.length && words.length <= 3) return 'place';
  if (company) return 'organization';
  // A one-word speaker ("Sultan said") is a person when most of its uses speak and "he" or "she",
  // never "it", takes it up: organisations are "it", and a single "he" could be anyone's.
  const n = group.occurrences.length;
  if (speaker && subject * 2 >= n && gendered > 0 && gendered * 2 >= subject && !neuter && !isAcronym(group.name)) return 'person';
  return reporting * 2 >= n ? 'outlet' : 'other';
}

/** After a name: "news" and a wire's noun or reporting verb ("KNA news reported", "the KNA news agency"). */
/** ", the VoA reported.": a name after "the", credited with the report that ends its sentence, is an outlet's. */
function creditedAtEnd(text: string, start: number, end: number): boolean {
  return text.startsWith(', the ', start - 6) && text.startsWith(' reported', end) && (text[end + 9] === '.' || end + 9 === text.length);
}

/** "X, in tears, told AFP": the verb "told" after the name (and an aside between commas), then the word it was told to. */
const TOLD = /^(?:,[^,.;]{1,30},)?\s+told\s+(?:the\s+)?(\p{Lu}[\p{L}]*)/u;

/** The name ending at `end` tells a known outlet something: only people give outlets interviews. */
function tellsOutlet(text: string, end: number, hi: number): boolean {
  const after = text.slice(end, hi);
  if (!after.includes(' told ')) return false;
  const m = TOLD.exec(after);
  return m !== null && OUTLETS.has(m[1]!.toLowerCase());
}

/** A closing quote mark: ” ’ or ". */
const isClosingQuote = (c: number): boolean => c === 0x201d || c === 0x2019 || c === 34;

/** "which means “elephant” in Khmer": "in" after a quoted word gives the language the word is in, not a place. */
const isLanguageAfterWord = (text: string, start: number): boolean => text.startsWith(' in ', start - 4) && isClosingQuote(text.charCodeAt(start - 5));

/** Nouns and verbs of going somewhere on foot: "the march to Parliament" names the building, not the body. */
const MARCHES = new Set(['march', 'marched', 'marching', 'marches', 'walked', 'procession']);
const DESTINATION_REACH = 30;

/** The name at `start` is where a march goes: "the march to Parliament". */
function isDestination(text: string, start: number): boolean {
  const lo = Math.max(0, start - DESTINATION_REACH);
  return wordBefore(text, lo, start) === 'to' && MARCHES.has(wordBeforeLast(text, lo, start).toLowerCase());
}

/** A broadcaster's call sign and band: "KFOR-TV", "WXYZ-FM". */
const CALL_SIGN = /^[A-Z]{3,4}-(?:TV|FM|AM|DT)$/;

/** The name at `start` follows an outlet's possessive: "the BBC's Ana Ruiz". */
function ownedByOutlet(text: string, lo: number, start: number): boolean {
  return start - lo > 3 && text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 115 && isApostrophe(text.charCodeAt(start - 3)) && OUTLETS.has(text.slice(lettersBefore(text, lo, start - 3), start - 3).toLowerCase()); // space, s
}

const NEWS_AFTER = /^\s+news\s+(?:agency|service|outlet|website|channel|network|reported|reports|said|says)\b/;

/** `’s ` or `'s ` ends text[lo, start) after a known place: "Hungary’s Disaster Relief Agency". */
function ownedByPlace(text: string, lo: number, start: number): boolean {
  const apostrophe = text.charCodeAt(start - 3);
  if (text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 115 || (apostrophe !== 39 && apostrophe !== 0x2019)) return false;
  let b = start - 3;
  while (b > lo && classAt(text, b - 1) & LETTER) b--;
  return PLACES.has(text.slice(b, start - 3).toLowerCase());
}

/** "counties" → "county", "provinces" → "province"; other words as they are. */
const singular = (w: string): string => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') ? w.slice(0, -1) : w);

/** "Pakistan MoFA", "the MFA": the name ends in a ministry's short form, written as one. */
function isMinistryShortForm(name: string, lastWord: string): boolean {
  return MINISTRY_SHORT_FORMS.has(lastWord) && isShortForm(name.slice(name.lastIndexOf(' ') + 1));
}

/**
 * The name ends in a company's legal form written as one ("Siemens AG", "BMW AG"); the words before
 * it are not in capitals too, unless a short form: "TRADERS SA" is a cut "SAID" in a shouted text.
 */
function isCompanyForm(name: string, lastWord: string): boolean {
  const space = name.lastIndexOf(' ');
  const before = name.slice(name.lastIndexOf(' ', space - 1) + 1, space);
  return COMPANY_FORMS.has(lastWord) && isShortForm(name.slice(space + 1)) && (before.length <= MAX_COMPANY_SHORT_FORM || before !== before.toUpperCase());
}

/** Longest short form of a company's name before its legal form ("BASF SE", "ABB AG"). */
const MAX_COMPANY_SHORT_FORM = 4;

/** What a holder holds of a company ("shares in Acme", "a stake in Acme", "shares of Acme"). */
const HOLDINGS = /^(?:shares|stake|stakes|stock)$/;

/**
 * After a company's name: its financial results or its chief executive ("’s second-quarter revenue",
 * "’s executive chairman"), or reporting its results ("reported second-quarter revenue"). Not a
 * spokesperson, whom people have too.
 */
const COMPANY_AFTER =
  /^(?:['’]s\s+(?:(?:[a-z]+-quarter|quarterly|annual|full-year|net|total|executive)\s+)?(?:revenues?|earnings|profits?|sales|shares|stock|shareholders|net income|market value|chief executive|ceo|chairman|chairwoman|cfo)|\s+(?:reported|posted|announced|booked)\s+(?:(?:a|an|its|record|net|quarterly|annual|[a-z]+-(?:quarter|year))\s+){0,3}(?:revenues?|earnings|profits?|sales|net income|loss(?:es)?))\b/i;

/** Lower-case words right before a name that make it a place: "northern Mindoro", "the state capital Yola", "neighbouring Laos". */
const PLACE_OPENERS = new Set([...COMPASS_WORDS, 'capital', 'neighbouring', 'neighboring']);

/**
 * The names around a name say it is a place: it is an item of a list of names headed by a place
 * noun or a preposition of place ("the towns of Harvey, Cookernup and Wokalup", "in Barangay Kushiong,
 * Maguindanao"), it is followed by a known place as its state or country ("Harrisburg, Pennsylvania,"),
 * or it is a dateline in capitals ("YOLA (Adamawa, Nigeria) —").
 */
function placedByNeighbours(text: string, start: number, end: number): boolean {
  const first = listStart(text, Math.max(0, start - LIST_WINDOW), start);
  if (first < start) {
    const lo = Math.max(0, first - 40);
    // After a preposition only a list of commas, whose item this name ends, says places: "Kenji Mori in
    // Singapore and Lena Vogt" are people, and so is "Vogt" of "In London, Vogt said".
    const before = wordBefore(text, lo, first);
    const commaList = text.charCodeAt(start - 2) === 44 && ',.;'.includes(text[end] ?? '.');
    if ((commaList && (before === 'in' || before === 'near')) || isSettlement(text, lo, first)) return true;
  }
  return placeAfterComma(text, end) || placeBeforeComma(text, start, end) || isDateline(text, start, end) || listEndsInPlaceNoun(text, end);
}

/**
 * "San Juan, Batangas,": a name set between commas right after a place (known, or opening with a
 * geographic word) is the region that place is in.
 */
function placeBeforeComma(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 44 || !',.;'.includes(text[end] ?? '.')) return false;
  const lo = Math.max(0, start - 2 - PLACE_AFTER_REACH);
  let first = wordStart(text, lo, start - 2);
  while (first - 1 > lo && text.charCodeAt(first - 1) === 32 && capitalisedEndsAt(text, lo, first - 1)) first = wordStart(text, lo, first - 1);
  if (first === start - 2 || !(classAt(text, first) & UPPER)) return false;
  const place = text.slice(first, start - 2).toLowerCase();
  const space = place.indexOf(' ');
  return PLACES.has(place) || (space > 0 && GEO_OPENERS.has(place.slice(0, space)));
}

/**
 * "Preston Beach, Myalup and Waroona town site": the name is an item of a list of capitalised names
 * whose last item a lower-case place noun follows, so every item is a place. Read forward from the
 * name's end within LIST_WINDOW.
 */
function listEndsInPlaceNoun(text: string, end: number): boolean {
  const hi = Math.min(text.length, end + LIST_WINDOW);
  let i = end;
  let items = 0;
  for (let next = separatorAfter(text, i, hi); next >= 0 && next < hi && classAt(text, next) & UPPER; next = separatorAfter(text, i, hi)) {
    i = itemEnd(text, next, hi);
    items++;
  }
  return items > 0 && (wordClass(lowerWordAfter(text, i, hi)) & PLACE_CUE) !== 0;
}

/** End of the capitalised words, one space apart, from `i` (not after `hi`): one item of a list. */
function itemEnd(text: string, i: number, hi: number): number {
  let e = wordEndFrom(text, i, hi);
  while (text.charCodeAt(e) === 32 && e + 1 < hi && classAt(text, e + 1) & UPPER) e = wordEndFrom(text, e + 1, hi);
  return e;
}

/** ", " / " and " / ", and " at `i`: the index after it, or -1. */
function separatorAfter(text: string, i: number, hi: number): number {
  let p = i;
  if (text.charCodeAt(p) === 44) p++;
  if (text.charCodeAt(p) !== 32) return -1;
  p++;
  if (text.startsWith('and ', p) && p + 4 < hi) return p + 4;
  return p > i + 1 ? p : -1;
}

/** End of the run of letters and hyphens from `i`, not after `hi`. */
function wordEndFrom(text: string, i: number, hi: number): number {
  while (i < hi && (classAt(text, i) & LETTER || text.charCodeAt(i) === 45)) i++;
  return i;
}

/** How far back a list of names is followed to the words that head it. */
const LIST_WINDOW = 160;

/**
 * Start of the first name of the list of capitalised names that the name at `start` ends ("the
 * towns of Harvey, Cookernup and Wokalup": the start of "Harvey"), items joined by commas or "and"
 * and each of capitalised words ("Northern Samar and Samar"); `start` when nothing joins it.
 */
function listStart(text: string, lo: number, start: number): number {
  let first = start;
  for (;;) {
    // A capitalised word one space before belongs to the same item; else a separator comes first.
    const end = text.charCodeAt(first - 1) === 32 && first - 1 > lo && capitalisedEndsAt(text, lo, first - 1) ? first - 1 : separatorBefore(text, lo, first);
    if (end < 0 || !capitalisedEndsAt(text, lo, end)) return first;
    first = wordStart(text, lo, end);
  }
}

/** Start of the run of letters and hyphens ending at `end`, not before `lo`. */
function wordStart(text: string, lo: number, end: number): number {
  let k = end;
  while (k > lo && (classAt(text, k - 1) & LETTER || text.charCodeAt(k - 1) === 45)) k--;
  return k;
}

/** A word that starts with a capital ends at `end`. */
const capitalisedEndsAt = (text: string, lo: number, end: number): boolean => {
  const k = wordStart(text, lo, end);
  return k < end && (classAt(text, k) & UPPER) !== 0;
};

/** ", " / " and " / ", and " before `i`: the end of the list item before it, or -1. */
function separatorBefore(text: string, lo: number, i: number): number {
  if (i - 1 <= lo || text.charCodeAt(i - 1) !== 32) return -1;
  let p = i - 1;
  let joined = false;
  if (p - 4 >= lo && text.charCodeAt(p - 4) === 32 && text.startsWith('and', p - 3)) {
    p -= 4;
    joined = true;
  }
  if (p - 1 >= lo && text.charCodeAt(p - 1) === 44) {
    p--;
    joined = true;
  }
  return joined ? p : -1;
}

/** Most characters of the known place after a name's comma ("Harrisburg, Pennsylvania,"). */
const PLACE_AFTER_REACH = 30;

/** ", <known place>" then a comma, a full stop, a bracket or the end follows the name at `end`: its state or country. */
function placeAfterComma(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44 || text.charCodeAt(end + 1) !== 32) return false;
  const from = end + 2;
  let to = from;
  while (to < text.length && to - from <= PLACE_AFTER_REACH && (classAt(text, to) & LETTER || text.charCodeAt(to) === 32)) to++;
  if (to === from || (to < text.length && !',.;)'.includes(text[to]!))) return false;
  return PLACES.has(text.slice(from, to).toLowerCase());
}

/** A dash or bracket, or a comma and a date ("MANILA, Dec. 8"), ends a dateline's place. */
const DATELINE_END = /^(?: [-—–(]|, \p{L}+\.? \d)/u;

/** "YOLA (Adamawa) —", "MANILA, Dec. 8 --": a name in capitals opening the text before a dash, a bracket or a comma. */
function isDateline(text: string, start: number, end: number): boolean {
  if (end - start < 3 || start > 3 || text.slice(0, start).trim() !== '' || text.slice(start, end) !== text.slice(start, end).toUpperCase()) return false;
  return DATELINE_END.test(text.slice(end, end + 12));
}

/**
 * A body named after its country or as a national one, with the head of a public body: "Pakistan
 * Bureau of Statistics", "National Disaster Risk Reduction and Management Council".
 */
function isPublicBody(words: readonly string[], classes: readonly number[]): boolean {
  const national = words[0] === 'national' || words[0] === 'federal';
  if (!national && !PLACES.has(words[0]!) && !(classes[0]! & DEMONYM)) return false;
  const heads = national ? NATIONAL_HEADS : PUBLIC_HEADS;
  const last = words.length - 1;
  return heads.has(words[last]!) || words.some((w, i) => i < last && classes[i + 1]! & CONNECTOR && heads.has(w));
}

/**
 * "Rashtriya Lok Congress", "NDP Congress": a congress named after no country, nor as a national one,
 * is a party or a movement, not a legislature ("US Congress", "Peruvian Congress", "National People's Congress").
 */
function isPartyCongress(words: readonly string[], classes: readonly number[]): boolean {
  const last = words.length - 1;
  return last > 0 && words[last] === 'congress' && words[0] !== 'national' && !PLACES.has(words[0]!) && !(classes[0]! & DEMONYM) && !COMPASS_WORDS.has(words[0]!) && !words.includes('of');
}

/**
 * "a senior Ostra police official": a name before a public body's lower-case head and a person's noun
 * or title (`next` is the word right after `end`) is the place the body serves; not "Stop police brutality".
 */
function bodyMemberAfter(text: string, end: number, next: string, hi: number): boolean {
  if (!BODY_HEADS.has(next)) return false;
  const member = lowerWordAfter(text, text.indexOf(next, end) + next.length, hi);
  return (wordClass(member) & (PERSON_NOUN | ROLE_HEAD)) !== 0;
}

/** "the " (any case) stands right before `start`, as a word of its own. */
const afterThe = (text: string, start: number): boolean =>
  start >= 4 && text[start - 1] === ' ' && isLetterAt(text, start - 4, 116) && isLetterAt(text, start - 3, 104) && isLetterAt(text, start - 2, 101) && !(start > 4 && classAt(text, start - 5) & LETTER);

/**
 * The code unit at `i` is the ASCII lower-case letter `lower` in either case: no other character
 * lower-cases to t, h or e, and comparing code units spares lower-casing a slice.
 */
const isLetterAt = (text: string, i: number, lower: number): boolean => (text.charCodeAt(i) | 32) === lower;

/** How far after a speaker's name the pronoun standing for it is looked for. */
const PRONOUN_REACH = 300;
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their']);
/** h s i t H S I T: the letters a pronoun starts with, in either case. */
const PRONOUN_INITIALS = new Set([...'hsitHSIT'].map((c) => c.charCodeAt(0)));

/** The first third-person pronoun in text[from, hi), as the possessive's subject form ("his" → "he"), or "". */
function nextPronoun(text: string, from: number, hi: number): string {
  for (let i = from; i < hi; ) {
    if (!(classAt(text, i) & LETTER)) {
      i++;
      continue;
    }
    let end = i;
    while (end < hi && classAt(text, end) & LETTER) end++;
    // Only a word of two to five letters that starts like a pronoun is worth a lower-cased copy.
    const w = end - i >= 2 && end - i <= 5 && PRONOUN_INITIALS.has(text.charCodeAt(i)) ? text.slice(i, end).toLowerCase() : '';
    if (PRONOUNS.has(w)) return w === 'his' ? 'he' : w === 'her' ? 'she' : w === 'its' ? 'it' : w === 'their' ? 'they' : w;
    i = end;
  }
  return '';
}

/**
 * "south asia", "northern england": a compass word before a known place names a region of it; so do
 * compass words alone ("the South West").
 */
function isRegionOfPlace(o: Occurrence): boolean {
  const [first] = keyWords(o);
  if (first!.length === o.key.length || !COMPASS_WORDS.has(first!)) return false;
  const rest = o.key.slice(first!.length + 1);
  return PLACES.has(rest) || COMPASS_WORDS.has(rest);
}

/** The key of one of the group's occurrences is among the `known` names. */
const anyKey = (occurrences: readonly Occurrence[], known: ReadonlySet<string> | ReadonlyMap<string, string>): boolean => occurrences.some((o) => known.has(o.key));

/**
 * "the Reform UK party Nigel Farage": the cue word before a person's name (it starts with a given
 * name) ends the name before it, and says nothing of this one. A demonym before the cue is no name
 * ("Russian newspaper Novaya Gazeta").
 */
function cueOfAnotherName(text: string, lo: number, start: number, firstWordClass: number): boolean {
  if (!(firstWordClass & GIVEN_NAME)) return false;
  const owner = wordBeforeLast(text, lo, start);
  return owner !== '' && (classAt(owner, 0) & UPPER) !== 0 && !(wordClass(owner.toLowerCase()) & DEMONYM);
}

/** `/^\s+who\s/` on text[start, hi): "who" follows after spaces. */
function isWhoAfter(text: string, start: number, hi: number): boolean {
  const i = spacesFrom(text, start, hi);
  return i > start && i + 3 < hi && text.startsWith('who', i) && isSpaceAt(text, i + 3);
}

/** `/^ \d{1,3},/` on text from `start` (after a name's comma): an age, as in "Ana Ruiz, 34, said". */
function isAgeAfter(text: string, start: number): boolean {
  if (text.charCodeAt(start) !== 32) return false;
  let i = start + 1;
  while (i < text.length && i - start <= 3 && isDigit(text.charCodeAt(i))) i++;
  return i > start + 1 && text.charCodeAt(i) === 44;
}

const PREPOSITIONS = new Set(['for', 'of', 'in', 'at', 'from', 'to', 'on', 'with', 'by', 'near']);

const isPersonWord = (w: string): boolean =>
  (wordClass(w) & (PERSON_NOUN | ROLE_HEAD)) !== 0 || (wordClass(w.replace(/s$/, '')) & PERSON_NOUN) !== 0;

/** "the town of Kinshasa": the name is a place. */
const isSettlement = (text: string, lo: number, end: number): boolean => endsWithOf(text, lo, end) && SETTLEMENT.test(text.slice(lo, end));

/**
 * Head noun of an apposition after a name: "charity" in ", a housing charity", "spokesman" in
 * ", a spokesman for the airline", "secretary" in ", the union’s general secretary". `after` starts
 * at the comma.
 */
function appositionHead(after: string): string {
  let i = spacesFrom(after, 1);
  if (i === 1) return '';
  const determiner = ARTICLES.find((d) => after.startsWith(d, i) && isSpaceAt(after, i + d.length));
  if (determiner) i = spacesFrom(after, i + determiner.length);
  const head = phraseHead(after, i);
  // ", spokeswoman for the agency": without a determiner only a title or a person's noun says what the name is
  // (", Bank of England" is the next item of a list).
  return determiner || wordClass(head) & (ROLE_HEAD | PERSON_NOUN) ? head : '';
}

/** The head of the phrase at `i` of `after`: its last word before a link word ("for", "who"…) or a stop. */
function phraseHead(after: string, i: number): string {
  let end = i;
  while (end < after.length && !isPhraseStop(after.charCodeAt(end))) end++;
  // The phrase up to its first "for", "of", "who"…: its last word is the head.
  const phrase = after.slice(i, end).toLowerCase();
  let cut = phrase.length;
  for (let k = 0; k < phrase.length; k++) {
    if (!isSpaceAt(phrase, k) || (k > 0 && isSpaceAt(phrase, k - 1))) continue;
    const next = spacesFrom(phrase, k);
    if (LINK_WORDS.some((w) => phrase.startsWith(w, next) && !isWordCode(phrase.charCodeAt(next + w.length)))) {
      cut = k;
      break;
    }
  }
  let stop = cut;
  while (stop > 0 && !isHeadChar(phrase, charBefore(phrase, stop))) stop = charBefore(phrase, stop);
  let start = stop;
  while (start > 0 && isHeadChar(phrase, charBefore(phrase, start))) start = charBefore(phrase, start);
  return phrase.slice(start, stop);
}

/** , . ; : ( ) end an apposition's phrase. */
const isPhraseStop = (c: number): boolean => c === 44 || c === 46 || c === 59 || c === 58 || c === 40 || c === 41;
/** Words after which a description goes on about something else ("spokesman for the airline"). */
const LINK_WORDS = ['for', 'of', 'at', 'in', 'with', 'from', 'on', 'who', 'which', 'that'];

const isHeadChar = (s: string, i: number): boolean => s.charCodeAt(i) === 45 || (classAt(s, i) & LETTER) !== 0;

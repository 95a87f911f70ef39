/** The kind of each merged name (outlet, organization, government, person, event, place, other): the driver that weighs the evidence each concern gives, strongest first, and counts the cues around its uses. */
import { AREA_NOUNS, ARMED_MEMBERS, ARMED_SIDES, COMPASS_WORDS, EVENT_NAME_ENDS, FAMILY_NAMES_FIRST, LANDFORM_HEADS, MILITARY_UNITS, OCEANS, OUTLETS, PLACES, PRODUCT_NOUNS, PUBLIC_FIELDS, RESIDENT_NOUNS, SEAT_VOTES, SPEECH_NOUNS } from '../lexicon';
import { mapped } from '../arrays';
import { firstWord } from '../figures/units';
import { isActingCounty } from './acting-counties';
import { apposedKindBefore } from './apposed-kinds';
import { appositionHead } from './apposition-head';
import { isChannelCode, isChannelNoun } from './channel-codes';
import { isDigitLedCompany, opensWithDigit } from './digit-names';
import { namesPlaceByInitials } from './role-split';
import { endsWithPlaceService } from './place-services';
import { ACCOUNT_WORDS, COMPANY_AFTER, cueAfterModifier, OFFICE_OWNED_AFTER, PLACE_OFFICE_AFTER, creditedAtEnd, creditedInDateline, HOLDINGS, isPlaceSiteAfter, MEDIUM_AFTER, NEWS_AFTER, ownedByPlace, RESULTS, RESULTS_CHANGED, SURVEYED, TOLD_NEWS_AFTER } from './institution-cues';
import { knownNameKind } from './known-names';
import { abbreviates } from './merge';
import type { Group } from './merge';
import { headKind, isMinistryShortForm } from './name-heads';
import { isJoinedCapitals, nameEnd } from './name-shapes';
import { afterThe, cueOfAnotherName, isAgeAfter, isAgeBefore, isCreditedMember, isPersonHead, isPersonWord, isWhoAfter, namedSelf, nextPronoun, ofBodyApposed, ownedByOutlet, PRONOUN_REACH, speaksAfterQuote, speaksForBodyOf, speaksApposedAfterQuote, tellsOutlet, titleInBrackets, whoInApposition } from './person-cues';
import { rankedMemberAfter } from './rank-openers';
import { bodyMemberAfter, isGreaterRegion, isLanguageAfterWord, isPartOfPlace, isListedSettlement, isPlaceNoun, isSeatBeforeLegislator, isSettlement, PLACE_OPENERS } from './place-cues';
import { inPlaceList, isColonDateline, isDateline, placedByNeighbours } from './place-neighbours';
import { classAt, codeAt, spacesBefore, UPPER } from '../chars';
import { lowerWordAfter, lowerWordBefore, reportsAfter, wordBefore, wordBeforeLast } from '../scan';
import { isAcronym } from '../tokens';
import type { Gazetteer, MentionKind } from '../types';
import {
  COMMON,
  DEMONYM,
  EVENT_HEAD,
  GIVEN_NAME,
  GOV_HEAD,
  HEAD_WORD,
  ORG_CUE,
  ORG_HEAD,
  OUTLET_CUE,
  PERSON_NOUN,
  PLACE_CUE,
  REPORTING_VERB,
  ROLE_HEAD,
  ROLE_MODIFIER,
  STORM,
  WEAK_CONNECTOR,
  wordClass,
} from '../wordclass';

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
  // "a hurricane in the Atlantic": an ocean after a preposition of place and a lower-case "the" is the ocean, whatever outlet a pack names so.
  if (group.words.length === 1 && OCEANS.has(group.words[0]!) && group.occurrences.every((o) => isAtSea(text, o.start))) return 'place';
  // "Armed Forces of Kelmor (AFP)": a short form the text gives a longer name in brackets is that name's, though an outlet bears it.
  const forms = group.key.includes(' ') ? group.occurrences.filter((o) => !(o.bracketed && o.words.length === 1)) : group.occurrences;
  const known = gazetteer ? gazetteerKind(gazetteer, [group.name, ...new Set(forms.map((o) => o.form))]) : null;
  if (known) return known;
  const named = knownNameKind(group, text);
  if (named) return named;

  // "the derailment of the Ostra Mail near Varn": a train named like a paper is no outlet.
  if (isTrainName(group, text)) return 'other';
  // "Tarvo Eskel Street" … "the Tarvo Eskel clashes": a name the article writes as a street's, and
  // gives no role, stands for the street.
  if (group.occurrences.every((o) => o.street && !o.role)) return 'place';
  // "Mohmand: Insurgents attacked …", "KELMOR — Results …": the place a report opens from, whatever body it names later
  // ("the Mohmand tribal agency", "the party's Kelmor campaign team").
  if (group.occurrences.some((o) => isColonDateline(text, o.start, o.end) || isDateline(text, o.start, o.end))) return 'place';
  const { words } = group;
  const classes = mapped(words, wordClass);
  const last = words.length - 1;
  // "Likoni MP Ana Ruiz": a name used only before a legislator's title is the seat; not a party's initials or a body ("Kelmor Alliance MP").
  if (group.occurrences.every((o) => isSeatBeforeLegislator(text, o.end)) && !isAcronym(group.name) && !classes.some((c) => c & HEAD_WORD)) return 'place';
  if (isMinistryShortForm(group.name, words[last]!) || (last > 0 && MILITARY_UNITS.has(words[last]!))) return 'government';
  // "DR Kelmor": a country named with its initials is the country.
  if (words.length === 2 && namesPlaceByInitials(firstWord(group.name), words[1]!)) return 'place';
  if (isGreaterRegion(words)) return 'place';
  // "the Ostra fire department", "Varn's health services": a place's service is a public body, whatever its head's kind.
  if (endsWithPlaceService(group.name, words)) return 'government';
  // "Bank Indonesia", "Bank Malaysia": a bank named by its country alone is the country's central bank.
  if (last === 1 && words[0] === 'bank' && PLACES.has(words[1]!)) return 'government';
  if (words.some((w) => SUMMIT_CODE.test(w)) || classes[last]! & EVENT_HEAD || isShowName(group.name, words)) return 'event';
  // "Cyclone Idai", "Hurricane Katrina", "Tropical Storm Kelva": storms are named like people, after the storm's word.
  if (last > 0 && classes.slice(0, last).some((c) => c & STORM) && !(classes[last]! & HEAD_WORD)) return 'event';
  // "Spokesperson of Kelmor state governor Ana Ruiz": a role before a name that a state's or a city's
  // noun follows is the title of an office the place holds, not the place's.
  if (group.occurrences.some((o) => o.role && !(wordClass(lowerWordAfter(text, o.end, Math.min(o.end + 30, text.length))) & PLACE_CUE))) return 'person';

  // A demonym left at the start of a name ("Muslim Brotherhood"), a possessive inside it ("Women’s
  // Aid") or a connector that joins only institutions' names ("Alternative for Germany") says it is
  // no person's name.
  const nameLength =
    words.length >= 2 && words.length <= 4 && !(classes[0]! & DEMONYM) && !classes.some((c) => c & WEAK_CONNECTOR) && !/['’]s? /.test(group.name);
  // Only a one-word name the lexicon knows at most as a given name may be a speaker taken up by a pronoun.
  const speaker = last === 0 && !(classes[0]! & ~GIVEN_NAME);
  const bodyWord = last === 0 && !(classes[0]! & GIVEN_NAME);
  // The counts only the person rules read are gathered only where those rules can apply.
  let outletCue = 0;
  let orgCue = 0;
  let publicCue = 0;
  let placeCue = 0;
  let placeNoun = 0;
  let framedPlace = 0;
  let settled = 0;
  let storm = 0;
  let placeOwned = 0;
  let business = 0;
  let subject = 0;
  let titled = 0;
  let apposedPerson = 0;
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
    const after = nameEnd(text, o.end, o.words[o.words.length - 1]!);
    const head = text.charCodeAt(after) === 44 ? appositionHead(text.slice(after, hi)) : ''; // ,
    // "in the Folha de S.Paulo newspaper": a cue word right after the name.
    const next = lowerWordAfter(text, o.end, hi);
    const beforeClass = wordClass(before);
    const headClass = wordClass(head);
    const nextClass = wordClass(next);
    // "the country's main rights group, Varna Libre, said": the noun apposed before the name says its kind too.
    const cues = (cueOfAnotherName(text, lo, o.start, classes[0]!) ? 0 : beforeClass) | headClass | (classes[0]! & GIVEN_NAME || isPersonHead(head, headClass) ? 0 : apposedKindBefore(text, lo, o.start, after));
    if (beforeClass & (GOV_HEAD | ORG_HEAD) && PUBLIC_FIELDS.has(wordBeforeLast(text, lo, o.start).toLowerCase())) publicCue++;
    // "state-run KNA news reported": a name before "news" and a wire's noun or verb is an outlet's.
    // "the local news agency Pajhwok": an agency of news is an outlet, not any agency.
    const newsAgency = before === 'agency' && wordBeforeLast(text, lo, o.start).toLowerCase() === 'news';
    // "a Rio tabloid", "an Ostra night club": after "a" or "an" the name only says where one of many
    // is, as with a place's noun below; it names no outlet or body of its own.
    // "the A Just Kelmor party": a capital "A" opens a name, no article.
    const indefinite = (before === 'a' || before === 'an') && text.charCodeAt(o.start - before.length - 1) === 97;
    const cuesAfter = cues | (indefinite || ownsOutletAfter(text, o.end) || isPlaceSiteAfter(text, o.end, next, hi) ? 0 : nextClass | cueAfterModifier(text, o.end, next, hi));
    // Initials are read once for the four cues below that need them.
    const acronym = isAcronym(o.form);
    const toldNews = before === 'told' && acronym && TOLD_NEWS_AFTER.test(text.slice(o.end, o.end + 6));
    const wire = acronym && creditedInDateline(text, o.start, o.end);
    // "national TV M1 reported": a channel's code after the word for television is an outlet's.
    const channel = isChannelNoun(beforeClass) && isChannelCode(o.form);
    // "KTV state radio said": initials before a medium are a broadcaster's, and "state" there is no place's noun.
    const medium = acronym && MEDIUM_AFTER.test(text.slice(o.end, o.end + 40));
    if (cuesAfter & OUTLET_CUE || newsAgency || toldNews || wire || channel || medium || (next === 'news' && NEWS_AFTER.test(text.slice(o.end, hi)))) outletCue++;
    // "Hungary’s Disaster Relief Agency": a country owns its public bodies.
    if (ownedByPlace(text, lo, o.start)) placeOwned++;
    // "Ana Ruiz, from Kelmor's Dari, said": a one-word name a place owns after "from" or "in" is a part of the place.
    if (bodyWord && isPartOfPlace(text, lo, o.start)) framedPlace++;
    // "Ostratu’s president": a one-word name, no given name, that fills a body's office is a body's.
    // "a FreedomWorks spokesman": a brand-shaped word before a title is the body the title speaks for.
    // "Kelmor airlines said": a company's noun right after the name, plural too.
    if ((cuesAfter & ORG_CUE && !newsAgency) || (o.company && !indefinite) || (bodyWord && (OFFICE_OWNED_AFTER.test(text.slice(o.end, o.end + 40)) || (nextClass & ROLE_HEAD && isJoinedCapitals(o.form))))) orgCue++;
    // "Kelmor Front fighters attacked", "the rebel Kelmor Front said": armed members or a side in a
    // conflict belong to a body, not to a person; a lone word before them ("20 Islamic militants") may
    // be an adjective.
    else if ((ARMED_MEMBERS.has(next) && (last > 0 || acronym)) || (ARMED_SIDES.has(before) && wordBeforeLast(text, lo, o.start) === 'the')) orgCue++;
    // "the Sichuan province", "the Kashmir region", "… Ostra and Varn states"; "cyclone Idai" where the storm word is not capitalised.
    // "an Islamic state": after "a" or "an" the name is an adjective of the noun, no place's name.
    // "500 Wenchuan residents": the people who live there.
    // "the Kelmor delta", "the Ostra coast", "the Daska by-elections": a landform's or a vote's lower-case noun (not "coast guard").
    const placeNext =
      !indefinite &&
      !medium &&
      ((nextClass & PLACE_CUE) !== 0 || lastOfPlaces(before, next) || AREA_NOUNS.has(next) || RESIDENT_NOUNS.has(next) || SEAT_VOTES.has(next) || landformAfter(text, o.end, next, hi) || bodyMemberAfter(text, o.end, next, hi) || rankedMemberAfter(text, o.end) || branchOfBodyAfter(text, o.end, next));
    // "the Kelmor health minister": a one-word name that a state's office follows is the state's.
    // "Ostra's southern Kelmor state": a compass adjective before and a place noun after frame a place.
    if (placeNext && COMPASS_WORDS.has(before)) framedPlace++;
    // "Residents of Ostra-Dari described …": the people who live there, so the name after them is where they live; so is the town a mayor is of.
    if ((before === 'of' && (SETTLEMENT_OF.test(text.slice(lo, o.start)) || RESIDENT_NOUNS.has(wordBeforeLast(text, lo, o.start).toLowerCase()) || PLACE_HOLDERS.has(wordBeforeLast(text, lo, o.start).toLowerCase()))) || isHeldFor(before, text, lo, o.start)) settled++;
    // "Kelmora's mayor Abdi Yusuf said": the town a mayor is of, written as its owner.
    else if (o.owner && PLACE_HOLDERS.has(lowerWordAfter(text, o.end + 2, hi))) settled++;
    // "the Varn Herald, based in the nation's capital, Port Kelmor, reported": a name set beside a capital is the city, whatever verb follows.
    if ((endsWithCapital(text, o.start) && CAPITAL_BEFORE.test(text.slice(lo, o.start))) || inPlaceList(text, o.start, o.end) || isListedSettlement(text, Math.max(0, o.start - 90), o.start)) framedPlace++;
    // "at least 20 were from Ostra, 15 from Varn": a count of people from a one-word name is of a place's people.
    const countFrom = before === 'from' && o.words.length === 1 && COUNT_FROM.test(text.slice(lo, o.start));
    // "the Kelmor-based group", "the Ostra-listed company": where a body sits or is listed, where a person was born.
    const seatAdjective = codeAt(text, o.end) === 45 && SEAT_ADJECTIVE.test(text.slice(o.end, o.end + 16)); // -
    if (placeNext || countFrom || seatAdjective || (bodyWord && text.charCodeAt(o.end) === 32 && PLACE_OFFICE_AFTER.test(text.slice(o.end, o.end + 30)))) placeNoun++;
    // "its new Windows Vista operating system": a product's noun right after the name.
    if (PRODUCT_NOUNS.has(next)) product++;
    // "a powerful storm dubbed Kelva": the name given to a storm.
    if (beforeClass & STORM || (NAMING_VERBS.has(before) && wordClass(wordBeforeLast(text, lo, o.start).toLowerCase()) & STORM)) storm++;
    // A preposition gives a place ("fled from Grozny", "in Madrid") unless it gives an affiliation
    // ("activists from Greenpeace", "an economist at ING") or a holding ("shares in Norrland").
    // "a hattrick from Iker Guarrotxena": "from" says a place only of one word ("fled from Grozny").
    const preposition = (before === 'in' && !isLanguageAfterWord(text, o.start)) || before === 'at' || before === 'near' || (before === 'from' && o.words.length === 1);
    let affiliation = false;
    if (preposition) {
      const owner = wordBeforeLast(text, lo, o.start);
      const ownerLower = owner.toLowerCase();
      const holding = HOLDINGS.test(ownerLower);
      // "an analyst at Ovum": where a person works is a body.
      const workplace = before === 'at' && isPersonWord(ownerLower);
      if (holding || workplace) orgCue++;
      affiliation =
        holding ||
        workplace ||
        (before === 'from' && ((owner !== '' && (classAt(owner, 0) & UPPER) !== 0) || (wordClass(ownerLower) & COMMON) !== 0 || isPersonWord(ownerLower)));
    }
    // "As reported by KELMOR.AZ": a name that reports, where no person's, is an outlet's.
    if ((before === 'by' && wordBeforeLast(text, lo, o.start).toLowerCase() === 'reported') || creditedAtEnd(text, o.start, o.end)) reporting++;
    // "shares of Acme": only a company has shares; "analysts polled by Acme": only a body surveys.
    if ((before === 'of' && HOLDINGS.test(wordBeforeLast(text, lo, o.start).toLowerCase())) || (before === 'by' && SURVEYED.test(wordBeforeLast(text, lo, o.start).toLowerCase()))) orgCue++;
    // "Acme’s chief executive", "Acme reported second-quarter revenue": what only a company has or reports.
    // Reach past a day and its date ("on Thursday (Nov 9) posted an 8 percent rise in net profit").
    // "Sales for Acme Trading shot up", "profits at Acme": results reported of the name are a company's.
    if (COMPANY_AFTER.test(text.slice(o.end, o.end + 120)) || (RESULTS_CHANGED.test(text.slice(o.end, o.end + 80)) && !ACCOUNT_WORDS.has(o.key)) || ((before === 'for' || before === 'at' || before === 'of') && RESULTS.test(wordBeforeLast(text, lo, o.start).toLowerCase()))) business++;
    if ((preposition && !affiliation) || placeNext || isSettlement(text, lo, o.start) || PLACE_OPENERS.has(before) || placedByNeighbours(text, o.start, o.end)) placeCue++;
    // "the MP for Stoke-on-Trent Central said": a name after a preposition is not the verb's subject.
    // "Tshabalo’s address … when he began": a one-word name that owns a speech speaks as well.
    const ownsSpeech = speaker && o.owner && SPEECH_NOUNS.has(lowerWordAfter(text, o.end + 2, hi));
    // "…," said Dino Djalal: a name after the verb that closes a quotation speaks it.
    const quoteSpeaker = (beforeClass & REPORTING_VERB) !== 0 && speaksAfterQuote(text, o.start, o.end, before);
    if ((!PREPOSITIONS.has(before) && reportsAfter(text, o.end, hi)) || ownsSpeech || quoteSpeaker) {
      subject++;
      // "Sultan said … . Some 215 soldiers died, he said.": the pronoun that next stands for a subject.
      const pronoun = speaker ? nextPronoun(text, o.end, Math.min(text.length, o.end + PRONOUN_REACH)) : '';
      if (pronoun === 'he' || pronoun === 'she') gendered++;
      else if (pronoun === 'it') neuter++;
    }
    // "an Algerian who identified himself as Tarek": the name a person gives themself; `…?” Velusamy, a local, asked`: a quotation's speaker.
    if (isPersonHead(head, headClass) || namedSelf(text, o.start) || speaksApposedAfterQuote(text, o.start, o.end)) apposedPerson++;
    if (!nameLength) continue;
    // "chief executive, Polly Neate" / "spokeswoman Maria Kostas": a lower-case title before the name.
    const title = wordClass(lowerWordBefore(text, Math.max(0, o.start - 30), o.start));
    // "the BBC's Ana Ruiz": a name an outlet owns is its journalist's.
    if (title & (ROLE_HEAD | ROLE_MODIFIER) || headClass & ROLE_HEAD || ownedByOutlet(text, lo, o.start) || titleInBrackets(text, o.end)) titled++;
    // "X, a nurse at …" / "X, who lost …" / "X, 34," / "34-year-old X": only people are described so (organisations take "which").
    if (title & PERSON_NOUN || isPersonHead(head, headClass) || (text.charCodeAt(after) === 44 && (isWhoAfter(text, after + 1, hi) || isAgeAfter(text, after + 1) || whoInApposition(text, after + 1, hi))) || tellsOutlet(text, o.end, hi) || isCreditedMember(text, lo, o.start, o.end) || isAgeBefore(text, lo, o.start)) described++;
    // "Ines Varg, of the dockers' union in Ostra, said": see ofBodyApposed.
    if (o.words.length === 2 && text.charCodeAt(after) === 44 && ofBodyApposed(text, after + 1, hi)) described++;
    // "Ana Varn of Kelmor's Missing Sailors Fund said": see speaksForBodyOf.
    else if (speaksForBodyOf(text, o.end, hi)) described++;
    if (afterThe(text, o.start)) definite++;
  }
  // One use so framed decides over what other uses say of the place ("Kelmor's minister for forests").
  if (framedPlace) return 'place';
  // "the eastern city of Kelmor … an attack on Kelmor": a settlement's noun after "the" frames a place too, where it never speaks ("Kelmor said": its council).
  if (settled && !subject) return 'place';
  // Most uses decide, so one "storm" or "city" beside a person's name does not ("the Xi state visit").
  if (storm * 2 >= group.occurrences.length) return 'event';
  // "the weather bureau PAGASA": named by its service, it is a public body.
  if (publicCue * 2 >= group.occurrences.length) return 'government';
  if (outletCue && outletCue >= orgCue) return 'outlet';
  // "Daily Ostra reports", "the Weekly Varn": a name opened by how often it comes out is a paper's, no person's.
  if (last > 0 && PAPER_OPENERS.has(words[0]!) && !orgCue) return 'outlet';
  // "TV Channel 12 announced": a channel's number after its word names a broadcaster, no person.
  if (last > 0 && words[last - 1] === 'channel' && /^\d+$/.test(words[last]!)) return 'outlet';
  if (orgCue) return 'organization';
  if (isActingCounty(words, group.occurrences, text)) return 'government';
  if (placeNoun * 2 >= group.occurrences.length && !(classes[0]! & GIVEN_NAME)) return 'place';
  // "Kelm & Dorr's", "Ruiz Mora & Kelm": partners' names joined by an ampersand, with the firm's ’s or
  // three names, name their firm; two words may be a column's or a committee's ("Crime & Justice").
  if (group.name.includes(' & ') && (words.length > 2 || /['’]s$/.test(group.name)) && !(classes[0]! & GIVEN_NAME)) return 'organization';

  // "3M said", "the 48forMore website": a name opening with digits glued to letters is a company's (digit-names.ts).
  if (isDigitLedCompany(words)) return 'organization';
  // "Cal Fire said", "Ostra Fire reported": a fire service named by its place and "Fire" speaks; a fire never does ("the Varn Fire").
  if (last > 0 && words[last] === 'fire' && subject) return 'government';
  const byHead = headKind(group.name, words, classes, placeOwned);
  if (byHead) return byHead;

  const full = group.occurrences.filter((o) => o.words.length > 1);
  // A short form ("CPI" of "Consumer Price Index (CPI)") is no surname.
  const surnameReused = group.occurrences.some((o) => o.words.length === 1 && !isAcronym(o.form)) && full.length > 0;
  // "the Lions roared back": people are not named with "the", so most uses with it say no person.
  // "Pakistan Tehreek-e-Insaf (PTI)": news gives bodies, not people, a short form in brackets.
  // "Kelmor Survey Polling … KSP": nor its initials alone.
  const aliased = group.occurrences.some((o) => o.words.length === 1 && (o.bracketed || (isAcronym(o.form) && abbreviates(o.key, words))));
  // "Thomson Reuters": a known outlet inside a name is no person's.
  // A product's noun after it, once, says no person (no one is "the Ana Ruiz software").
  // "West Kelmor", "North Ostra": a compass word opens a region's name, never a person's.
  const person = nameLength && !(COMPASS_WORDS.has(words[0]!) && last > 0) && definite * 2 < group.occurrences.length && !aliased && !product && !words.some((w) => OUTLETS.has(w)) && !opensWithDigit(words);
  const opensLikePerson = (classes[0]! & GIVEN_NAME) !== 0 || (words.length <= 3 && FAMILY_NAMES_FIRST.has(words[0]!));
  // What a company has or reports outweighs the weak signs of a person below, not a given name.
  const company = business > 0 && !opensLikePerson;
  // "in Benue State, the police spokesman …": a name headed by "State" that is used as a place is one,
  // whatever title the apposition after it gives (the lexicon names "Islamic State" and the like).
  if (last > 0 && words[last] === 'state' && placeCue * 2 > group.occurrences.length) return 'place';
    // "Transparency Kelmor said": a name ending in a known place, not opening with a given name, is a body's, however it speaks.
  const placeLast = PLACES.has(words[last]!) && !opensLikePerson;
  if (person && !company && (opensLikePerson || surnameReused || titled || described || (subject && words.length <= 3 && !placeLast))) return 'person';
  if (placeCue * 2 > group.occurrences.length && words.length <= 3) return 'place';
  if (company) return 'organization';
  // A one-word speaker ("Sultan said") is a person when most of its uses speak and "he" or "she",
  // never "it", takes it up: organisations are "it", and a single "he" could be anyone's.
  const n = group.occurrences.length;
  // "said Kelmorwati, head of the agency", "Ruizo, a resident of the town, said": a one-word name that
  // most of its uses describe as a person is a person's (who goes by one name).
  if (last === 0 && apposedPerson * 2 >= n && !company && !isAcronym(group.name)) return 'person';
  if (speaker && subject * 2 >= n && gendered > 0 && gendered * 2 >= subject && !neuter && !isAcronym(group.name)) return 'person';
  return reporting * 2 >= n ? 'outlet' : 'other';
}

const PAPER_OPENERS: ReadonlySet<string> = new Set(['daily', 'weekly']);

/** A summit's or a climate conference's code ("G20", "COP28"). */
const SUMMIT_CODE = /^(g7|g8|g20|g77|cop\d+)$/;

/** "the Consumer Electronics Show": an event's noun closing a name in title case (not "RECORDS … SHOW", a headline's verb). */
const isShowName = (name: string, words: readonly string[]): boolean => words.length > 1 && EVENT_NAME_ENDS.has(words[words.length - 1]!) && /\s\p{Lu}\p{Ll}+$/u.test(name);

/**
 * "the derailment on Monday of the Kelmor Express", "the Ostra Mail train": a name ending in a word trains share with
 * papers ("Express", "Mail"), with a train's word around each use, names the train; the paper would not derail.
 */
function isTrainName(group: Group, text: string): boolean {
  const end = group.words[group.words.length - 1]!;
  if (group.words.length < 2 || !TRAIN_NAME_ENDS.has(end)) return false;
  // The words before are read within the name's sentence only: "Railway staff said … . The Daily Express reported" stays a paper.
  const before = (o: { start: number }) => text.slice(Math.max(0, o.start - TRAIN_REACH, text.lastIndexOf('. ', o.start) + 1), o.start);
  const onTrack = (o: { start: number; end: number }) => TRAIN_WORDS.test(before(o)) || TRAIN_AFTER.test(text.slice(o.end, o.end + TRAIN_AFTER_REACH));
  // "the crash between the Varn Mail and a freight train … four wagons of Varn Mail burned": once the name is a train, a use
  // with no train's word is the train's too, unless it is cited there as a paper ("told the Varn Mail", "the Varn Mail reported").
  return group.occurrences.some(onTrack) && group.occurrences.every((o) => onTrack(o) || !isCitedAsPaper(text, o));
}
const TRAIN_NAME_ENDS: ReadonlySet<string> = new Set(['express', 'mail']);
/** Before the name: what happened to the train or who rode it ("the derailment of the", "passengers aboard the"). */
const TRAIN_WORDS = /\b(?:derail\w*|train|railway|coaches|carriages|aboard|boarded)\b/i;
/** After the name: "Ostra Mail trains", "the Ostra Mail and a freight train", "Ostra Mail, which runs from", "Ostra Mail derailed". */
const TRAIN_AFTER = /^(?: trains?\b| and (?:a|an|the|another) (?:[\w-]+ )?train\b|,? (?:which )?runs from\b| (?:derailed|collided|was travelling|was running)\b)/;
const TRAIN_REACH = 60;
const TRAIN_AFTER_REACH = 40;

/** "told the Ostra Express", "according to the Ostra Express", "the Ostra Express reported": a paper's use as a source. */
function isCitedAsPaper(text: string, o: { start: number; end: number }): boolean {
  return PAPER_CITED_BEFORE.test(text.slice(Math.max(0, o.start - 20), o.start)) || PAPER_CITED_AFTER.test(text.slice(o.end, o.end + 16));
}
const PAPER_CITED_BEFORE = /\b(?:according to|told|quoted by|cited by|wrote in|(?:interview|spoke) (?:with|to))(?: the)? $/i;
const PAPER_CITED_AFTER = /^(?:['’]s?)? (?:reported|reports|said|says|quoted|cited|wrote|newspaper|daily|website)\b/;

/** A number, then at most "each" or a verb of being, then "from " ("20 were from ", "5 each from "). */
/**
 * "the city of ", "the eastern town of ", "the district of ", "the provincial capital of ", "the southern Ostra province of ": a settlement's or an
 * area's noun, after "the" and at most two words (an adjective, the country the area is in).
 */
const SETTLEMENT_OF = /\b[Tt]he (?:[\p{L}-]+ ){0,2}(?:city|town|village|hamlet|district|province|county|region|municipality|capital) of $/u;

/** "Ana Ruiz, mayor of Ostra City": only a place has a mayor, so the name after "mayor of" is the place, whatever its last word. */
const PLACE_HOLDERS: ReadonlySet<string> = new Set(['mayor', 'mayors', 'deputy-mayor']);

/** "Ana Ruiz, the mayor for Ostra City": a mayor's "for" says the town as "of" does; `before` is the word before the name at `start`. */
const isHeldFor = (before: string, text: string, lo: number, start: number): boolean => before === 'for' && PLACE_HOLDERS.has(wordBeforeLast(text, lo, start).toLowerCase());

/** "the country's capital, ", "the state capital ": a capital named in apposition. */
const CAPITAL_BEFORE = /\b(?:[Tt]he|['’]s)\s+(?:[\p{Ll}-]+\s+)?capital,?\s+$/u;

/** "capital", a comma or not, and spaces end the text before `start`: what CAPITAL_BEFORE needs, read without trying it at every offset. */
function endsWithCapital(text: string, start: number): boolean {
  let p = spacesBefore(text, start);
  if (p === start) return false;
  if (text.charCodeAt(p - 1) === 44) p--; // ,
  return p >= 7 && text.startsWith('capital', p - 7);
}

const COUNT_FROM = /\d(?: (?:each|were|was|are|came))? from $/;

/** "the Kelmor delta": a landform's lower-case noun right after the name; not one that heads a body ("the Ostra coast guard"). */
/**
 * "the Ostra office of Kelmor Customs Investigations": a name before a body's "office of" or "branch of" is the city the
 * body's branch sits in; the body after "of" is the one that acts.
 */
const branchOfBodyAfter = (text: string, end: number, next: string): boolean => (next === 'office' || next === 'branch' || next === 'bureau') && BRANCH_OF.test(text.slice(end, end + 12));
const BRANCH_OF = /^ (?:office|branch|bureau) of \p{Lu}/u;

const landformAfter = (text: string, end: number, next: string, hi: number): boolean =>
  LANDFORM_HEADS.has(next) && !/^guards?$/.test(lowerWordAfter(text, text.indexOf(next, end) + next.length, hi));

/** "in the ", "across the ": a preposition of place and a lower-case "the" before `start`, after no word of writing ("wrote in the Atlantic"). */
function isAtSea(text: string, start: number): boolean {
  const m = AT_SEA.exec(text.slice(Math.max(0, start - 40), start));
  return m !== null && !WRITING.test(m[1] ?? '');
}
const AT_SEA = /(?:^|(\S+) )(?:in|across|over|into|off|from) the $/;
const WRITING = /^(?:wrote|writes|writing|written|published|said|told|article|essay|piece|column|interview)$/i;

/** Participles that give a thing its name ("dubbed", "named"). */
const NAMING_VERBS = new Set(['dubbed', 'named', 'called']);

/** A hyphen and the participle of a seat after a name: "-based", "-born", "-listed", "-headquartered". */
const SEAT_ADJECTIVE = /^-(?:based|born|listed|headquartered)\b/;

/** Words before a name that make it their object, so not the subject of a reporting verb after it. */
const PREPOSITIONS = new Set(['for', 'of', 'in', 'at', 'from', 'to', 'on', 'with', 'by', 'near']);

/** "Ostra and Varn states": the last item of a list before a plural place noun (one name before "states" is its verb). */
const lastOfPlaces = (before: string, next: string): boolean => (before === 'and' || before === 'or') && isPlaceNoun(next);

/**
 * "published in Kelmor Party daily Ostra", "the Varn Union newspaper Ostra Times": an outlet's lower-case noun between two names
 * heads the name after it; the name before it is the outlet's owner, not an outlet.
 */
const ownsOutletAfter = (text: string, end: number): boolean => OUTLET_NOUN_THEN_NAME.test(text.slice(end, end + 30));
const OUTLET_NOUN_THEN_NAME = /^\s+(?:daily|weekly|newspaper|paper|tabloid|magazine|organ|mouthpiece)\s+\p{Lu}/u;

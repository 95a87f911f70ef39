/** The longest run of capitalised words, with the connectors, particles and nicknames between them, that may hold names. */

import { isArabicAnd, isArticledWord } from './arabic-joins';
import { isCurrencyMark } from './currency-marks';
import { groupOfThe } from './name-connectors';
import { capitalisedAfter, isPluralApostrophe, isPluralNoun, joins, joinsAfterGivenName, joinsAfterPossessive } from './name-joins';
import { particlesEnd } from './name-particles';
import { isHeadToken, MAX_NAME_WORDS, nameLength } from './name-shapes';
import { isNickname } from './nicknames';
import { numbersName } from './numbered-names';
import { DIGIT, isConnector, isParticle, type Token } from '../tokens';
import { DEMONYM, FUNCTION, GENERIC_ACRONYM, GIVEN_NAME, HEAD_WORD, MONTH, ROLE_HEAD, WEEKDAY } from '../wordclass';
import { COMPASS_WORDS, OUTLETS, PLACES } from '../lexicon';

const YEAR = /^(?:19|20)\d\d$/;
const CHANNEL_NUMBER = /^\d{1,2}$/;
/** The run's words in lower case, as the lexicon's maps key names ("france"). */
const keyOfRun = (run: readonly Token[]): string => run.map((t) => t.lower).join(' ');
/** Words a plan or an event is named with, before its year ("Vision 2030", "Agenda 2063", "Expo 2020"). */
const YEAR_NAMED = new Set(['vision', 'agenda', 'expo']);
/** Bodies a year-named group calls itself after its name ("the VARN 2020 opposition coalition"). */
const GROUP_NOUNS = /^(?:coalition|alliance|platform|movement|campaign|party|opposition|group|front)$/;
const endsNameAfterYear = (after: Token | undefined, within: boolean): boolean => !within || !after || (!after.capitalised && (after.cls & FUNCTION) !== 0) || GROUP_NOUNS.test(after.lower);

/**
 * The maximal run of capitalised words from tokens[i] (capitalised) before `to`, joined by single
 * spaces or lower-case connectors. A possessive ends the run, except a plural noun's ("the People’s
 * Court", "Women’s Aid", "Workers’ Party"): a group of people owns no name, so it is part of one.
 */
export function capitalisedRun(text: string, tokens: readonly Token[], i: number, to: number, isCommonNoun: (t: Token) => boolean): Token[] {
  const run = [tokens[i]!];
  let ofThe: number | undefined;
  let j = i;
  while (j + 1 < to) {
    const t = tokens[j]!;
    const possessor = t.possessive || isPluralApostrophe(text, t);
    const next = tokens[j + 1]!;
    // "the Prime Minister’s Office": a title owning an institution's head word is one body's name.
    const titledBody = t.possessive && t.cls & ROLE_HEAD && next.capitalised && next.cls & HEAD_WORD;
    if (possessor && !(isPluralNoun(t) && isCommonNoun(t)) && !titledBody) break;
    // "Ferdinand “Bongbong” Marcos Jr": a nickname in quotes between two words of a name.
    if (!possessor && isNickname(text, t, next, tokens[j + 2], j + 2 < to)) {
      run.push(next, tokens[j + 2]!);
      j += 2;
      continue;
    }
    // "the VARN 2020 coalition", "Ostra Vision 2040": a year after a short form or a plan's word ends the name
    // it is part of, unless it dates the noun after it ("UNICEF 2019 data", "FY 2022 accounts").
    if (!possessor && next.shape === DIGIT && YEAR.test(next.text) && joins(text, t, next) && (YEAR_NAMED.has(t.lower) || (/^\p{Lu}{2,}$/u.test(t.text) && !(t.cls & GENERIC_ACRONYM) && endsNameAfterYear(tokens[j + 2], j + 2 < to)))) {
      run.push(next);
      break;
    }
    // "TV Channel 12 announced", "Channel 4 News": a channel's number is a word of its name.
    if (!possessor && t.lower === 'channel' && next.shape === DIGIT && CHANNEL_NUMBER.test(next.text) && joins(text, t, next)) {
      run.push(next);
      j += 1;
      continue;
    }
    // "the Kelmor No. 7 Textile Mill": "No." and a number inside a name are words of it.
    if (!possessor && j > i && j + 2 < to && numbersName(text, t, next, tokens[j + 2])) {
      run.push(next);
      j += 1;
      continue;
    }
    // "cited by Kelmor 24 TV": a known outlet's name may end in its number (France 24); the number is a word of the name, no count.
    if (!possessor && next.shape === DIGIT && CHANNEL_NUMBER.test(next.text) && joins(text, t, next) && OUTLETS.has(`${keyOfRun(run)} ${next.text}`)) {
      run.push(next);
      break;
    }
    // "on Thursday of US$5.5 billion": a currency code is no word of a name.
    if (next.capitalised && isCurrencyMark(text, next)) break;
    // "Jamaat ul-Varn wa al-Ostra": the article's lower-case forms and "wa" are words of the name.
    if (!possessor && !next.capitalised && joins(text, t, next) && (isArticledWord(next) || (j + 2 < to && isArabicAnd(next, t, tokens[j + 2]) && joins(text, next, tokens[j + 2]!)))) {
      run.push(next);
      j += 1;
      continue;
    }
    // "Reis dos Santos": a particle of more than two letters joins like a connector ("do" also opens questions).
    const connector = !next.capitalised && (isConnector(next) || (isParticle(next) && next.text.length > 2));
    if (possessor ? !next.capitalised || !joinsAfterPossessive(text, t, next) : !(next.capitalised || connector) || !(joins(text, t, next) || joinsAfterGivenName(text, t, next))) break;
    if (next.capitalised) {
      run.push(next);
      j += 1;
    } else if (j + 2 < to && tokens[j + 2]!.capitalised && joins(text, next, tokens[j + 2]!) && !isCurrencyMark(text, tokens[j + 2]!)) {
      run.push(next, tokens[j + 2]!);
      j += 2;
    } else if ((next.text === 'of' || next.text === 'for' || (next.text === 'on' && isTopicOn(run, ofThe, tokens[j + 3]))) && j + 3 < to && tokens[j + 2]!.text === 'the' && joins(text, next, tokens[j + 2]!) && capitalisedAfter(text, tokens, j + 3, to) && (isBodySoFar(run) || namesGroupOfThe(text, tokens, run, j + 3, to))) {
      // "the Ministry of Foreign Affairs of the Russian Federation", "the UN Office for the Coordination of
      // Humanitarian Affairs": a body's name goes on past "of the" and "for the".
      ofThe ??= run.length;
      run.push(next, tokens[j + 2]!, tokens[j + 3]!);
      j += 3;
    } else {
      // "Ursula von der Leyen", "Juan de la Cruz": a row of particles inside a person's name.
      const e = particlesEnd(text, tokens, j + 1, to);
      if (e - j - 1 < 2 || !capitalisedAfter(text, tokens, e, to)) break;
      for (let k = j + 1; k <= e; k++) run.push(tokens[k]!);
      j = e;
    }
  }
  // Too long for one name once joined (a sentence's opening "The" and the "of the" links not counted):
  // the name ends before "of the", as the next one starts after it.
  const counted = nameLength(run) - (run[0]!.cls & FUNCTION ? 1 : 0);
  return ofThe !== undefined && counted > MAX_NAME_WORDS ? run.slice(0, ofThe) : run;
}

/**
 * "the Institute for the Study on the Economics of Drought", "the Commission on the Status of Farmers": "on the" inside a
 * body's name gives its subject, so the name goes on past it, as past "of the"; only after a head word or a name that has
 * already crossed "of the" or "for the", and not before a people's, a day's, a month's or a place's word ("the Kelmor
 * Fire Service on the Greek island", "the Ostra Council on the Monday after"), where "on" places or dates the body.
 */
function isTopicOn(run: readonly Token[], ofThe: number | undefined, topic: Token | undefined): boolean {
  if (!topic || (ofThe === undefined && !isHeadToken(run[run.length - 1]!))) return false;
  return !(topic.cls & (DEMONYM | WEEKDAY | MONTH)) && !COMPASS_WORDS.has(topic.lower) && !PLACES.has(topic.lower);
}

/**
 * The words of a run so far name a body (a head word), not a person under a title ("Senate Leader Ana Ruiz of the …").
 * A plural's possessive the run kept is a word of the name ("the People’s Movement for the Liberation of Kelmor").
 */
const isBodySoFar = (run: readonly Token[]): boolean => run.some(isHeadToken) && !run.some((t) => t.cls & (ROLE_HEAD | GIVEN_NAME) || (t.possessive && !isPluralNoun(t)));

/**
 * "the charity Gift of the Givers said", "Friends of the Ostrans": one capitalised word inside a sentence, then "of the" and
 * one capitalised word that ends the name, is one body's name where groupOfThe says the words are a group's.
 */
function namesGroupOfThe(text: string, tokens: readonly Token[], run: readonly Token[], k: number, to: number): boolean {
  return run.length === 1 && !run[0]!.initial && !capitalisedAfter(text, tokens, k + 1, to) && groupOfThe(run[0]!, tokens[k]!);
}

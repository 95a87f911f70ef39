/**
 * The lexicon's word lists as bits of one map, so each word of the text is looked up once (when it
 * is tokenised) and every stage after that tests bits instead of asking a dozen sets.
 */
import {
  ABBREVIATIONS,
  COMMON_NOUNS,
  CONNECTORS,
  DEMONYMS,
  EVENT_HEADS,
  FUNCTION_WORDS,
  GENERIC_ACRONYMS,
  GIVEN_NAMES,
  GOVERNMENT_HEADS,
  HOLIDAYS,
  MODIFIERS_THAT_NAME,
  MONTHS,
  NAME_ADJECTIVE_SUFFIXES,
  ORG_CUES,
  ORG_HEADS,
  OUTLET_CUES,
  OUTLET_WORDS,
  PERSON_NOUNS,
  PLACE_CUES,
  PLACE_NOUNS,
  REPORTING_PARTICIPLES,
  REPORTING_VERBS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  SPOKESNOUNS,
  STORM_WORDS,
  VERB_FILLERS,
  WEAK_CONNECTORS,
  WEEKDAYS,
} from './lexicon';
import { SPELLED_NUMBERS } from './figures/number-words';

export const FUNCTION = 1 << 0;
export const COMMON = 1 << 1;
export const MONTH = 1 << 2;
export const WEEKDAY = 1 << 3;
export const HOLIDAY = 1 << 4;
export const GENERIC_ACRONYM = 1 << 5;
export const DEMONYM = 1 << 6;
export const GOV_HEAD = 1 << 7;
export const ORG_HEAD = 1 << 8;
export const OUTLET_WORD = 1 << 9;
export const EVENT_HEAD = 1 << 10;
export const ROLE_HEAD = 1 << 11;
export const ROLE_MODIFIER = 1 << 12;
export const ABBREVIATION = 1 << 13;
/** CONNECTORS and WEAK_CONNECTORS match the word as written: see `isConnector`. */
export const CONNECTOR = 1 << 14;
export const WEAK_CONNECTOR = 1 << 15;
export const GIVEN_NAME = 1 << 16;
export const REPORTING_VERB = 1 << 17;
export const REPORTING_PARTICIPLE = 1 << 18;
export const VERB_FILLER = 1 << 19;
export const SPOKESNOUN = 1 << 20;
export const PERSON_NOUN = 1 << 21;
export const ORG_CUE = 1 << 22;
export const OUTLET_CUE = 1 << 23;
/** A head word of a name (organisation, government body, event or outlet), or its plural. */
export const HEAD_WORD = 1 << 24;
/** A number written as a word ("three", "dozen"). */
export const NUMBER_WORD = 1 << 25;
/** Makes an adjective of the name it is hyphenated to ("-based", "-backed"). */
export const NAME_ADJECTIVE_SUFFIX = 1 << 26;
/** Opens the name of a storm ("Cyclone", "Hurricane"). */
export const STORM = 1 << 27;
/** A place noun ("province", "county"), also as the last word of a name. */
export const PLACE_NOUN = 1 << 28;
/** A place noun lower-case after a name only ("city", "state"). */
export const PLACE_CUE = 1 << 29;
/** A portfolio word that is also a name on its own ("Labour", "Treasury"). */
export const NAMES_ALONE = 1 << 30;

const CLASSES = new Map<string, number>();
const add = (words: Iterable<string>, bit: number): void => {
  for (const w of words) CLASSES.set(w, (CLASSES.get(w) ?? 0) | bit);
};
add(FUNCTION_WORDS, FUNCTION);
add(COMMON_NOUNS, COMMON);
add(MONTHS, MONTH);
add(WEEKDAYS, WEEKDAY);
add(HOLIDAYS, HOLIDAY);
add(GENERIC_ACRONYMS, GENERIC_ACRONYM);
add(DEMONYMS, DEMONYM);
add(GOVERNMENT_HEADS, GOV_HEAD);
add(ORG_HEADS, ORG_HEAD);
add(OUTLET_WORDS, OUTLET_WORD);
add(EVENT_HEADS, EVENT_HEAD);
add(ROLE_HEADS, ROLE_HEAD);
add(ROLE_MODIFIERS, ROLE_MODIFIER);
add(ABBREVIATIONS, ABBREVIATION);
add(CONNECTORS, CONNECTOR);
add(WEAK_CONNECTORS, WEAK_CONNECTOR);
add(GIVEN_NAMES, GIVEN_NAME);
add(SPELLED_NUMBERS, NUMBER_WORD);
add(REPORTING_VERBS, REPORTING_VERB);
add(REPORTING_PARTICIPLES, REPORTING_PARTICIPLE);
add(VERB_FILLERS, VERB_FILLER);
add(SPOKESNOUNS, SPOKESNOUN);
add(PERSON_NOUNS, PERSON_NOUN);
add(ORG_CUES, ORG_CUE);
add(OUTLET_CUES, OUTLET_CUE);
add(NAME_ADJECTIVE_SUFFIXES, NAME_ADJECTIVE_SUFFIX);
add(STORM_WORDS, STORM);
add(PLACE_NOUNS, PLACE_NOUN | PLACE_CUE);
add(PLACE_CUES, PLACE_CUE);
add(MODIFIERS_THAT_NAME, NAMES_ALONE);
// Plurals count as heads too ("Centers for Disease Control", "Red Crescent Societies").
const heads = [...ORG_HEADS, ...GOVERNMENT_HEADS, ...EVENT_HEADS, ...OUTLET_WORDS];
add(heads, HEAD_WORD);
add(
  heads.map((h) => `${h}s`),
  HEAD_WORD,
);
add(
  heads.filter((h) => h.endsWith('y')).map((h) => `${h.slice(0, -1)}ies`),
  HEAD_WORD,
);

/** Class bits of a lower-case word (0 when the lexicon does not list it). */
export const wordClass = (lower: string): number => CLASSES.get(lower) ?? 0;

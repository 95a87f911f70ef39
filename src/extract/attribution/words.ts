/** Word tests and lists that attribution's concerns share; a leaf module, so the sets built from them exist before the concerns (which call one another) are evaluated. */
import type { Element } from './context';
import { ARTICLES as ARTICLE_LIST, GROUP_SPEAKERS, GROUP_WITNESSES, POSSESSIVES } from '../lexicon';
import { DIGIT } from '../tokens';
import type { MentionKind } from '../types';
import { FUNCTION, GOV_HEAD, NUMBER_WORD, ORG_CUE, OUTLET_CUE, PERSON_NOUN, REPORTING_VERB, ROLE_HEAD, SPOKESNOUN, VERB_FILLER, wordClass } from '../wordclass';

/** Places and events do not speak; unknown names ("other") may. */
export const SPEAKS: ReadonlySet<MentionKind> = new Set(['person', 'organization', 'outlet', 'government', 'other']);

/** What "it" may stand for as a speaker. */
export const BODIES: ReadonlySet<MentionKind> = new Set(['organization', 'outlet', 'government']);
export const isPronoun = (word: string | undefined): boolean => word === 'he' || word === 'she' || word === 'they';

/** els[k] opens "according to" or its synonym "as per" ("As per the Varn Herald, 40 died"); the name follows two words on. */
export const accordingAt = (els: Element[], k: number): boolean =>
  (els[k]?.lower === 'according' && els[k + 1]?.lower === 'to') || (els[k]?.lower === 'as' && els[k + 1]?.lower === 'per');

/** How many words after "according to" may precede the name ("according to a study published in the journal Nature"). */
export const ACCORDING_REACH = 8;

/** How many words an apposition may have ("X, a glaciologist at Y who was not involved in the study, said"). */
export const APPOSITION_REACH = 16;

/** "The Red Crescent today raised the toll", "…, an official said yesterday.": a word of the day stands beside a reporting verb, as "on Monday" does. */
export const DAY_WORDS: ReadonlySet<string | undefined> = new Set(['today', 'yesterday', 'tonight']);

/** Words that join a second clause with a speaker of its own ("…, while Y said", "…, and Y said"). */
export const COORDINATORS: ReadonlySet<string | undefined> = new Set(['and', 'but', 'while', 'whereas']);

/** Words opening a clause set against another ("While X said six, Y said nine", "…, although Y said eight"). */
export const CONCESSIVE: ReadonlySet<string | undefined> = new Set(['while', 'whereas', 'although', 'though']);

/** A number written in digits or words. */
export const isCount = (e: Element | undefined): boolean => e?.lower !== undefined && ((e.shape & DIGIT) !== 0 || (e.cls & NUMBER_WORD) !== 0);

/** A number among els[from..to). */
export function hasCount(els: Element[], from: number, to = els.length): boolean {
  for (let i = from; i < to; i++) if (isCount(els[i])) return true;
  return false;
}

/** Verbs that revise a count, giving the new one: "lowered the toll from 89 to 42", "raised the number of wounded". */
export const REVISING_VERBS = ['lowered', 'lowers', 'raised', 'raises', 'increased', 'increases', 'revised', 'revises', 'updated', 'updates', 'downgraded', 'downgrades', 'upgraded', 'upgrades'];

/**
 * Verbs that give a toll as a figure: "put the toll at 55", "gave a death toll of 55", "set the toll at 55", "pegged the toll at 55",
 * "listed the number of dead at 55";
 * and those that hold to one given before: "stuck by its total of 55", "kept its count at 55", "stands by its figure of 55".
 */
export const TALLY_VERBS: ReadonlySet<string | undefined> = new Set(['put', 'puts', 'placed', 'places', 'gave', 'gives', 'set', 'sets', 'pegged', 'pegs', 'listed', 'lists', 'stuck', 'sticks', 'stood', 'stands', 'kept', 'keeps', ...REVISING_VERBS]);
// "put the magnitude at 5.7": a body measuring a quake gives its magnitude as others give a toll. Not "figures" or
// "data": "X gave the figures." passes on a tally X need not have made (figure-owners.ts has the nouns of a kept tally).
// "put the crowd at 8,000", "put the turnout at 20,000": the size of a crowd is given as a toll is.
// "raised the estimated size of the leak to 3,000 barrels": an estimated amount is given as an estimate is.
const GIVEN_TALLY_NOUNS: ReadonlySet<string | undefined> = new Set(['toll', 'tally', 'count', 'number', 'figure', 'estimate', 'estimated', 'total', 'magnitude', 'crowd', 'turnout']);

/** "according to the official tally", "according to the latest count": a tally no one is named for still says whose the figures are. */
// "according to official figures", "according to government data": records of counts say whose the figures are as a tally does.
export const ACCORDING_TALLIES: ReadonlySet<string | undefined> = new Set(['toll', 'tally', 'count', 'figure', 'estimate', 'total', 'tallies', 'counts', 'estimates', 'totals', 'figures', 'data', 'statistics']);

/** How many words the noun of a tally may stand after its verb ("put the death toll"). */
const TALLY_REACH = 3;

/** els[v] is a verb that gives a toll: a noun of a tally follows within a few words. */
export function isTally(els: Element[], v: number): boolean {
  if (!TALLY_VERBS.has(els[v]?.lower)) return false;
  // "pegged it as a magnitude 5.6", "put it at 40": "it" stands for the tally, and its figure follows.
  if (els[v + 1]?.lower === 'it' && (els[v + 2]?.lower === 'at' || els[v + 2]?.lower === 'as')) return hasCount(els, v + 3, Math.min(els.length, v + 3 + TALLY_REACH));
  for (let i = v + 1; i < els.length && i <= v + TALLY_REACH; i++) if (GIVEN_TALLY_NOUNS.has(els[i]!.lower) || pluralTallyAt(els, i)) return true;
  // "put the Ostra army's death toll at 85": a longer description of whose toll it is, where "at" and the count follow it.
  for (let i = v + TALLY_REACH + 1; i < els.length && i <= v + LONG_TALLY_REACH; i++) {
    if (GIVEN_TALLY_NOUNS.has(els[i]!.lower)) return els[i + 1]?.lower === 'at' && isCount(els[i + 2]);
  }
  return countOfDead(els, v + 1);
}

/**
 * "the police put numbers at 7,000", "put the figures at 1.2 million": a plural noun of counts with "at" and a count right after
 * it gives a tally as "the number" does. Why: read only in the singular, the verb was no report, and the count went to the
 * next clause's speaker. Not "gave the figures", which passes on a tally (GIVEN_TALLY_NOUNS).
 */
const pluralTallyAt = (els: Element[], i: number): boolean => PLURAL_TALLIES.has(els[i]!.lower) && els[i + 1]?.lower === 'at' && isCount(els[i + 2]);
const PLURAL_TALLIES: ReadonlySet<string | undefined> = new Set(['numbers', 'figures']);

/** How many words the noun of a tally may stand after its verb where "at" and its count follow it. */
const LONG_TALLY_REACH = 6;

/** "puts 37 deaths", "gives at least 40 dead": a count of the dead, maybe after a comparator, right after a tally verb is the toll it gives. */
function countOfDead(els: Element[], from: number): boolean {
  for (let i = from; i < els.length && i < from + TALLY_REACH; i++) {
    if (isCount(els[i])) return DEAD_NOUNS.has(els[i + 1]?.lower);
    if (els[i]!.lower === undefined || (!(els[i]!.cls & FUNCTION) && !COMPARATOR_WORDS.has(els[i]!.lower!))) return false;
  }
  return false;
}

/** Nouns of the dead a toll counts, and words of a comparator before a count ("at least", "more than", "some"). */
export const DEAD_NOUNS: ReadonlySet<string | undefined> = new Set(['deaths', 'dead', 'fatalities', 'victims']);
const COMPARATOR_WORDS: ReadonlySet<string> = new Set(['at', 'least', 'more', 'than', 'over', 'about', 'around', 'nearly', 'almost', 'some', 'up', 'to']);

/** Verbs of keeping a count on one's books ("still lists 300 people as missing", "officially listed 41 as dead"). */
export const LISTING: ReadonlySet<string | undefined> = new Set(['lists', 'listed', 'counts', 'classifies', 'registers', 'records']);

/** Words between the verb of listing and its "as": a comparator, the count and its noun ("more than 300 people"). */
const LISTED_REACH = 6;

/** els[v] gives a count as one kept on the books: a verb of listing, a count and "as" after it ("lists 1,132 people as missing"). */
export function listsAs(els: Element[], v: number): boolean {
  if (!LISTING.has(els[v]!.lower)) return false;
  const as = els.findIndex((e, k) => k > v && k <= v + 1 + LISTED_REACH && e.lower === 'as');
  return as > v && hasCount(els, v + 1, as);
}

/**
 * "two local sources estimate that …": "estimate" right after a plural noun is its verb; elsewhere it
 * is the noun of "the UN estimate of 670", so the lexicon's reporting verbs leave it out.
 */
export const estimateVerb = (els: Element[], i: number): boolean => els[i]!.lower === 'estimate' && (els[i - 1]?.lower?.endsWith('s') ?? false);

/**
 * "Eyewitnesses claim that …", "Residents, however, allege that …": a plural present verb of claiming right after
 * a plural noun (at els[noun]; an aside may stand between) and before "that" reports; elsewhere "claim" is a noun.
 */
export const claimVerb = (els: Element[], i: number, noun: number): boolean =>
  CLAIM_VERBS.has(els[i]!.lower) && els[i + 1]?.lower === 'that' && noun >= i - 2 && (els[noun]?.lower?.endsWith('s') ?? false);

export const CLAIM_VERBS: ReadonlySet<string | undefined> = new Set(['claim', 'allege', 'insist', 'report', 'confirm', 'estimate']);

/** Words that may open a noun phrase before its noun: the articles and possessives, quantity and demonstrative words. */
export const DETERMINERS: ReadonlySet<string> = new Set([...ARTICLE_LIST, ...'all of both this that these those'.split(' ')]);

/** Class bits of a word together with those of its singular ("officials", "witnesses"). */
export function singularClass(word: string): number {
  // "parties", "agencies": a plural in "-ies" is its singular's in "-y"; not "bodies", which are the dead counted far more
  // often than bodies that speak ("two bodies were found").
  const singular = word.endsWith('ies') ? (word === 'bodies' ? 0 : wordClass(`${word.slice(0, -3)}y`)) : word.endsWith('es') ? wordClass(word.slice(0, -2)) | wordClass(word.slice(0, -1)) : word.endsWith('s') ? wordClass(word.slice(0, -1)) : 0;
  return wordClass(word) | singular;
}

/** Nouns of a body the text may not name, of no class of the lexicon ("the disaster council", "the military regime", "the opposition"): its "it" as a body's. */
export const UNNAMED_BODIES: ReadonlySet<string> = new Set(['council', 'commission', 'committee', 'bureau', 'regime', 'junta', 'opposition', 'community', 'booth', 'delegation']);

/** Texts a body issues that speak for it ("the document said", "the assessment says"): a speaker with no name, unless the text names who issued it. */
export const ISSUED_TEXTS: ReadonlySet<string> = new Set(['document', 'assessment']);

/**
 * Places that keep the dead and their records, speaking as a hospital does: "morgues in the city said 80 bodies came in",
 * "two managers of cemeteries said …".
 */
export const DEAD_KEEPERS: readonly string[] = ['crematorium', 'crematoriums', 'crematoria', 'cemetery', 'cemeteries', 'morgue', 'morgues', 'mortuary', 'mortuaries'];

/** Nouns that name who speaks without naming them: "the military", "officials", "the governor". */
const SPEAKER_NOUN = SPOKESNOUN | PERSON_NOUN | GOV_HEAD | ORG_CUE | OUTLET_CUE | ROLE_HEAD;

/**
 * Speaker nouns of no class of the lexicon: "authorities" are a government's people, not a body's
 * name; "a security source" is someone who speaks but is not named; "the rebels" speak as a group;
 * "the disaster council", "the seismology bureau" are bodies the text does not name (the lexicon
 * knows these heads only inside names); "the military regime", "the junta" are a state the text does not name;
 * "the document" speaks for whoever issued it; "state media", "rebel media" are outlets the text does not name; "the railways"
 * are the state's railway company ("The railways said five coaches derailed"); "a soldier", "a medic" is one of the
 * "soldiers", "medics" that speak as a group.
 */
// "parties": "opposition parties said" ("party" is a body's noun, but the plural in -ies is read as no singular).
// "general": a title set after its office ("the prosecutor general", "Varn's attorney general"), or the officer alone ("the general said").
const SPEAKER_WORDS: ReadonlySet<string> = new Set(['authority', 'authorities', 'source', 'sources', 'media', 'hospital', ...DEAD_KEEPERS, 'railway', 'railways', 'soldier', 'medic', 'paramedic', 'supporters', 'critics', 'families', 'relatives', 'parties', 'general', ...ISSUED_TEXTS, ...UNNAMED_BODIES, ...GROUP_SPEAKERS, ...GROUP_WITNESSES]);
export const isSpeakerNoun = (word: string): boolean => SPEAKER_WORDS.has(word) || (singularClass(word) & SPEAKER_NOUN) !== 0;

/** Most words before the noun of an unnamed speaker's phrase ("some local news organisations"). */
export const REPORTER_REACH = 4;
export const ARTICLES: ReadonlySet<string> = new Set(ARTICLE_LIST);

/** Words opening a relative clause whose subject is the name or noun before them ("X, which …", "people who …"). */
export const WHICH_WHO: ReadonlySet<string | undefined> = new Set(['which', 'who']);

/** Nouns of a body that a name and its descriptors may head ("news agency", "provincial government"). */
export const BODY_NOUN = OUTLET_CUE | ORG_CUE | GOV_HEAD;

/** What a source issues, standing for it as the subject of a reporting verb ("the statement added"). */
export const ISSUED: ReadonlySet<string | undefined> = new Set(['statement', 'tweet', 'post', 'release']);
/** Past forms of the verbs of issuing a text or count ("the ministry issued", "figures released by"). */
export const ISSUED_VERBS = ['issued', 'released', 'published'];
/** What a body releases or issues that holds a count ("a list of 212", "their latest figures"). */
export const COUNT_RELEASES = ['list', 'figures', 'data', 'tally', 'count'];

/** Possessive determiners may open a subject as "the" does, or a phrase of the subject's own ("in his speech"). */
export { POSSESSIVES };

/** Forms of "be" that make a reporting verb after them passive ("was told", "has been declared"). */
export const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

/** Where the subject of a passive stands: the word before the auxiliaries (and fillers) ending at els[aux], not before els[floor]. */
export function beforeAuxiliaries(els: Element[], aux: number, floor: number): number {
  let j = aux;
  while (j > floor && (PASSIVE_AUXILIARIES.has(els[j]!.lower!) || els[j]!.cls & VERB_FILLER)) j--;
  return j;
}

/** A passive "was/were … quoted as saying" ends the sentence els holds (its last four words). */
export const closesQuotedAsSaying = (els: Element[]): boolean => {
  const last = els.length - 1;
  return els[last]?.lower === 'saying' && els[last - 1]?.lower === 'as' && els[last - 2]?.lower === 'quoted' && PASSIVE_AUXILIARIES.has(els[last - 3]?.lower ?? '');
};

/** Prepositions tying an unnamed person to the body they work in ("an official in the …", "a spokesman for the …"). */
export const MEMBER_LINKS: ReadonlySet<string | undefined> = new Set(['in', 'at', 'of', 'for', 'from', 'with']);

/** Reporting verbs spelt as plural nouns ("states", "reports"). */
export const PLURAL_NOUN_VERBS: ReadonlySet<string | undefined> = new Set(['states', 'reports', 'notes', 'claims']);

/** Nouns of a study whose author its findings are ("a survey by X"; "the survey" after it). */
export const STUDY_NOUNS: ReadonlySet<string | undefined> = new Set(['survey', 'poll', 'study']);

/** Verbs that go on from what the speaker said before ("…, it added."). */
export const ADDED: ReadonlySet<string | undefined> = new Set(['added', 'adds']);

/**
 * "The state news agency in Varn, aligned with the government of President Ana Ruiz, said": a past participle in lower
 * case, after a comma, opens a phrase that describes the subject before it; the names in it are none of the speaker's.
 */
export const participleAside = (e: Element): boolean => e.lower !== undefined && e.lower.endsWith('ed') && e.lower.length > 4 && !e.capitalised && !(e.cls & (FUNCTION | REPORTING_VERB));

/** Most words of such a phrase ("aligned with the government of President Ana Ruiz"). */
export const PARTICIPLE_ASIDE_REACH = 10;

/** Whether a sentence's capitalised first word opens a name or is an ordinary word capitalised by its place. */

import { readDateline } from '../datelines';
import { ASIDE_ADVERBS, COMPASS_WORDS, DESCRIPTORS, STANDING_QUALIFIERS } from '../lexicon';
import { isHeadToken, isPersonLike } from './name-shapes';
import { keyOf, type Known } from './occurrence';
import type { Token } from '../tokens';
import { COMMON, DEMONYM, GIVEN_NAME, HEAD_WORD, REPORTING_VERB, ROLE_HEAD, ROLE_MODIFIER, VERB_FILLER, wordClass } from '../wordclass';
import { opensWithLocal } from './local-openers';

/**
 * "Shelter, a housing charity, said": an apposition, closed by its comma, shows a sentence-initial
 * word is a name ("Additionally, the company said" has none).
 */
export const APPOSITION = /^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:charity|group|organi[sz]ation|company|firm|newspaper|agency|network|broadcaster|website|party|union|campaign|watchdog|spokesperson|spokesman|spokeswoman),/u;

/**
 * The sentence-initial first word of a run is an ordinary word capitalised by its place, not part of
 * the name after it: a descriptor, a person's part in the story, a participle, a title's qualifier, or a common noun before "of",
 * "on" or "in" ("Shares of Acme rose", "Supporters of Ruiz marched", "Footage on Kelmor Television showed").
 */
export function opensWithOrdinaryWord(run: Token[], next: Token | undefined, known: Known, named: Known, solo: Known, midSentence: Known): boolean {
  const w = run[0]!;
  if (run.length < 2 || !w.initial || midSentence(w.lower) || known(w.lower)) return false;
  return DESCRIPTORS.has(w.lower) || (STORY_PARTS.has(w.lower) && namesPerson(run.slice(1))) || opensWithParticiple(w) || isSentenceAdverb(w) || isLowerCompound(w.text) || opensTitleQualifier(run, next, known, named, solo) || opensWithLocal(run, next) || ((w.cls & (COMMON | HEAD_WORD)) === COMMON && COMMON_NOUN_LINKS.has(run[1]!.text));
}

/** Prepositions after a sentence's opening common noun that join it to the name after ("Shares of Acme", "Video on Kelmor TV", "Reports in the Ostra Post"). */
const COMMON_NOUN_LINKS: ReadonlySet<string> = new Set(['of', 'on', 'in']);

/**
 * "Passenger Ana Ruiz, 42, told …", "Witness Tomas Varn said": a person's part in the story opening the sentence describes
 * the person named after it; it opens no body's name ("Witness Protection Programme").
 */
const STORY_PARTS = new Set(['passenger', 'resident', 'witness', 'eyewitness', 'survivor']);
/** Words shaped as a person's name that hold a given name ("Karim Ostrani"; not "Evil Village"). */
const namesPerson = (words: Token[]): boolean => isPersonLike(words) && words.some((t) => t.cls & GIVEN_NAME);

/**
 * "Senior Ostra People’s Party (OPP) leader Ana Varn", "Former Kelmor Union chief": a word of standing opening a body's name
 * of two words or more, before a lower-case title (after the body's short form in brackets, if any), is the title's, no part
 * of the body's name ("Senior Airlines said" stays: one word, and no title after it).
 */
export function qualifiesTitleAfter(text: string, run: readonly Token[]): boolean {
  if (run.length < 3 || !STANDING_QUALIFIERS.has(run[0]!.lower) || !isHeadToken(run[run.length - 1]!)) return false;
  const title = TITLE_AFTER_BODY.exec(text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 40));
  return title !== null && (wordClass(title[1]!) & ROLE_HEAD) !== 0;
}

/** A lower-case word after a body's name and its optional short form in brackets ("’s" and all: " (OPP) leader"). */
const TITLE_AFTER_BODY = /^(?:['’]s)?(?: \([\p{Lu}\p{Ll}-]+\))? (\p{Ll}+)/u;

/**
 * "OSTRA, Kelmor — Aid workers are …", "OSTRA (KNA) — Attackers …": the first word after a dateline's dash opens the story's first sentence, capitalised
 * by its place as any sentence's first word is. The dateline opens its line.
 */
export const followsDateline = (text: string, t: Token): boolean =>
  // A dash and a space must stand just before: test those two characters before reading the line.
  text.charCodeAt(t.start - 1) === 32 && DASHES.includes(text.charAt(t.start - 2)) && readDateline(text, text.lastIndexOf('\n', t.start) + 1, { capitals: true })?.end === t.start;
const DASHES = '—–-';

/** Endings of plural abstract nouns ("Observations", "Negotiations", "Authorities"), which no one-word name has. */
const ABSTRACT_PLURALS = ['ations', 'itions', 'ssions', 'ities', 'ances', 'ences'];

/** "Observations showed that …": a sentence-initial plural of an abstract noun is no source before its verb. */
export const isAbstractPlural = (lower: string): boolean => ABSTRACT_PLURALS.some((end) => lower.endsWith(end));

/** Endings of plural nouns of people by their field or calling ("Seismologists", "Analysts", "Historians"), which no one-word name has. */
const FIELD_PLURALS = ['ists', 'ysts', 'ians'];

/** "Seismologists say …": a sentence-initial plural noun of people by their field is no source's name. */
export const isFieldPlural = (lower: string): boolean => lower.length > 6 && FIELD_PLURALS.some((end) => lower.endsWith(end));

/**
 * "Criticising Labour’s position, he added": a sentence-initial word in "-ing" (on a stem of four
 * letters or more, so not "Boeing") before a name is a participle, unless the article or the
 * lexicon knows it as a name.
 */
/**
 * "Previously-banned", "Newly-elected": a compound whose parts after the first are in lower case is
 * an adjective capitalised by its place; names keep their capitals after a hyphen ("Al-Shabaab").
 */
const isLowerCompound = (word: string): boolean => LOWER_COMPOUND.test(word);
const LOWER_COMPOUND = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*-\p{Ll}{3,}$/u;

/**
 * "Ultimately Kelmor Party won", "Separately Ana Ruiz said": a sentence-initial adverb in "-ly" (of seven letters or more, so
 * not "Sally" or "Kelly") glued to the name after it by a missing comma is no word of the name.
 */
export function isSentenceAdverb(w: Token): boolean {
  return w.lower.length >= 7 && w.lower.endsWith('ly') && ADVERB_ENDINGS.some((e) => w.lower.endsWith(e)) && !(w.cls & GIVEN_NAME);
}
const ADVERB_ENDINGS = ['ately', 'ally', 'ntly', 'ously', 'edly', 'ively'];

function opensWithParticiple(w: Token): boolean {
  return w.lower.length >= 7 && w.lower.endsWith('ing') && !(w.cls & GIVEN_NAME);
}

/**
 * "Incumbent Guinea president Alpha Condé": words right before a lower-case title say whose title it
 * is (a country, a body), never a person's name. So a sentence-initial word there, never capitalised
 * elsewhere in the article, that stands before a word the article names on its own, is an ordinary
 * word capitalised by its place ("Equatorial Guinea" stays whole where the article writes it so
 * mid-sentence, or the lexicon knows it). Unless it is a body's head ("Ambulance Service deputy director"), the
 * word after must be named on its own elsewhere (`solo`), not only here after the first word: "Kelmor Ostra deputy
 * mayor Ana Ruiz" keeps its two-word town.
 */
function opensTitleQualifier(run: Token[], next: Token | undefined, known: Known, named: Known, solo: Known): boolean {
  const w = run[0]!;
  if (COMPASS_WORDS.has(w.lower) || w.cls & (GIVEN_NAME | DEMONYM | HEAD_WORD) || !next || next.capitalised || !(next.cls & (ROLE_HEAD | ROLE_MODIFIER))) return false;
  const rest = run.slice(1);
  if (!rest.every((t) => t.capitalised) || rest[rest.length - 1]!.end + 1 !== next.start) return false;
  const key = keyOf(rest.map((t) => t.lower));
  return (isHeadToken(rest[rest.length - 1]!) ? named(key) : solo(key)) && !known(keyOf(run.map((t) => t.lower)));
}

/** A reporting verb follows tokens[from] within four words, after verb fillers only ("Buzzfeed has also reported"). */
export function reportingVerbFollows(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to && i < from + 4; i++) {
    const cls = tokens[i]!.cls;
    // "Unconfirmed reports indicate": a word in "-s" before a verb of a plural subject is a noun.
    // "Confusion continued to surround …": a verb before "to" goes on doing, it reports nothing.
    if (cls & REPORTING_VERB) return !(tokens[i]!.lower.endsWith('s') && PLURAL_SUBJECT_VERBS.has(tokens[i + 1]?.lower ?? '')) && tokens[i + 1]?.lower !== 'to';
    // "Ostra, however, maintained": an aside between commas keeps the subject before its verb.
    if (!(cls & VERB_FILLER) && !ASIDE_ADVERBS.has(tokens[i]!.lower)) return false;
  }
  return false;
}

/** Verbs whose plural subject can be a reporting noun ("reports say", "claims suggest", "early reports indicated"). */
const PLURAL_SUBJECT_VERBS: ReadonlySet<string> = new Set(['say', 'indicate', 'suggest', 'show', 'claim', 'state', 'indicated', 'suggested', 'showed', 'claimed', 'stated']);

/** Whom "he", "she" and "it" stand for: the person or body the nearest sentences report or name; separate because it looks back across sentences. */
import { CLOSE_PAREN, COMMA } from '../chars';
import { type AttributionContext, type Element, elements, hasCharBetween, MAX_SENTENCE, possessed, punctuatedBetween, quoteClosesBefore, sentenceElements, tokenEndOf } from './context';
import { ASIDE_ADVERBS, HONORIFICS, INFORMAL_TITLES, SPEECH_NOUNS } from '../lexicon';
import { BODIES, BODY_NOUN, CONCESSIVE, COORDINATORS, isPronoun, singularClass } from './words';
import { attributive } from './attributive-names';
import { secondVerbReports } from './second-verbs';
import { definite } from './definite-references';
import { firstFrom } from '../ranges';
import { sourceOfSentence } from './sentence-sources';
import { strangerTag } from './stranger-tags';
import { agreeingOpening, openingReporter, unnamedOpeningBody } from './unnamed-reporters';
import { PERSON_NOUN, REPORTING_PARTICIPLE, REPORTING_VERB, ROLE_HEAD, SPOKESNOUN, VERB_FILLER } from '../wordclass';

/**
 * Entity of a "He"/"She" opening sentence `i`, which makes that person the current speaker; so does
 * "His closing speech …", "Her remarks …": a speech of theirs is the subject, and its words are theirs.
 */
export function pronounSubject(ctx: AttributionContext, i: number): number | null {
  const s = ctx.sents[i]!;
  const els = sentenceElements(ctx, i);
  // The first word of the sentence, if it ends within its first 8 characters.
  const first = els[0];
  if (first?.lower === undefined || first.end > s.start + 8 || first.start !== s.start) return null;
  if (isPronoun(first.lower)) return resolve(ctx, first.start, first.lower);
  if (first.lower === 'it' && secondVerbReports(ctx, els, 0)) return resolveIt(ctx, first.start);
  return OWNING_PRONOUNS.has(first.lower) && ownSpeech(ctx, els) ? resolve(ctx, first.start, first.lower) : null;
}

/** Pronouns owning a person's speech ("his speech"); "its", "their" stand for bodies and groups. */
const OWNING_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her']);

/** A noun of speech follows the opening possessive, maybe after a word or two describing it ("his campaign-end speech"). */
function ownSpeech(ctx: AttributionContext, els: Element[]): boolean {
  for (let k = 1; k < els.length && k <= MAX_SPEECH_WORDS; k++) {
    const e = els[k]!;
    if (e.lower === undefined || e.name || punctuatedBetween(ctx, els[k - 1]!.end, e.start)) return false;
    if (SPEECH_NOUNS.has(e.lower)) return true;
  }
  return false;
}

/** Most words from the possessive to its noun of speech. */
const MAX_SPEECH_WORDS = 3;

/**
 * The person the pronoun `word` at `pos` stands for: in the nearest sentence that names one, the
 * person it reports ("Responding to Reyes, Okafor said …" — “…,” he said: Okafor), else the first
 * person named. "They" stands for no one: in news it is a group ("researchers … they said", a team
 * "as they conceded twice") far more often than one person, and the named person or body nearest to
 * it is mostly not that group.
 */
export function resolve(ctx: AttributionContext, pos: number, word: string): number | null {
  if (word === 'they') return theyBody(ctx, pos);
  const at = firstFrom(ctx.sents, pos + 1) - 1;
  const body = bodyVoiceClosing(ctx, pos, at);
  if (body !== null) return body;
  const ahead = speakerAhead(ctx, pos, at);
  if (ahead !== null) return ahead;
  for (let i = at; i >= 0 && i > at - PRONOUN_LOOKBACK; i--) {
    const s = ctx.sents[i]!;
    const speaker = i < at ? butClausePerson(ctx, i) ?? trailingSpeaker(ctx, i) ?? sourceOfSentence(ctx, i) : null;
    if (speaker !== null && (ctx.people.has(speaker) || untypedQuoteSpeaker(ctx, i, speaker))) return speaker;
    // "The KDMA spokesperson said …. “…,” he said.": the unnamed speaker opening the sentence before is "he", not a
    // person named further back (unnamed-reporters gives the quote to that speaker's description).
    if (i < at && speaker === null && agreeingOpening(ctx, word, i)) return null;
    if (i < at && speaker === null && strangerTag(ctx, word, i) !== null) return null;
    // "A Kelmor Oil spokesperson in Varn responded by saying: “…” ¶ She added: …": that body's voice, though no source was read.
    const voiced = i < at && speaker === null ? voicingOpener(ctx, i) : null;
    if (voiced !== null) return voiced;
    // In the pronoun's own sentence, only the words before it.
    const end = Math.min(i === at ? pos : s.end, s.start + MAX_SENTENCE);
    const els = end <= s.end ? sentenceElements(ctx, i) : elements(ctx, s.start, end);
    for (let k = 0; k < els.length; k++) {
      const e = els[k]!;
      if (tokenEndOf(e) > end) break;
      // "Ruiz did not answer. However, he did refer to Varn’s remarks. He said: …": the same pronoun before
      // any person named in an earlier sentence carries its person on; the one named after it is spoken of.
      if (i < at && e.lower === word && !inFrontedClause(ctx, els, k)) return resolve(ctx, e.start, word);
      const person = e.name?.kind === 'person' || (e.name?.kind === 'other' && titledName(ctx, els, k)) ? e.name.entity : k === 0 ? personNamedBy(ctx, e) : null;
      if (person !== null && !ownerOfAnother(ctx, els, k, end) && !(i === at && pairedPerson(els, k)) && !died(els, k) && !placeWord(ctx, els, k)) return person;
    }
    const voice = speaker !== null && !ctx.people.has(speaker) ? voiceOf(ctx, i, speaker, at - PRONOUN_LOOKBACK) : null;
    if (voice !== null) return voice;
    if (speaker !== null && !ctx.people.has(speaker) && headedBody(ctx, i, speaker)) return speaker;
  }
  return null;
}

/**
 * "Ostra Watch has counted 40 dead. They also said …", "The group are calling for an inquiry. They said …", "…
 * the Kelmor Council faces a test. While they reported 77 deaths, the army reported 80": "they" as the subject of a
 * reporting verb, opening its sentence or a concessive clause opening it, stands for the one body the sentence
 * before names (or calls by its noun, opening it: "the group"), where that sentence names no person and no other
 * body; else it is a group of people the text does not name, and null.
 */
function theyBody(ctx: AttributionContext, pos: number): number | null {
  const at = firstFrom(ctx.sents, pos + 1) - 1;
  const els = sentenceElements(ctx, at);
  const k = els.findIndex((e) => e.start === pos);
  if (at < 1 || !(k === 0 || (k === 1 && CONCESSIVE.has(els[0]!.lower)))) return null;
  let v = k + 1;
  while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
  if (!((els[v]?.cls ?? 0) & REPORTING_VERB) || ctx.sents[at - 1]!.para < ctx.sents[at]!.para - 1) return null;
  const before = sentenceElements(ctx, at - 1);
  if (before.some((e) => (e.name !== undefined && !BODIES.has(e.name.kind) && e.name.kind !== 'place') || peoplePlural(e))) return null;
  const bodies = new Set(before.flatMap((e) => (e.name ? [e.name.entity] : [])).filter((n) => !ctx.names.some((m) => m.entity === n && m.kind === 'place')));
  if (bodies.size === 1) return [...bodies][0]!;
  const noun = before[1];
  return bodies.size === 0 && before[0]?.lower === 'the' && noun?.lower !== undefined && singularClass(noun.lower) & BODY_NOUN ? definite(ctx, before, 1) : null;
}

/**
 * "40 protesters", "residents", "the police": people a "they" after them may stand for rather than the body named beside them.
 * PEOPLE_PLURALS are also the plurals with no "s" a "they" agrees with ("Police said 14 were hurt. They also reported …").
 */
const peoplePlural = (e: Element): boolean =>
  e.lower !== undefined && (PEOPLE_PLURALS.has(e.lower) || PEOPLE_ENDINGS.test(e.lower) || (e.lower.endsWith('s') && (singularClass(e.lower) & (PERSON_NOUN | ROLE_HEAD)) !== 0));
export const PEOPLE_PLURALS: ReadonlySet<string> = new Set(['people', 'men', 'women', 'children', 'police', 'families', 'relatives', 'crowds', 'staff', 'troops']);
/** Plural endings of nouns of people ("villagers", "survivors", "activists", "residents", "civilians", "employees"). */
const PEOPLE_ENDINGS = /(?:ers|ors|ists|ants|ents|ians|ees)$/;

/**
 * `The council met. ¶ “A,” he said. “B,” deputy leader Tomas Varn told the council.`: a "he" tagging a
 * quote that opens a paragraph, after a paragraph whose last sentence names no person, stands for the
 * person who speaks the next sentence of its paragraph, named there; not for someone named paragraphs
 * before. That person's entity (pronoun at `pos`, in sentence `at`), or null.
 */
function speakerAhead(ctx: AttributionContext, pos: number, at: number): number | null {
  const s = ctx.sents[at]!;
  const next = ctx.sents[at + 1];
  if (next?.para !== s.para || ctx.sents[at - 1]?.para === s.para || !quoteClosesBefore(ctx, pos, s.start)) return null;
  if (at > 0 && sentenceElements(ctx, at - 1).some((e) => e.name?.kind === 'person')) return null;
  const speaker = sourceOfSentence(ctx, at + 1);
  if (speaker === null || !ctx.people.has(speaker)) return null;
  return sentenceElements(ctx, at + 1).some((e) => e.name?.entity === speaker) ? speaker : null;
}

/**
 * "The director of the Kelmor Forum explained that two minors died. “…,” he declared.": a sentence whose
 * subject is a person the text does not name, by a title "of" the body that reports (`body`, in sentence
 * `i`), gives a "he" after it to that body's voice, not to a person named further back.
 */
function headedBody(ctx: AttributionContext, i: number, body: number): boolean {
  const els = sentenceElements(ctx, i);
  const n = els.findIndex((e) => e.name?.entity === body);
  if (voicedBody(ctx, els, n)) return true;
  let k = n - 1;
  // "of the NGO Kelmor Forum": the article and a word or two of the body's kind before its name.
  while (k > 0 && k >= n - 3 && els[k]!.lower !== 'of' && els[k]!.lower !== undefined && !punctuatedBetween(ctx, els[k]!.end, els[k + 1]!.start)) k--;
  const title = els[k - 1];
  if (n <= 0 || els[k]?.lower !== 'of' || title?.lower === undefined || !(title.cls & (ROLE_HEAD | PERSON_NOUN))) return false;
  return els[k - 2]?.lower === 'the' && !els.some((e) => e.name?.kind === 'person');
}

/**
 * "But the KDMA spokesperson said the count was too high. “…,” he said.": "the", the body's name and a
 * singular noun of the person who speaks for it (els[n] the name), opening the sentence, as "the director
 * of the Kelmor Forum" does. So does "a" ("However, a Kelmor Oil spokesperson replied: “…” ¶ She added: …"):
 * the she is that spokesperson, not a woman named paragraphs before.
 */
function voicedBody(ctx: AttributionContext, els: Element[], n: number): boolean {
  const noun = els[n + 1];
  const lead = COORDINATORS.has(els[0]!.lower) || ASIDE_ADVERBS.has(els[0]!.lower ?? '') ? 1 : 0;
  const article = els[n - 1]?.lower;
  if (n !== lead + 1 || (article !== 'the' && article !== 'a' && article !== 'an') || noun?.lower === undefined || noun.lower.endsWith('s') || !(noun.cls & (SPOKESNOUN | PERSON_NOUN | ROLE_HEAD))) return false;
  return !punctuatedBetween(ctx, els[n]!.end, noun.start) && !els.some((e) => e.name?.kind === 'person');
}

/** The body whose spokesperson opens sentence `i` ("However, a Kelmor Oil spokesperson … saying"), reporting in it; or null. */
function voicingOpener(ctx: AttributionContext, i: number): number | null {
  const els = sentenceElements(ctx, i);
  const n = COORDINATORS.has(els[0]?.lower) || ASIDE_ADVERBS.has(els[0]?.lower ?? '') ? 2 : 1;
  const name = els[n]?.name;
  if (name === undefined || name.kind === 'person' || name.kind === 'place' || !voicedBody(ctx, els, n)) return null;
  return els.some((e) => e.cls & (REPORTING_VERB | REPORTING_PARTICIPLE)) ? name.entity : null;
}

/**
 * "Despite saying he wants a broad coalition, Ruiz hinted that he sees Varn's party as its pillar. He said …":
 * a pronoun (els[k]) in a clause that opens the sentence with a word like "despite" or "after" stands for
 * the person the main clause after the comma opens with, whom the next "he" then stands for too.
 */
function inFrontedClause(ctx: AttributionContext, els: Element[], k: number): boolean {
  if (!FRONTED_CLAUSE_OPENERS.has(els[0]?.lower ?? '')) return false;
  for (let j = k + 1; j < els.length; j++) {
    if (hasCharBetween(ctx, els[j - 1]!.end, els[j]!.start, COMMA)) return els[j]!.name?.kind === 'person';
  }
  return false;
}

/** Words opening a clause set before the main one, whose subject is the main clause's. */
const FRONTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['despite', 'after', 'before', 'while', 'although', 'though', 'since', 'when', 'once', 'having', 'upon']);

/**
 * "… a rally of Ostra's opposition leader Kofi Brenn Varn. … Brenn, its longest serving mayor, has toured
 * the region. “…,” he said.": a one-word name opening a sentence that is the first or last word of a
 * person named before it is that person, whatever kind its own words gave it (an appositive naming a
 * country can make it a place). That person's entity (the nearest named), or null.
 */
function personNamedBy(ctx: AttributionContext, e: Element): number | null {
  const name = e.name;
  if (name === undefined || name.kind === 'person' || hasCharBetween(ctx, name.start, name.end, SPACE)) return null;
  const word = ctx.text.slice(name.start, name.end);
  for (let k = firstFrom(ctx.names, name.start) - 1; k >= 0; k--) {
    const n = ctx.names[k]!;
    if (n.kind !== 'person') continue;
    const words = ctx.text.slice(n.start, n.end).split(' ');
    if (words.length > 1 && (words[0] === word || words[words.length - 1] === word)) return n.entity;
  }
  return null;
}

/**
 * `Ostra Watch said there were "23 dead. A number were shot dead," she said`: a pronoun (at `pos`, in
 * sentence `at`) closing a quote that opened in an earlier sentence a body reports, naming no person,
 * is that body's unnamed voice; the body, or null.
 */
function bodyVoiceClosing(ctx: AttributionContext, pos: number, at: number): number | null {
  if (!quoteClosesBefore(ctx, pos)) return null;
  const q = ctx.quoted[firstFrom(ctx.quoted, pos) - 1];
  if (!q) return null;
  const opened = firstFrom(ctx.sents, q.start) - 1;
  if (opened < 0 || opened >= at) return null;
  const speaker = sourceOfSentence(ctx, opened);
  if (speaker === null || ctx.people.has(speaker)) return null;
  for (const e of sentenceElements(ctx, opened)) if (e.name?.kind === 'person') return null;
  return speaker;
}

/**
 * "The Kelmor Army (KA) says 81 died. On Thursday its spokesman Tomas Brandt, at the Kelmor Army base,
 * disclosed this. The row comes after Ana Ruiz of Ostra Watch said over 120 died. But KA said … He
 * explained …": a "he" after a body's report (sentence `i`, naming no person) stands for the person
 * who spoke in an earlier sentence naming that body (its spokesman), not for a person named since
 * who spoke for someone else. That person's entity (the nearest, after sentence `floor`), or null.
 */
function voiceOf(ctx: AttributionContext, i: number, body: number, floor: number): number | null {
  for (let j = i - 1; j > floor && j >= 0; j--) {
    const person = sourceOfSentence(ctx, j);
    if (person === null || !ctx.people.has(person)) continue;
    const s = ctx.sents[j]!;
    for (let k = firstFrom(ctx.names, s.start); k < ctx.names.length && ctx.names[k]!.start < s.end; k++) {
      if (sameBody(ctx, ctx.names[k]!.entity, body)) return person;
    }
  }
  return null;
}

/** Entities `a` and `b` are one body: the same, or one the bracketed short form of the other somewhere in the text ("the Kelmor Army (KA)"). */
function sameBody(ctx: AttributionContext, a: number, b: number): boolean {
  if (a === b) return true;
  const { names, text } = ctx;
  for (let k = 0; k + 1 < names.length; k++) {
    const full = names[k]!;
    const short = names[k + 1]!;
    const pair = (full.entity === a && short.entity === b) || (full.entity === b && short.entity === a);
    if (pair && /^\s*\($/.test(text.slice(full.end, short.start)) && text.charCodeAt(short.end) === CLOSE_PAREN) return true;
  }
  return false;
}

/**
 * "Kelmor's main rival, Ana Ruiz, won 7 per cent. He said …": a person owning the noun of another
 * person named after it in the sentence (before `end`) is no subject; the pronoun stands for the other.
 */
function ownerOfAnother(ctx: AttributionContext, els: Element[], k: number, end: number): boolean {
  if (!possessed(ctx, els[k]!)) return false;
  for (let j = k + 1; j < els.length && tokenEndOf(els[j]!) <= end; j++) if (els[j]!.name?.kind === 'person' && els[j]!.name!.entity !== els[k]!.name!.entity) return true;
  return false;
}

/**
 * "Candidates Ana Ruiz and Kofi Varn took 17% and 11%, he said.": a person joined by "and" to another
 * is one of a plural subject, which a "he" or "she" in the same sentence does not stand for.
 */
function pairedPerson(els: Element[], k: number): boolean {
  // The other may be a name of unknown kind ("Ana Ruiz and Kofi Varn", one of them named once).
  const isPerson = (e: Element | undefined): boolean => e?.name?.kind === 'person' || e?.name?.kind === 'other';
  return (els[k + 1]?.lower === 'and' && isPerson(els[k + 2])) || (els[k - 1]?.lower === 'and' && isPerson(els[k - 2]));
}

/**
 * "Ruiz told reporters 30 had died -- but Brenn stuck by his count. “…,” he said.": where sentence `i`
 * ends in a clause set off by punctuation and "but" whose subject is a person, a pronoun after it
 * stands for that person, the last one the text spoke of, not the sentence's first speaker.
 */
function butClausePerson(ctx: AttributionContext, i: number): number | null {
  const els = sentenceElements(ctx, i);
  for (let c = els.length - 2; c > 0; c--) {
    if (els[c]!.lower !== 'but') continue;
    const name = els[c + 1]!.name;
    const verb = els[c + 2];
    const person = name !== undefined && ctx.people.has(name.entity) && verb?.lower !== undefined && !punctuatedBetween(ctx, name.end, verb.start);
    // "-- but" with two hyphens for a dash, as plain-text wires write it, sets the clause off too.
    return person && CLAUSE_BREAK.test(ctx.text.slice(els[c - 1]!.end, els[c]!.start)) ? name.entity : null;
  }
  return null;
}

/**
 * "While others, including Brenn, have claimed …, it is too early to tell, Ruiz said. …, he said.":
 * a person in a closing ", X said" reports the whole sentence, whatever verb its clauses read
 * first; a pronoun after it stands for X. X's entity, or null where the sentence ends in no such report.
 */
function trailingSpeaker(ctx: AttributionContext, i: number): number | null {
  const els = sentenceElements(ctx, i);
  const verb = els[els.length - 1];
  const name = els[els.length - 2]?.name;
  if (!verb || !(verb.cls & REPORTING_VERB) || !name || !ctx.people.has(name.entity) || els[els.length - 3] === undefined) return null;
  return /^\s*,\s*$/.test(ctx.text.slice(els[els.length - 3]!.end, name.start)) && !punctuatedBetween(ctx, name.end, verb.start) ? name.entity : null;
}

/**
 * "“…,” Okoro said. He said two were killed": a one-word name whose kind is unknown but that speaks a
 * quote in sentence `i`, or in one of a few sentences before it ("“…,” Okoro told the rally. … Okoro
 * said the country was an example. “…,” he said."), is a person's to the "he" or "she" after it (a
 * body's quote is "it said").
 */
function untypedQuoteSpeaker(ctx: AttributionContext, i: number, speaker: number): boolean {
  for (let j = i; j >= 0 && j > i - QUOTED_LOOKBACK; j--) if (quotedInSentence(ctx, j, speaker)) return true;
  return false;
}

/** How many sentences back a one-word name of unknown kind may have spoken a quote. */
const QUOTED_LOOKBACK = 20;

/** Sentence `i` holds a quote and names `speaker` with a one-word name of unknown kind. */
function quotedInSentence(ctx: AttributionContext, i: number, speaker: number): boolean {
  const s = ctx.sents[i]!;
  // The quote may open in an earlier sentence and close in this one (“A. B,” Okoro said.).
  const at = firstFrom(ctx.quoted, s.start);
  const q = ctx.quoted[at];
  const open = ctx.quoted[at - 1];
  if ((q === undefined || q.start >= s.end) && (open === undefined || open.end <= s.start)) return false;
  for (let k = firstFrom(ctx.names, s.start); k < ctx.names.length && ctx.names[k]!.start < s.end; k++) {
    const n = ctx.names[k]!;
    if (n.entity === speaker) return n.kind === 'other' && !hasCharBetween(ctx, n.start, n.end, SPACE);
  }
  return false;
}

/**
 * "The first case turned up in Dorvik on Monday. “…,” he said.": a one-word name after "in", "at" or "near" is where
 * something happened, even where it shares a word with a person's name read before (a place pair misread as one); no
 * "he" stands for it.
 */
function placeWord(ctx: AttributionContext, els: Element[], k: number): boolean {
  const name = els[k]!.name!;
  return PLACE_PREPOSITIONS.has(els[k - 1]?.lower) && !hasCharBetween(ctx, name.start, name.end, SPACE) && !possessed(ctx, els[k]!);
}

/** Prepositions placing what happened ("in Dorvik"), rarely before a person who speaks. */
const PLACE_PREPOSITIONS: ReadonlySet<string | undefined> = new Set(['in', 'at', 'near']);

/**
 * "The district governor Tomas Varn was killed in the attack. … “…,” he added.": a person the
 * sentence reports dead (els[k] the subject of "died" or of "was killed") says nothing after it.
 */
function died(els: Element[], k: number): boolean {
  const verb = els[k + 1]?.lower;
  return verb === 'died' || ((verb === 'was' || verb === 'is') && DEATH_PARTICIPLES.has(els[k + 2]?.lower));
}

/** Participles a "was" before them makes a report of the subject's death. */
const DEATH_PARTICIPLES: ReadonlySet<string | undefined> = new Set(['killed', 'murdered', 'assassinated', 'slain', 'executed']);

/**
 * "CIMIC boss Ana Maria Ruiz was upbeat. “…,” he said.": a name of several words right after a title
 * noun is a person's even where its words left its kind unknown ("other").
 */
function titledName(ctx: AttributionContext, els: Element[], k: number): boolean {
  const name = els[k]!.name!;
  // "Deputy police chief of Ostra Berit Halvard": a place glued to the name after "of" (three words or more).
  const of = els[k - 1]?.lower === 'of' && ctx.text.slice(name.start, name.end).split(' ').length >= 3 ? 1 : 0;
  const title = els[k - 1 - of];
  if (title?.lower === undefined || !hasCharBetween(ctx, name.start, name.end, SPACE) || punctuatedBetween(ctx, title.end, els[k]!.start)) return false;
  return INFORMAL_TITLES.has(title.lower) || (title.cls & (ROLE_HEAD | PERSON_NOUN)) !== 0;
}

/**
 * The body "it" at `pos` stands for ("…,” it added.", "…, it said."): in the nearest sentence that
 * has one, the body that sentence reports, else the last body it names before `pos`; none where
 * that sentence reports a body it does not name ("The military said …"). A person is no "it";
 * nor is a place or an unknown name, whose "it" is more often a thing.
 */
export function resolveIt(ctx: AttributionContext, pos: number, added = false): number | null {
  const at = firstFrom(ctx.sents, pos + 1) - 1;
  let office: number | null = null;
  for (let i = at; i >= 0 && i > at - PRONOUN_LOOKBACK; i--) {
    const speaker = i < at ? sourceOfSentence(ctx, i) : null;
    if (speaker !== null && !ctx.people.has(speaker) && !officeOfSpeaker(ctx, i, speaker)) return speaker;
    const owner = i < at ? owningReporter(ctx, i) : null;
    if (owner !== null) return owner;
    // "The military said it struck a base. “…,” it said.": a body the text does not name.
    if (speaker === null && openingReporter(ctx, i)) return null;
    // "Police found 40 rifles, it added.": the bodies of a sentence an "it" tag closes are what "it" tells of, not who
    // tells it ("added" says so of the pronoun's own sentence; of one before, its own source would have been found).
    if (i === at ? added : closingIt(ctx, sentenceElements(ctx, i)) >= 0) continue;
    // "The mine office in Dorvik would not confirm the count in a call with Halden Press. It put the toll at 31": the
    // unnamed body opening the sentence before is what "it" stands for, not the outlet it spoke to.
    if (i < at && unnamedOpeningBody(ctx, i)) return null;
    let body: number | null = null;
    const els = sentenceElements(ctx, i);
    for (let k = 0; k < els.length; k++) {
      const e = els[k]!;
      if (tokenEndOf(e) > pos) break;
      if (e.name && BODIES.has(e.name.kind) && !attributive(ctx, els, k)) {
        if (i === at || !personsOffice(ctx, els, k)) body = e.name.entity;
        else office ??= e.name.entity;
      }
    }
    if (body !== null) return body;
  }
  return office;
}

/**
 * "The Ostra Statistics Office said the rate rose. The Director-General of the Federation, Mrs Lina Varholm, said … ¶ It
 * stated …": a body named only as the office of a person who speaks (els[k] after "<title> of (the)", then a comma and
 * the person) is no subject of the chain; a later "it" stands for the body reported before it, and for the office only
 * where none is.
 */
function personsOffice(ctx: AttributionContext, els: Element[], k: number): boolean {
  const of = els[k - 1]?.lower === 'the' ? k - 2 : k - 1;
  if (els[of]?.lower !== 'of' || of < 1 || punctuatedBetween(ctx, els[of - 1]!.end, els[of]!.start) || !hasCharBetween(ctx, els[k]!.end, els[k + 1]?.start ?? els[k]!.end, COMMA)) return false;
  const next = HONORIFICS.has(els[k + 1]?.lower ?? '') ? els[k + 2] : els[k + 1];
  return next?.name?.kind === 'person';
}

/** Sentence `i`'s speaker `body` is named there only as a speaking person's office (personsOffice). */
function officeOfSpeaker(ctx: AttributionContext, i: number, body: number): boolean {
  const els = sentenceElements(ctx, i);
  const k = els.findIndex((e) => e.name?.entity === body);
  return k > 0 && personsOffice(ctx, els, k) && !els.some((e, j) => j !== k && e.name?.entity === body);
}

/**
 * "The KDF’s press and media office said in a post that the count was wrong. “…,” it said.": a sentence
 * whose subject is a part of a named body ("the KDF’s … office") reporting speaks for that body, which
 * an "it" after it stands for, not a body the sentence or one before it names as an object. Its entity, or null.
 */
function owningReporter(ctx: AttributionContext, i: number): number | null {
  const els = sentenceElements(ctx, i);
  const k = els[0]?.lower === 'the' ? 1 : 0;
  const owner = els[k]?.name;
  if (owner === undefined || owner.kind === 'person' || owner.kind === 'place' || !possessed(ctx, els[k]!)) return null;
  for (let j = k + 1; j < els.length && j <= k + MAX_OWNED_WORDS; j++) {
    if (punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start)) return null;
    if (els[j]!.cls & REPORTING_VERB) return j > k + 1 ? owner.entity : null;
  }
  return null;
}

/** Most words from a possessive body to the verb its part reports with ("’s press and media office said"). */
const MAX_OWNED_WORDS = 6;

/** Where a tag of "it" and a reporting verb after a comma closes the sentence of `els` ("…, it added."): the index of "it", or -1. */
export function closingIt(ctx: AttributionContext, els: Element[]): number {
  const k = els.length - 2;
  return k > 0 && els[k]!.lower === 'it' && (els[k + 1]!.cls & REPORTING_VERB) !== 0 && hasCharBetween(ctx, els[k - 1]!.end, els[k]!.start, COMMA) ? k : -1;
}

const SPACE = 32;

/** A comma, semicolon or dash between two words: it sets a clause off. */
const CLAUSE_BREAK = /[,;—–-]/;

/** How far back a pronoun looks for the person it stands for. */
const PRONOUN_LOOKBACK = 10;

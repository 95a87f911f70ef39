/** Who said a quote: the words after it or in its interruption, "according to", or its sentence; separate from sentence sources because a quote is read from its marks outward. */
import { type AttributionContext, type Element, elements, endsSentenceBetween, hasCharBetween, hasReportingVerb, possessed, punctuatedBetween, sentenceElements, shortFormAfter, stopInside } from './context';
import { ACCORDING_REACH, APPOSITION_REACH, beforeAuxiliaries, BODY_NOUN, COORDINATORS, DETERMINERS, isCount, isPronoun, ISSUED, ISSUED_TEXTS, PASSIVE_AUXILIARIES, SPEAKS } from './words';
import { classAt, COMMA, DOT, LOWER, UPPER } from '../chars';
import { BARE_ARTICLES, GROUP_WITNESSES, HONORIFICS, OFFICE_QUALIFIERS, OUTLET_CUES } from '../lexicon';
import { resolve } from './pronouns';
import type { Quote } from '../quotes';
import { transcriptLabel } from '../transcript';
import { firstFrom, rangeAt } from '../ranges';
import { asideSubject } from './aside-subjects';
import { definite } from './definite-references';
import { electedSpeaker } from './elect-titles';
import { interposedTagStart } from './interposed-tags';
import { datedAfterVerb, titledAfterVerb } from './inverted-tags';
import { relayedByOutlet } from './relayed-quotes';
import { apposedRelativeSpeaker, relativeReporter } from './relative-reporters';
import { statementAuthor } from './statement-authors';
import { nameWithin, objectAfter, quotedAsSaying, sourceOf, sourceOfSentence, voiceAfter } from './sentence-sources';
import { inLowerTitle, personAfterTitles, skipLongTitle, skipTitle, TITLE_LINKS, wordsOfTitle } from './titled-people';
import { accordingPair } from './pair-references';
import { openingReporter, type Reporter, reporter } from './unnamed-reporters';
import { locatedVerb, subjectBefore } from './verb-subjects';
import { CONNECTOR, FUNCTION, GOV_HEAD, ORG_HEAD, PERSON_NOUN, REPORTING_VERB, ROLE_HEAD, ROLE_MODIFIER, SPOKESNOUN, VERB_FILLER } from '../wordclass';
import { isDottedTitle } from '../names/dotted-titles';

/** Entity that said a quote, from the interruption, the words after it, or its sentence. */
export function speakerOf(ctx: AttributionContext, q: Quote, paraEnd: number, nextOpen: number | null): number | null {
  for (let i = 1; i < q.segments.length; i++) {
    const end = q.segments[i - 1]!.end;
    const found = afterQuote(ctx, elements(ctx, end, q.segments[i]!.start), end + 1);
    if (found !== null) return found;
  }
  const from = windowStart(ctx, q);
  const before = elements(ctx, from, q.open);
  if (groupIntroduced(ctx, before, q.open)) return null;
  // `the minister said, “We will never know.” Tomas Halva had claimed …`: a quote closing its
  // sentence with a full stop inside its marks is not attributed by the next sentence's words
  // where its own sentence names a speaker before it.
  const apposed = asideSubject(ctx, before, q.open) ?? apposedBeforeVerb(ctx, before, q.open) ?? accordingOpening(ctx, before) ?? accordingPair(ctx, before) ?? apposedRelativeSpeaker(ctx, before);
  const speaker = stopInside(ctx, q.open, q.close) ? apposed ?? sourceOf(ctx, before, 'last') : null;
  if (speaker !== null) return speaker;
  const limit = Math.min(paraEnd, nextOpen ?? paraEnd, q.close + AFTER_WINDOW);
  const tag = elements(ctx, q.close, limit);
  const after = statementAuthor(ctx, tag) ?? afterQuote(ctx, tag, q.close) ?? interposedSpeaker(ctx, q, limit) ?? accordingPastPhrase(ctx, q, Math.min(paraEnd, nextOpen ?? paraEnd));
  // reportedInClause, on the words before the quote already read.
  if (after !== null && clauseGoesOn(ctx, q) && hasReportingVerb(before) && !passiveReportOnly(before, tag)) return sourceOf(ctx, before, 'last');
  if (after !== null && relayedByOutlet(ctx, before, after, q)) return sourceOf(ctx, before, 'last');
  if (after !== null) return isPronoun(tag[0]?.lower) && unnamedBeforeColon(ctx, q.open) ? null : after;
  return (
    dialogueSpeaker(ctx, q) ??
    apposed ??
    sourceOf(ctx, before, 'last') ??
    quotedBeforeQuote(ctx, before, q.open) ??
    relativeReporter(before) ??
    commaVerb(ctx, before, q.open) ??
    coordinatedSaid(ctx, before, q.open) ??
    namedFirstPerson(ctx, before, q) ??
    (from === rangeAt(ctx.sents, q.open)?.start ? colonSubject(ctx, before, q.open) ?? quotedPredicate(ctx, before, q) : null) ??
    sharedTag(ctx, q, nextOpen) ??
    titleOnly(ctx, before, q.open) ??
    electedSpeaker(ctx, before, q.open)
  );
}

/**
 * `“Six boats are lost,” 90km up the coast from Ostra, the governor said`: the tag after a clause set between the
 * quote and it (interposedTagStart) names the speaker, as one right after the quote does; null where none does.
 */
function interposedSpeaker(ctx: AttributionContext, q: Quote, limit: number): number | null {
  const from = interposedTagStart(ctx, q, limit);
  return from === null ? null : afterQuote(ctx, elements(ctx, from, Math.max(from, limit)), from);
}

/**
 * `“Most were killed by heavy guns,” such as rockets, mortars, and shells, according to the KOM.`: a quote opening its
 * sentence, cut by a comma, then a phrase of the writer's with no verb of speech and no person in it (a list, whose
 * commas interposedTagStart stops at), then "according to" closing the sentence: who that names said the quote.
 */
function accordingPastPhrase(ctx: AttributionContext, q: Quote, limit: number): number | null {
  const sent = rangeAt(ctx.sents, q.open);
  if (sent === undefined || ctx.text.charCodeAt(q.close - 2) !== COMMA || ctx.text.slice(sent.start, q.open).trim() !== '') return null;
  const els = elements(ctx, q.close, Math.min(limit, sent.end, q.close + ACCORDING_PAST_REACH));
  let a = 1;
  while (a < els.length && !(els[a]!.lower === 'according' && els[a + 1]?.lower === 'to')) {
    if (els[a - 1]!.cls & REPORTING_VERB || els[a - 1]!.name?.kind === 'person') return null;
    a++;
  }
  if (a >= els.length || !hasCharBetween(ctx, els[a - 1]!.end, els[a]!.start, COMMA) || endsSentenceBetween(ctx, q.close, els[a]!.start)) return null;
  return afterQuote(ctx, els.slice(a), els[a - 1]!.end);
}

/** Most characters from a quote's closing mark to the end of an "according to" tag past a phrase. */
const ACCORDING_PAST_REACH = 180;

/**
 * `General Tomas Varn said: “…” … The General stated: “…”`: "the" and a title alone, as the subject of the
 * verb introducing the quote, stand for the person named a few sentences before with that title opening
 * the name or given as the role.
 */
function titleOnly(ctx: AttributionContext, els: Element[], open: number): number | null {
  let v = 2;
  while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
  const title = els[1];
  if (els[0]?.lower !== 'the' || title?.lower === undefined || title.cls & FUNCTION || v !== els.length - 1 || !(els[v]!.cls & REPORTING_VERB)) return null;
  if (!/^\s*[:,]?\s*$/.test(ctx.text.slice(els[v]!.end, open)) || punctuatedBetween(ctx, els[0]!.end, els[v]!.start)) return null;
  const floor = ctx.sents[Math.max(0, firstFrom(ctx.sents, open + 1) - 1 - TITLE_LOOKBACK)]!.start;
  for (let k = firstFrom(ctx.names, els[0]!.start) - 1; k >= 0 && ctx.names[k]!.start >= floor; k--) {
    const n = ctx.names[k]!;
    if (n.kind !== 'person') continue;
    const first = ctx.text.slice(n.start, n.end).split(' ')[0]!.toLowerCase();
    if (first === title.lower || n.role?.toLowerCase() === title.lower) return n.entity;
  }
  return null;
}

/** How many sentences back a title alone ("The General stated") or "the newspaper" looks for the one named so. */
const TITLE_LOOKBACK = 5;

/**
 * `Varn: “Are you ashamed?”`: a quote right after a person's name and a colon opening its paragraph is
 * a line of dialogue, that person's words (a transcript's label read for one paragraph).
 */
function dialogueSpeaker(ctx: AttributionContext, q: Quote): number | null {
  const i = firstFrom(ctx.sents, q.open + 1) - 1;
  const s = ctx.sents[i];
  if (s === undefined || ctx.sents[i - 1]?.para === s.para) return null;
  const label = transcriptLabel(ctx.text, s, ctx.names);
  return label != null && /^[^:]*:\s*$/.test(ctx.text.slice(s.start, q.open)) ? label : null;
}

/**
 * `“We will not yield” to the council's claims and its moves to “take the city again”, Varn declared`:
 * a quote whose clause goes on, with no verb of speech, into a second quote of its sentence is said by
 * whoever the tag after that second quote names. Only a second quote in double marks is read so.
 */
function sharedTag(ctx: AttributionContext, q: Quote, nextOpen: number | null): number | null {
  const from = sharedTagStart(ctx, q, nextOpen);
  return from === null ? null : afterQuote(ctx, elements(ctx, from, Math.min(rangeAt(ctx.sents, q.open)!.end, from + AFTER_WINDOW)), from);
}

/**
 * Where the tag a quote shares with the second quote of its sentence, opening at `nextOpen`, starts (sharedTag): just
 * after that second quote's closing mark; null where the quote's clause does not go on into it. The claims give an
 * unnamed tag (`“Almost 30 boats” sank in the storm of “…,” police said`) to both quotes by it.
 */
export function sharedTagStart(ctx: AttributionContext, q: Quote, nextOpen: number | null): number | null {
  const sent = rangeAt(ctx.sents, q.open);
  if (nextOpen === null || sent === undefined || nextOpen >= sent.end || !clauseGoesOn(ctx, q) || speechVerb(ctx, elements(ctx, q.close, nextOpen))) return null;
  const closer = DOUBLE_CLOSERS.get(ctx.text.charCodeAt(nextOpen));
  if (closer === undefined) return null;
  const close = ctx.text.indexOf(closer, nextOpen + 1);
  return close < 0 || close >= sent.end ? null : close + 1;
}

/** A verb of speech stands among `els`, not a noun of one owned or after a determiner ("the council's claims", "his claims"). */
function speechVerb(ctx: AttributionContext, els: Element[]): boolean {
  for (let k = 0; k < els.length; k++) {
    if (!(els[k]!.cls & REPORTING_VERB)) continue;
    const prev = els[k - 1];
    if (prev === undefined || !(DETERMINERS.has(prev.lower ?? '') || OTHER_POSSESSIVES.has(prev.lower ?? '') || possessed(ctx, prev))) return true;
  }
  return false;
}

/** Possessive pronouns before a noun of speech ("our claims") that DETERMINERS (which holds "his", "her", "its", "their") lacks. */
const OTHER_POSSESSIVES: ReadonlySet<string> = new Set(['our', 'my', 'your']);

/** The closing mark of each double opening mark. */
const DOUBLE_CLOSERS: ReadonlyMap<number, string> = new Map([
  [0x201c, '”'],
  [34, '"'],
]);

/**
 * `The ministry said the toll included “many of the rebels” from the group, the Kelmor Times says`: a
 * quote its clause's reporting verb introduces, with that clause going on after the closing mark, is
 * the clause subject's (named or not); a tag closing the sentence reports the whole of it.
 */
export function reportedInClause(ctx: AttributionContext, q: Quote): boolean {
  return clauseGoesOn(ctx, q) && hasReportingVerb(elements(ctx, windowStart(ctx, q), q.open));
}

/**
 * `Most of the injuries were reported “in towns far from any fighting,” team chief Ana Ruiz said`: the only verbs of speech before
 * the quote are passives ("were recorded", "had been reported"), which say no one speaks there; the tag `tag` after it
 * names the speaker, as it does where no verb of speech stands before.
 */
function passiveReportOnly(els: Element[], tag: Element[]): boolean {
  // `were told to “stay indoors,” while the mayor urged …`: a clause a conjunction opens after the quote is no tag of it.
  if (tag[0] === undefined || (tag[0].cls & FUNCTION && !BARE_ARTICLES.has(tag[0].lower ?? ''))) return false;
  for (let k = 0; k < els.length; k++) if (els[k]!.cls & REPORTING_VERB && !PASSIVE_AUXILIARIES.has(els[k - 1]?.lower ?? '')) return false;
  return true;
}

/** Where the words read before a quote start: its sentence's start, at most BEFORE_WINDOW characters back. */
function windowStart(ctx: AttributionContext, q: Quote): number {
  return Math.max(rangeAt(ctx.sents, q.open)?.start ?? q.open, q.open - BEFORE_WINDOW);
}

/** The quote's clause goes on in lower case after its closing mark (", the Kelmor Times says" does not). */
const clauseGoesOn = (ctx: AttributionContext, q: Quote): boolean => /^\s+\p{Ll}/u.test(ctx.text.slice(q.close, q.close + 3));

/**
 * `…, the Group Director, Ostra Holdings, Mr. Tomas Varn, said, “…”`: a person's name set off by commas
 * (maybe behind a courtesy title) right before the reporting verb that introduces the quote is the
 * end of an apposition, and the one who speaks, not the body a title before it names.
 */
function apposedBeforeVerb(ctx: AttributionContext, els: Element[], open: number): number | null {
  const n = els.length;
  const verb = els[n - 1];
  const name = els[n - 2]?.name;
  if (verb === undefined || !(verb.cls & REPORTING_VERB) || name?.kind !== 'person' || !/^\s*[,:]?\s*$/.test(ctx.text.slice(verb.end, open))) return null;
  if (!/^\s*,\s*$/.test(ctx.text.slice(name.end, verb.start))) return null;
  let k = n - 3;
  while (k >= 0 && !els[k]!.name && els[k]!.cls & ROLE_HEAD && classAt(ctx.text, els[k]!.start) & UPPER) k--;
  const prev = els[k];
  return prev !== undefined && /^\.?\s*,\s*$/.test(ctx.text.slice(prev.end, els[k + 1]!.start)) ? name.entity : null;
}

/**
 * `According to the Ostra Times, a video of the raid, shared by the Kelmor Union, revealed “…”`: a sentence
 * opening with "according to" a named source, whose own clause has a thing (no name, no speaker's noun) as
 * its subject, is that source's report, quote and all; a name in an aside is not the speaker. Null for
 * any other opening, or a subject that speaks ("According to X, officials said …").
 */
function accordingOpening(ctx: AttributionContext, els: Element[]): number | null {
  if (els[0]?.lower !== 'according' || els[1]?.lower !== 'to') return null;
  let k = 2;
  while (k < els.length && k < 2 + ACCORDING_REACH && !hasCharBetween(ctx, els[k]!.end, els[k + 1]?.start ?? els[k]!.end, COMMA)) k++;
  const det = els[k + 1];
  const noun = els[k + 2];
  if (k >= els.length - 2 || !BARE_ARTICLES.has(det!.lower ?? '') || noun?.lower === undefined || noun.cls & (FUNCTION | PERSON_NOUN | ROLE_HEAD | SPOKESNOUN | BODY_NOUN)) return null;
  if (GROUP_WITNESSES.has(noun.lower) || punctuatedBetween(ctx, det!.end, noun.start)) return null;
  return nameWithin(ctx, els.slice(0, k + 1), 2, ACCORDING_REACH);
}

/**
 * `Whatever the outcome, Ms Ruiz shrugs, “We will go on.”`: a person's name and the one verb after it,
 * set off by a comma right before the quote, introduce it whatever the verb ("shrugs", "smiles").
 */
function commaVerb(ctx: AttributionContext, els: Element[], open: number): number | null {
  const verb = els[els.length - 1];
  const name = els[els.length - 2]?.name;
  if (name?.kind !== 'person' || verb?.lower === undefined || verb.cls & FUNCTION || !/^,\s*$/.test(ctx.text.slice(verb.end, open))) return null;
  return punctuatedBetween(ctx, name.end, verb.start) ? null : name.entity;
}

/**
 * `When asked how long the search would take, she shrugged and said, “…”`: the verb of speech right before
 * the quote is the second of a subject's two verbs joined by "and"; the subject, after a phrase or clause the
 * sentence opens with, is a person's name or a pronoun standing for one. Null where a name or punctuation
 * stands between subject and verb ("he thanked Ana Ruiz and said" is still his, but not read here).
 */
function coordinatedSaid(ctx: AttributionContext, els: Element[], open: number): number | null {
  const n = els.length;
  if (n < 4 || !(els[n - 1]!.cls & REPORTING_VERB) || els[n - 2]!.lower !== 'and' || !/^\s*[,:]?\s*$/.test(ctx.text.slice(els[n - 1]!.end, open))) return null;
  const k = subjectAt(ctx, els);
  const subject = els[k];
  if (subject === undefined || k >= n - 3 || !verbAfter(ctx, els, k + 1)) return null;
  for (let j = k + 1; j < n - 1; j++) if (els[j]!.name || els[j]!.cls & REPORTING_VERB || punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start)) return null;
  if (subject.name?.kind === 'person') return subject.name.entity;
  return isPronoun(subject.lower) && subject.lower !== 'they' ? resolve(ctx, subject.start, subject.lower!) : null;
}

/**
 * `Mr Kelmor also alluded to “eight separate cases” wherein the court had “ruled against …”`, `… a jibe
 * at Tomas Kelmor who, earlier this month, had wondered how “…”`: quoted words in a clause whose subject
 * is a person, whatever that person's verb, are that person's words: the sentence opens with the name
 * (after a courtesy title) and its verb, or the name's relative clause "who …" holds the quote at
 * `open` (closing at `close`) with no other name before it. For a sentence whose source is not named.
 */
export function quotingSubject(ctx: AttributionContext, i: number, open: number, close: number): number | null {
  // One or two words set off are a label the article quotes ("visited the “safe zone”"), no speech.
  if (ctx.text.slice(open, close).trim().split(/\s+/).length < MIN_SPEECH_WORDS) return null;
  const els = sentenceElements(ctx, i);
  const k = titledSubject(ctx, els, subjectAt(ctx, els));
  // `Calling the council “thieves,” Varn turned …`: words quoted in the phrase before the subject are a label it names.
  let person: number | null = els[k]?.name?.kind === 'person' && els[k]!.end <= open && (verbAfter(ctx, els, k + 1) || phrasalVerbAfter(ctx, els, k + 1)) ? els[k]!.name!.entity : null;
  for (let j = k + 1; j < els.length && els[j]!.end <= open; j++) {
    const e = els[j]!;
    // "…, which the army calls “…”": someone else's words.
    if (e.cls & REPORTING_VERB || OTHER_RELATIVES.has(e.lower)) person = null;
    else if (e.name && person === null) person = e.name.kind === 'person' && els[j + 1]?.lower === 'who' && !punctuatedBetween(ctx, e.end, els[j + 1]!.start) ? e.name.entity : null;
  }
  return person;
}

/**
 * Index of the subject of the sentence `els`: after a courtesy title, and after a short phrase of time
 * or place the sentence opens with, set off by a comma ("Earlier this week, Varn laid into …").
 */
function subjectAt(ctx: AttributionContext, els: Element[]): number {
  const phrase = els[0]?.name === undefined ? phraseEnd(ctx, els) : 0;
  const k = phrase > 0 && (phrase <= OPENING_PHRASE_WORDS || frontedClause(els)) ? phrase : 0;
  return els[k]?.lower !== undefined && HONORIFICS.has(els[k]!.lower!) ? k + 1 : k;
}

/** Most words of a phrase opening a sentence before its subject ("Earlier this week"). */
const OPENING_PHRASE_WORDS = 4;

/**
 * `Asked about the delay in reaching the village, Chief Ana Ruiz pointed out that there was “no road at all”`:
 * a clause opened by "asked" or a participle ("Addressing …", "When asked …") may run longer than a phrase
 * of time or place before the subject; it has no subject of its own.
 */
function frontedClause(els: Element[]): boolean {
  const first = els[0]?.lower;
  const verb = first !== undefined && FRONTING_CONJUNCTIONS.has(first) ? els[1]?.lower : first;
  return verb === 'asked' || (verb !== undefined && verb.length > 5 && verb.endsWith('ing'));
}

/** Words that may stand before "asked" or a participle opening a fronted clause ("When asked", "While visiting"). */
const FRONTING_CONJUNCTIONS: ReadonlySet<string> = new Set(['when', 'while', 'after']);

/**
 * `…, Ostra Fire Service Director General Ana Ruiz pointed out …`: a subject at els[k] that is a title in capitals,
 * maybe opening with the body's name, before a person's name: index of that name, else k.
 */
function titledSubject(ctx: AttributionContext, els: Element[], k: number): number {
  if (els[k]?.name?.kind === 'person') return k;
  let j = k;
  while (j < k + MAX_SUBJECT_TITLE && els[j] !== undefined && !(els[j]!.name?.kind === 'person') && (els[j]!.name !== undefined || !(els[j]!.cls & FUNCTION)) && classAt(ctx.text, els[j]!.start) & UPPER) {
    if (j > k && punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start)) return k;
    j++;
  }
  return j > k && els[j]?.name?.kind === 'person' && !punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start) && els.slice(k, j).some((e) => e.cls & ROLE_HEAD) ? j : k;
}

/** Most words of a body's name and title before a subject's name ("Ostra Fire Service Director General"). */
const MAX_SUBJECT_TITLE = 6;

/**
 * `Varn laid into the council for “…”`, `Varn hit out at …`: a lower-case word and a preposition right
 * after the subject, with no punctuation between, are a verb the -ed and -s test misses (an irregular past).
 */
function phrasalVerbAfter(ctx: AttributionContext, els: Element[], k: number): boolean {
  const verb = els[k];
  const particle = els[k + 1];
  if (verb?.lower === undefined || verb.cls & FUNCTION || particle?.lower === undefined || !PHRASAL_PARTICLES.has(particle.lower)) return false;
  return (classAt(ctx.text, verb.start) & LOWER) !== 0 && !punctuatedBetween(ctx, els[k - 1]!.end, particle.start);
}

/** Prepositions that make a phrasal verb of the word before them ("laid into", "hit out", "took on"). */
const PHRASAL_PARTICLES: ReadonlySet<string> = new Set(['into', 'out', 'on', 'at', 'against', 'back']);

/**
 * `Calling the council “thieves,” Varn turned to the crowd. “Go and vote.”`: a quote with no tag
 * opening a sentence right after one in its paragraph whose main clause a person opens (maybe after
 * a phrase opening with a participle, set off by a comma) with a past-tense verb is that person's words.
 * Sentence `i` holds the quote.
 */
export function sceneSubject(ctx: AttributionContext, i: number): number | null {
  const prev = ctx.sents[i - 1];
  // `Ruiz stresses the staff's role in the recovery. ¶ “…”`: an untagged quote opening a paragraph goes on
  // from a paragraph whose last sentence a person opens with a verb in the present, the tense news
  // reports speech in ("says", "stresses"); a past verb there tells of a deed ("Varn turned to the crowd").
  const before = prev !== undefined && prev.para === ctx.sents[i]!.para - 1;
  if (prev === undefined || (prev.para !== ctx.sents[i]!.para && !before)) return null;
  const els = sentenceElements(ctx, i - 1);
  let k = els[0]?.lower?.endsWith('ing') && !before ? phraseEnd(ctx, els) : 0;
  if (els[k]?.lower !== undefined && HONORIFICS.has(els[k]!.lower!)) k++;
  const name = els[k]?.name;
  const tense = before ? 's' : 'ed';
  const verb = els[k + 1];
  return name?.kind === 'person' && verbAfter(ctx, els, k + 1) && verb!.lower!.endsWith(tense) && !(before && verb!.cls & VERB_FILLER) ? name.entity : null;
}

/** Index of the first element after the comma closing a phrase that opens `els`, or -1 where none does. */
function phraseEnd(ctx: AttributionContext, els: Element[]): number {
  for (let j = 1; j < els.length; j++) if (hasCharBetween(ctx, els[j - 1]!.end, els[j]!.start, COMMA)) return j;
  return -1;
}

/** Relative words opening a clause with a subject of its own. */
const OTHER_RELATIVES: ReadonlySet<string | undefined> = new Set(['which', 'whom', 'whose']);

/** Fewest words of quoted speech read as a clause subject's words. */
const MIN_SPEECH_WORDS = 3;

/** A lower-case verb (past or present, after auxiliaries) stands at els[k], not cut from its subject by punctuation. */
function verbAfter(ctx: AttributionContext, els: Element[], k: number): boolean {
  let v = k;
  while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
  const verb = els[v];
  if (verb?.lower === undefined || verb.cls & FUNCTION || punctuatedBetween(ctx, els[k - 1]!.end, verb.start)) return false;
  return (classAt(ctx.text, verb.start) & LOWER) !== 0 && (verb.lower.endsWith('ed') || verb.lower.endsWith('s'));
}

/**
 * `Speaking in Ostra on Sunday, Ruiz, “as we always said, this is only a pause.”`: a person's name set off
 * by commas right before a quote that speaks in the first person, with no verb between, introduces
 * that person's words; a description ("the winner, Ana Ruiz, “a voice of her time”") speaks of her.
 */
function namedFirstPerson(ctx: AttributionContext, els: Element[], q: Quote): number | null {
  const name = els[els.length - 1]?.name;
  if (name?.kind !== 'person' || !/^\s*,\s*$/.test(ctx.text.slice(name.end, q.open))) return null;
  const prev = els[els.length - 2];
  if (prev !== undefined && !/^\s*,\s*$/.test(ctx.text.slice(prev.end, name.start))) return null;
  const words = ctx.text.slice(q.segments[0]!.start, q.segments[0]!.end).toLowerCase().split(/[^\p{L}']+/u).slice(0, FIRST_PERSON_REACH);
  return words.some((w) => FIRST_PERSON.has(w)) ? name.entity : null;
}

/** Words of a speaker about himself or his side. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we', 'my', 'our', 'me', 'us']);

/** How many words into a quote its first person is looked for. */
const FIRST_PERSON_REACH = 8;

/**
 * `The party “denounces and condemns the arrests …”`: a sentence opening with a name right before
 * the quote, whose words open in lower case (its verb is inside the quote), quotes that name.
 */
function quotedPredicate(ctx: AttributionContext, els: Element[], q: Quote): number | null {
  const opening = els[0]?.lower === 'the' ? 1 : 0;
  const name = els[opening]?.name;
  if (!name || els.length !== opening + 1 || !SPEAKS.has(name.kind) || !/^\s+$/.test(ctx.text.slice(name.end, q.open))) return null;
  // "Ana Ruiz “the best of her generation”": a quote opening with a determiner is a description, not what the name does.
  const start = q.segments[0]!.start;
  // Words inside quotes are no elements: the quote's first word is read from the tokens.
  const first = ctx.tokens[firstFrom(ctx.tokens, start)];
  return classAt(ctx.text, start) & LOWER && !DETERMINERS.has(first?.lower ?? '') ? name.entity : null;
}

/**
 * "X said the plan gave 'stability', but Y said he was 'dismayed'": the subject of the reporting verb
 * nearest before `pos` in sentence `i`, whose clause holds the words at `pos`; null where none is.
 */
export function speakerBefore(ctx: AttributionContext, i: number, pos: number): number | null {
  return sourceOf(ctx, elements(ctx, ctx.sents[i]!.start, pos), 'last');
}

/**
 * `Ruiz interrupted him, giving a lower number: “No, it is 90,000.”`: a quote a colon introduces is
 * the words of the person its sentence opens with, the subject of a verb right after the name.
 */
function colonSubject(ctx: AttributionContext, els: Element[], open: number): number | null {
  let colon = open - 1;
  while (colon > 0 && ctx.text.charCodeAt(colon) === 32) colon--;
  const subject = els[0];
  if (ctx.text.charCodeAt(colon) !== COLON || !subject || !els[1] || punctuatedBetween(ctx, subject.end, els[1].start)) return null;
  if (isPronoun(subject.lower)) return resolve(ctx, subject.start, subject.lower!);
  if (subject.lower === 'the') return titleColonSubject(ctx, els);
  const verb = els[1].lower;
  if (subject.name?.kind !== 'person') return null;
  if (verb !== undefined && !(els[1].cls & FUNCTION) && verb.endsWith('ed')) return subject.name.entity;
  return perceivedSaying(ctx, els) ? subject.name.entity : null;
}

/**
 * `The opposition leader has rejected the charges but has dared the court: “…”`: "the" and a title opening the sentence,
 * the subject of a verb right after it, stand for the person last named so (definite); that person says the quote a colon
 * introduces. Null where the title names no one.
 */
function titleColonSubject(ctx: AttributionContext, els: Element[]): number | null {
  let k = 1;
  while (k <= MAX_TITLE_WORDS && els[k]?.lower !== undefined && !(els[k]!.cls & (ROLE_HEAD | FUNCTION | REPORTING_VERB))) k++;
  const title = els[k];
  if (title?.lower === undefined || !(title.cls & ROLE_HEAD) || punctuatedBetween(ctx, els[0]!.end, title.start)) return null;
  let v = k + 1;
  while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
  const verb = els[v];
  if (verb?.lower === undefined || verb.cls & FUNCTION || !verb.lower.endsWith('ed') || punctuatedBetween(ctx, title.end, verb.start)) return null;
  return definite(ctx, els, k);
}

/**
 * `Ruiz was heard telling a reporter: “…”`, `Ruiz was filmed saying: “…”`: after the name at els[0], an
 * auxiliary, a participle and a verb in -ing say the person was caught speaking ("Ruiz was asked:" is
 * someone else's question).
 */
function perceivedSaying(ctx: AttributionContext, els: Element[]): boolean {
  let v = 1;
  while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
  const seen = els[v];
  const doing = els[v + 1];
  if (v === 1 || seen?.lower === undefined || seen.cls & FUNCTION || doing?.lower === undefined || !doing.lower.endsWith('ing')) return false;
  return !punctuatedBetween(ctx, els[0]!.end, doing.start);
}

/**
 * `…, said Ruiz, as the crowd chanted “Out with them.”`: a verb right before the opening mark whose
 * subject is a group the text does not name ("the crowd", "protesters", "villagers") gives the quote
 * to them, not to a person named earlier in the sentence.
 */
export function unnamedIntroduced(ctx: AttributionContext, q: Quote): boolean {
  return groupIntroduced(ctx, elements(ctx, windowStart(ctx, q), q.open), q.open);
}

/** unnamedIntroduced on the words `els` read before the opening mark at `open` (speakerOf has them already). */
function groupIntroduced(ctx: AttributionContext, els: Element[], open: number): boolean {
  const verb = els[els.length - 1];
  const noun = els[els.length - 2];
  // A crowd's words come with whatever verb it voices them ("cheered", "roared").
  const voiced = verb !== undefined && (verb.cls & REPORTING_VERB || (verb.lower?.endsWith('ed') && !(verb.cls & FUNCTION)));
  if (!voiced || !/^[\s,:]*$/.test(ctx.text.slice(verb.end, open))) return false;
  if (noun?.lower === undefined || noun.name || !GROUP_WITNESSES.has(noun.lower) || punctuatedBetween(ctx, noun.end, verb.start)) return false;
  return DETERMINERS.has(els[els.length - 3]?.lower ?? '') || (classAt(ctx.text, noun.start) & UPPER) !== 0;
}

/**
 * `A security source confirmed: “…,” he said.`: a sentence opening with someone unnamed who
 * introduces the quote at `open` with a colon; "he" after the quote is that source, not a person
 * named before.
 */
function unnamedBeforeColon(ctx: AttributionContext, open: number): boolean {
  let colon = open - 1;
  while (colon > 0 && ctx.text.charCodeAt(colon) === 32) colon--;
  if (ctx.text.charCodeAt(colon) !== COLON) return false;
  const reporter = openingReporter(ctx, firstFrom(ctx.sents, open + 1) - 1);
  return reporter !== null && reporter.end < colon;
}

/** `, Molina wrote.` / `, says Griffin.` / `, he said.` / `, said the minister.` / `, according to X.` */
function afterQuote(ctx: AttributionContext, all: Element[], from: number): number | null {
  const els = skipTitle(skipLongTitle(ctx, skipBodyTitle(ctx, skipInitial(ctx, all))), 0);
  const first = els[0];
  // `”. Berit Reiss-Andersen, who chairs …`: a new sentence is not the quote's attribution; after a
  // quote closed by a comma, the full stops of a title skipped are abbreviations (`,” Lt. Col. Ana Ruiz, …, said`).
  if (!first || endsSentenceBetween(ctx, from, commaClosed(ctx, from) ? all[0]!.start : first.start)) return null;
  const inverted = invertedVerb(ctx, els, from) ?? activeQuoted(ctx, els) ?? headlinedBy(ctx, els);
  if (inverted !== null) return inverted;
  if (first.cls & REPORTING_VERB) return personAfterTitles(ctx, els, 1) ?? bodyTitled(ctx, els) ?? titleCommaName(ctx, els) ?? objectAfter(ctx, els, 0) ?? describedTitled(ctx, els) ?? titledAfterVerb(ctx, els) ?? datedAfterVerb(ctx, els);
  if (first.lower === 'according' && els[1]?.lower === 'to') return nameWithin(ctx, els, 2, ACCORDING_REACH) ?? accordingDefinite(ctx, els);
  // `,” the statement added.`: what the last named source issued.
  if (first.lower === 'the' && ISSUED.has(els[1]?.lower) && (els[2]?.cls ?? 0) & REPORTING_VERB) return lastSource(ctx, first.start);
  // `,” the assessment said.`: the body a sentence before names as its issuer; none where no one is named (the phrase reports it).
  if (first.lower === 'the' && NAMED_ISSUED_TEXTS.has(els[1]?.lower ?? '') && textVerb(ctx, els)) return issuerOf(ctx, els[1]!.lower!, first.start);
  // `,” in both states, Tripti Parule, spokeswoman for …, said`: a short phrase set off by commas
  // comes before the subject.
  const phrase = leadingPhrase(ctx, els);
  if (phrase > 0) return afterQuote(ctx, els.slice(phrase), els[phrase - 1]!.end);
  const described = describedName(ctx, els) ?? plainTitled(ctx, els) ?? apposedTitled(ctx, els) ?? quotedTitled(ctx, els) ?? bareApposition(ctx, els) ?? titleCommaName(ctx, els) ?? spokespersonFor(ctx, els) ?? describedBody(ctx, els) ?? personOfPlace(ctx, els);
  if (described !== null) return described;
  const subject = definiteSubject(ctx, els);
  const head = els[subject]!;
  if (locatedVerb(ctx, els, subject) > 0) return head.name!.entity;
  if (subject === 0) {
    const person = titledPerson(ctx, els);
    if (closingVerb(ctx, els, person, from)) return els[person]!.name!.entity;
  }
  // `, Chad Griffin, the group’s president, said.`: a name may carry an apposition before its verb;
  // otherwise only auxiliaries stand between ("and Tom Reed said" is someone else's verb).
  let apposition = head.name !== undefined && commaAfter(ctx, head);
  for (let i = subject + 1; i < els.length && i < AFTER_REACH; i++) {
    const e = els[i]!;
    if (endsSentenceBetween(ctx, els[i - 1]!.end, e.start) && !initialismDot(ctx, els[i - 1]!.end) && !honorificDot(ctx, els, i - 1)) break;
    // `,” party spokeswoman Ana Ruiz was quoted by Kelmor papers as saying`: the one quoted says it, not who quotes.
    // `,” Varn was cited as saying`: "cited" passes words on as "quoted" does.
    if (quotedPassive(els, i)) return passiveQuoted(ctx, els, subject, i - 1);
    // `,” Tomas Varn, the Kelmor Front’s military spokesman, said`: a person whose title the commas
    // set off before the verb speaks himself, not the body his title names.
    if (e.cls & REPORTING_VERB && titleApposition(ctx, els, subject, i)) return head.name!.entity;
    if (e.cls & REPORTING_VERB) return subjectBefore(ctx, els, i);
    // `,” EC Chairperson Charlotte Osei declared`, `,” opposition lawmaker Ana Ruiz retorted`: a
    // title, and the name after it, stand between too; so does a number in a body's name
    // (`,” Kelmor Fire District 21 Chief Ana Ruiz said`); so does the body owning the person
    // (`,” the Ostra Relief Committee’s Ana Ruiz said`).
    const titled =
      e.cls & (ROLE_HEAD | ROLE_MODIFIER | PERSON_NOUN) ||
      (e.name !== undefined && els[i - 1]!.cls & (ROLE_HEAD | PERSON_NOUN)) ||
      (e.name?.kind === 'person' && i === subject + 1 && els[i - 1]!.name !== undefined && possessed(ctx, els[i - 1]!)) ||
      (isCount(e) && els[i - 1]!.name !== undefined && ((els[i + 1]?.cls ?? 0) & ROLE_HEAD) !== 0) ||
      inLowerTitle(ctx, els, i) ||
      wordsOfTitle(els, i) ||
      joinsTradeWords(ctx, els, i);
    // `,” State Health Minister Ana Ruiz, who was on the panel, told reporters`: the name after a title may carry one too.
    if (titled && e.name?.kind === 'person' && commaAfter(ctx, e)) apposition = true;
    if (!apposition && !(e.cls & VERB_FILLER) && !titled) break;
  }
  return verblessTitled(ctx, els, from) ?? titledNoVerb(ctx, els, from);
}

/**
 * `,” shopkeeper and eyewitness Ana Ruiz told …`: "and" joins two lower-case words of a person's trades
 * before her name, the second a speaker's noun; both are her title, so the verb after the name is hers.
 */
function joinsTradeWords(ctx: AttributionContext, els: Element[], i: number): boolean {
  const prev = els[i - 1];
  const next = els[i + 1];
  if (els[i]!.lower !== 'and' || prev?.lower === undefined || next === undefined || prev.name || prev.cls & FUNCTION || !(next.cls & (ROLE_HEAD | PERSON_NOUN))) return false;
  if (!(classAt(ctx.text, prev.start) & LOWER) || !(classAt(ctx.text, next.start) & LOWER) || punctuatedBetween(ctx, prev.end, next.start)) return false;
  return els[i + 2]?.name?.kind === 'person';
}

/**
 * `“About 40 are dead,” district fire chief Tomas Varn in a call with the Ostra Herald.`: a quote closed by
 * a comma, then a title in lower case and a person's name, then a phrase of where or how he spoke or the
 * sentence's end, with no verb of speech anywhere in the sentence, is a tag that lost its verb; he speaks.
 */
function titledNoVerb(ctx: AttributionContext, els: Element[], from: number): number | null {
  let j = 0;
  while (j < MAX_TITLE_WORDS && els[j]?.lower !== undefined && !els[j]!.name && !(els[j]!.cls & (FUNCTION | REPORTING_VERB)) && classAt(ctx.text, els[j]!.start) & LOWER) j++;
  const name = els[j]?.name;
  if (j === 0 || name?.kind !== 'person' || !(els[j - 1]!.cls & (ROLE_HEAD | SPOKESNOUN | PERSON_NOUN)) || !commaClosed(ctx, from) || punctuatedBetween(ctx, from, name.start)) return null;
  const sent = rangeAt(ctx.sents, name.start);
  if (sent === undefined || (!SPOKEN_SETTINGS.has(els[j + 1]?.lower) && !/^\s*\.?$/.test(ctx.text.slice(name.end, sent.end)))) return null;
  return hasReportingVerb(elements(ctx, from, sent.end)) ? null : name.entity;
}

/** Words that open a phrase of where or how a tag's speaker spoke ("in a call", "on the radio"). */
export const SPOKEN_SETTINGS: ReadonlySet<string | undefined> = new Set(['in', 'on', 'during', 'at']);

/**
 * `,” state-run news agency Varn Press Agency said`, `,” exiled rights group Kelmor Watch said`: a few lower-case words
 * describing a body, the last a body's noun ("agency", "group"), right before its name and the verb of speech: the body
 * speaks. Its entity, or null.
 */
function describedBody(ctx: AttributionContext, els: Element[]): number | null {
  let j = 0;
  while (j < MAX_BODY_DESCRIPTION && els[j]?.lower !== undefined && !(els[j]!.cls & (FUNCTION | REPORTING_VERB)) && classAt(ctx.text, els[j]!.start) & LOWER) j++;
  const body = els[j]?.name;
  if (j === 0 || body === undefined || body.kind === 'person' || !SPEAKS.has(body.kind) || !(els[j - 1]!.cls & BODY_NOUN) || punctuatedBetween(ctx, els[0]!.end, body.start)) return null;
  // "Varn Press Agency [VPA] said": its short form in brackets may follow the name.
  const short = els[j + 1]?.name !== undefined && /^ [([]$/.test(ctx.text.slice(body.end, els[j + 1]!.start)) && /^[)\]]/.test(ctx.text.slice(els[j + 1]!.end, els[j + 1]!.end + 1));
  let v = short ? j + 2 : j + 1;
  while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
  return (els[v]?.cls ?? 0) & REPORTING_VERB && !punctuatedBetween(ctx, short ? els[j + 1]!.end + 1 : body.end, els[v]!.start) ? body.entity : null;
}

/** Most lower-case words describing a body before its name ("state-run news agency"). */
const MAX_BODY_DESCRIPTION = 4;

/**
 * `,” Pedro Almeida of Varnhall told reporters`: a person's name opening the tag, then "of" and the town or body he comes
 * from, then the verb of speech: he speaks. A place alone after "of" says nothing of whom a subject speaks for
 * (locatedVerb leaves it), but right after a quote it only says where the speaker is from. His entity, or null.
 */
function personOfPlace(ctx: AttributionContext, els: Element[]): number | null {
  const person = els[0]?.name;
  const place = els[2]?.name;
  if (person?.kind !== 'person' || els[1]?.lower !== 'of' || place === undefined || place.kind === 'person') return null;
  let v = 3;
  while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
  return (els[v]?.cls ?? 0) & REPORTING_VERB && !punctuatedBetween(ctx, person.end, els[v]!.start) ? person.entity : null;
}

/**
 * `,” the spokeswoman for the Kelmor fire service said on radio`: an unnamed spokesperson of a body named right after
 * "for" or "of", then the verb of speech: the body speaks, as after the verb (`,” said a spokesman for …`, voiceAfter).
 */
function spokespersonFor(ctx: AttributionContext, els: Element[]): number | null {
  const body = voiceAfter(ctx, els, 0);
  if (body === null) return null;
  let v = els[3]?.lower === 'the' ? 5 : 4;
  while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
  return (els[v]?.cls ?? 0) & REPORTING_VERB && !punctuatedBetween(ctx, els[v - 1]!.end, els[v]!.start) ? body : null;
}

/**
 * `,” according to the newspaper, which …`: "the" and a body's noun after "according to" stand for the
 * body last named or called so (definite), as they do as a tag's subject.
 */
function accordingDefinite(ctx: AttributionContext, els: Element[]): number | null {
  const noun = els[3];
  if (els[2]?.lower !== 'the' || noun?.lower === undefined || punctuatedBetween(ctx, els[2]!.end, noun.start)) return null;
  if (els[4] !== undefined && !punctuatedBetween(ctx, noun.end, els[4].start)) return null;
  return definite(ctx, els, 3) ?? (OUTLET_CUES.has(noun.lower) ? lastOutlet(ctx, noun.start) : null);
}

/** `the Ostra Herald reported … “…,” according to the newspaper`: the outlet last named a few sentences before `pos`, or null. */
function lastOutlet(ctx: AttributionContext, pos: number): number | null {
  const floor = ctx.sents[Math.max(0, firstFrom(ctx.sents, pos + 1) - 1 - TITLE_LOOKBACK)]!.start;
  for (let k = firstFrom(ctx.names, pos) - 1; k >= 0 && ctx.names[k]!.start >= floor; k--) if (ctx.names[k]!.kind === 'outlet') return ctx.names[k]!.entity;
  return null;
}

/**
 * `“We took 60 bodies out,” Tomas Varn, Deputy Head of the Kelmor council, where the blast struck.`: a
 * quote closed by a comma, then a person's name and the title a comma sets after it, with no verb of
 * speech in the rest of the sentence, is a tag that lost its verb; the person speaks.
 */
function verblessTitled(ctx: AttributionContext, els: Element[], from: number): number | null {
  const name = els[0]?.name;
  const title = els[describedTitleAt(ctx, els)];
  if (name?.kind !== 'person' || title?.lower === undefined || !(title.cls & (ROLE_HEAD | ROLE_MODIFIER | SPOKESNOUN | PERSON_NOUN)) || !commaClosed(ctx, from) || !commaAfter(ctx, els[0]!)) return null;
  const sent = rangeAt(ctx.sents, name.start);
  return sent !== undefined && !hasReportingVerb(elements(ctx, name.end, sent.end)) ? name.entity : null;
}

/**
 * `“…,” Tomas Varn, a ferry pilot in Kelmor town, …`: the title after the name may stand behind an article
 * and a word or two in lower case that say what kind ("a ferry pilot", "the night nurse"). Index of its noun:
 * the first of those words that is one, else 1.
 */
function describedTitleAt(ctx: AttributionContext, els: Element[]): number {
  if (!BARE_ARTICLES.has(els[1]?.lower ?? '')) return 1;
  for (let j = 2; j < 2 + MAX_MOOD_WORDS + 1 && els[j]?.lower !== undefined && !(els[j]!.cls & (FUNCTION | REPORTING_VERB)); j++) {
    if (punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start) || !(classAt(ctx.text, els[j]!.start) & LOWER)) return 1;
    if (els[j]!.cls & (ROLE_HEAD | SPOKESNOUN | PERSON_NOUN)) return j;
  }
  return 1;
}

/**
 * `,” said an emphatic President Varn`, `,” said a smiling Ana Ruiz`: after the verb at els[0], an
 * article and a word or two describing the speaker's mood stand before the person's name, maybe behind
 * a title; that person speaks. Null where anything else stands between ("said a close aide to President Varn").
 */
function describedTitled(ctx: AttributionContext, els: Element[]): number | null {
  if (!BARE_ARTICLES.has(els[1]?.lower ?? '')) return null;
  let j = 2;
  while (j < 2 + MAX_MOOD_WORDS && els[j]?.lower !== undefined && !(els[j]!.cls & (FUNCTION | REPORTING_VERB | ROLE_HEAD | ROLE_MODIFIER | PERSON_NOUN | SPOKESNOUN)) && (classAt(ctx.text, els[j]!.start) & LOWER) !== 0) j++;
  if (j === 2) return null;
  const title = j;
  while (j < title + MAX_TITLE_WORDS && els[j]?.lower !== undefined && els[j]!.cls & (ROLE_HEAD | ROLE_MODIFIER)) j++;
  const name = els[j]?.name;
  if (name?.kind !== 'person' || (j > title && !(els[j - 1]!.cls & ROLE_HEAD))) return null;
  for (let k = 2; k <= j; k++) if (punctuatedBetween(ctx, els[k - 1]!.end, els[k]!.start)) return null;
  return name.entity;
}

/**
 * `,” said Ostra Council President Ana Ruiz`, `,” said U.N. Secretary-General Ana Ruiz`: after the verb
 * at els[0], the body a title belongs to stands before that title and the person's name; the person speaks.
 */
function bodyTitled(ctx: AttributionContext, els: Element[]): number | null {
  const body = els[1]?.name;
  if (body === undefined || body.kind === 'person' || punctuatedBetween(ctx, els[0]!.end, els[1]!.start)) return null;
  // The body's initialism ends in its full stop ("U.N."), which the title words go on after.
  if (punctuatedBetween(ctx, els[1]!.end, els[2]?.start ?? els[1]!.end) && !initialismDot(ctx, els[1]!.end)) return null;
  let j = 2;
  // "said Ostra Customs Special Agent Ana Ruiz": a word that only qualifies an office is a title word too.
  // "said Kelmor Army spokesman Maj. Gen. Ana Ruiz": a rank written short is a title word, its full stop no break.
  while (j < 2 + MAX_TITLE_WORDS && els[j]?.lower !== undefined && (els[j]!.cls & (ROLE_HEAD | ROLE_MODIFIER) || OFFICE_QUALIFIERS.has(els[j]!.lower!) || isDottedTitle(ctx.text, els, j)) && (j === 2 || !punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start) || isDottedTitle(ctx.text, els, j - 1))) j++;
  // "said Ostra Customs Special Agent in Charge Ana Ruiz": "in Charge" closes the title.
  if (j > 2 && els[j - 1]!.cls & ROLE_HEAD && els[j]?.lower === 'in' && els[j + 1]?.lower === 'charge') j += 2;
  else if (!(els[j - 1]!.cls & ROLE_HEAD || isDottedTitle(ctx.text, els, j - 1)) || !els[j]?.name) return lowerTitled(ctx, els);
  const name = els[j]?.name;
  return j > 2 && name?.kind === 'person' && (!punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start) || isDottedTitle(ctx.text, els, j - 1)) ? name.entity : null;
}

/**
 * `,” said Kelmor Aid head Ana Ruiz`, `,” said Ostra Hill cemetery keeper Ana Ruiz`, `,” said KAF chief mission
 * Ana Ruiz` (a title that lost its "of"): after the body at els[1], a few words in lower case no list of titles
 * knows whole, right before a person's name, are her title, as a trade's words are after the verb alone
 * (titledAfterVerb). That person's entity, or null.
 */
function lowerTitled(ctx: AttributionContext, els: Element[]): number | null {
  let j = 2;
  let head = false;
  while (j < 2 + MAX_TITLE_WORDS && els[j]?.lower !== undefined && !(els[j]!.cls & (FUNCTION | REPORTING_VERB)) && classAt(ctx.text, els[j]!.start) & LOWER && !punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start)) {
    head ||= (els[j]!.cls & (ROLE_HEAD | SPOKESNOUN | PERSON_NOUN)) !== 0;
    j++;
  }
  // A full name of no known kind ("Lalo Verrin") after a title with a head ("chief") is someone's too.
  const name = els[j]?.name;
  return j > 2 && (name?.kind === 'person' || (head && name?.kind === 'other' && ctx.text.slice(name.start, name.end).includes(' '))) ? name!.entity : null;
}

/** Most words describing a speaker between the article and the title or name. */
const MAX_MOOD_WORDS = 2;

/** Most title words between those and the name ("Deputy Prime Minister"). */
const MAX_TITLE_WORDS = 3;

/** els[head] is a person's name, and a title (a speaker's noun or a title's head) set off by commas follows it right up to els[verb]. */
function titleApposition(ctx: AttributionContext, els: Element[], head: number, verb: number): boolean {
  if (els[head]!.name?.kind !== 'person' || !commaAfter(ctx, els[head]!) || !/^\s*,\s*$/.test(ctx.text.slice(els[verb - 1]!.end, els[verb]!.start))) return false;
  return els.slice(head + 1, verb).some((e) => (e.cls & (ROLE_HEAD | SPOKESNOUN)) !== 0);
}

/**
 * The subject of a passive "was quoted" whose auxiliaries end at els[aux], read from els[from]: the
 * last person named before them (after a title), else a pronoun opening the tag; null where neither is.
 */
function passiveQuoted(ctx: AttributionContext, els: Element[], from: number, aux: number): number | null {
  const j = beforeAuxiliaries(els, aux, from);
  const subject = els[j]!;
  if (subject.name) return subject.name.kind === 'person' ? subject.name.entity : null;
  return j === from && isPronoun(subject.lower) ? resolve(ctx, subject.start, subject.lower!) : null;
}

/**
 * `,” Chief of the Press Division of the Ostra Police Inspector General Ana Ruiz said`: a title in
 * capitals naming the bodies it belongs to, then a person's name and the reporting verb: the elements
 * from that name on (the person speaks, not a body of the title), else `els`.
 */
function skipBodyTitle(ctx: AttributionContext, els: Element[]): Element[] {
  // "Deputy Director of …": a word qualifying the title may open it.
  if (!(els[0] && els[0].cls & (ROLE_HEAD | ROLE_MODIFIER) && !els[0].name && classAt(ctx.text, els[0].start) & UPPER)) return els;
  let bodies = false;
  for (let j = 1; j < els.length && j <= MAX_BODY_TITLE; j++) {
    const e = els[j]!;
    if (punctuatedBetween(ctx, els[j - 1]!.end, e.start)) return els;
    if (e.name?.kind === 'person') {
      // A long title may push the verb past the words read after the quote: the words after the name are read on.
      const rest = j === els.length - 1 ? [...els, ...elements(ctx, e.end, e.end + VERB_REACH)] : els;
      let v = j + 1;
      while (v < rest.length && rest[v]!.cls & VERB_FILLER) v++;
      return bodies && (rest[v]?.cls ?? 0) & REPORTING_VERB && !punctuatedBetween(ctx, e.end, rest[v]!.start) ? rest.slice(j) : els;
    }
    if (e.name) bodies = true;
    else if (!(TITLE_LINKS.has(e.lower) || classAt(ctx.text, e.start) & UPPER || bodyWordAfterName(els, j))) return els;
  }
  return els;
}

/** Most words of a title naming its bodies before a person's name ("Chief of the Press Division of the Ostra Police Inspector General"). */
const MAX_BODY_TITLE = 14;

/** Characters after a person's name closing the words read after a quote in which its verb is looked for ("said", "told"). */
const VERB_REACH = 16;

/**
 * `,” Head of the Kelmor Council's Ostra and Varn office Ana Ruiz said`: a body's noun in lower case ("office", "mission")
 * right after a name in the title closes the body that name places; "and" between two names joins the places it serves.
 */
const bodyWordAfterName = (els: Element[], j: number): boolean =>
  els[j - 1]!.name !== undefined && ((els[j]!.cls & (ORG_HEAD | GOV_HEAD)) !== 0 || (els[j]!.lower === 'and' && els[j + 1]?.name !== undefined));

/**
 * `,” A. K. Varnsson, the minister, told reporters`: an initial "A." read as the article "a" right
 * before a person's name is the first of that name's initials; the name is what follows.
 */
function skipInitial(ctx: AttributionContext, els: Element[]): Element[] {
  const first = els[0];
  const name = els[1]?.name;
  if (first?.lower !== 'a' || first.end - first.start !== 1 || name?.kind !== 'person') return els;
  return /^\.\s$/.test(ctx.text.slice(first.end, name.start)) && classAt(ctx.text, first.start) & UPPER ? els.slice(1) : els;
}

/**
 * `,” Kelmor Radio quoted Mara Ruiz, who swam ashore, as saying.`: the one an active "X quoted Y … as saying" tag
 * quotes says the quote, after an apposition set off by commas; X only passes the words on (the passive "Y was
 * quoted by X as saying" is read in the tag's loop). Y may be a body, or a name of no known kind, for it speaks. Its entity, or null.
 */
function activeQuoted(ctx: AttributionContext, els: Element[]): number | null {
  let q = 1;
  while (q < els.length && q <= QUOTING_SUBJECT_WORDS && els[q]!.lower !== 'quoted') q++;
  const name = els[q + 1]?.name;
  if (name === undefined || !SPEAKS.has(name.kind) || els[q]?.lower !== 'quoted' || PASSIVE_AUXILIARIES.has(els[q - 1]!.lower ?? '') || punctuatedBetween(ctx, els[0]!.end, name.start)) return null;
  let k = q + 2;
  // The apposition after the name: a comma opens it, and one closes it right before "as saying".
  if (commaAfter(ctx, els[q + 1]!)) while (k < els.length && k <= q + 1 + APPOSITION_REACH && !(els[k]!.lower === 'as' && els[k + 1]?.lower === 'saying' && hasCharBetween(ctx, els[k - 1]!.end, els[k]!.start, COMMA))) k++;
  if (els[k]?.lower !== 'as' || els[k + 1]?.lower !== 'saying') return null;
  return endsSentenceBetween(ctx, name.end, els[k]!.start) ? null : name.entity;
}

/** Most words naming who quotes before "quoted" in a tag ("the Ostra Evening Herald quoted"). */
const QUOTING_SUBJECT_WORDS = 5;

/**
 * `,” Hartmann feared.`, `,” Ruiz pointed out.`: a quote cut by a comma, then a person (maybe behind a
 * plain title) and one past-tense verb closing the sentence, maybe with its particle, is that person's
 * words whatever the verb ("feared", "echoed", "chimed in").
 */
function closingVerb(ctx: AttributionContext, els: Element[], subject: number, close: number): boolean {
  const verb = els[subject + 1];
  if (els[subject]!.name?.kind !== 'person' || verb?.lower === undefined || verb.cls & FUNCTION || !verb.lower.endsWith('ed')) return false;
  const particle = els[subject + 2];
  const end = particle !== undefined && VERB_PARTICLES.has(particle.lower) && /^\s+$/.test(ctx.text.slice(verb.end, particle.start)) ? particle.end : verb.end;
  // `close` is just after the closing mark; the comma stands before it.
  return ctx.text.charCodeAt(close - 2) === COMMA && ctx.text.charCodeAt(end) === DOT;
}

/** Particles that close a phrasal verb of speech ("pointed out", "chimed in", "summed up", "shot back", "fired off"). */
const VERB_PARTICLES: ReadonlySet<string | undefined> = new Set(['out', 'in', 'up', 'back', 'off']);

/**
 * `,” fired off Ruiz.`, `,” shot back Varn.`: a quote cut by a comma, then a past-tense verb no list of
 * speech knows (maybe with its particle) and a person's name closing the sentence: the tag inverted,
 * the person speaks whatever the verb.
 */
function invertedVerb(ctx: AttributionContext, els: Element[], close: number): number | null {
  const verb = els[0]!;
  if (verb.lower === undefined || verb.cls & (FUNCTION | REPORTING_VERB) || !verb.lower.endsWith('ed') || !(classAt(ctx.text, verb.start) & LOWER)) return null;
  const k = VERB_PARTICLES.has(els[1]?.lower) ? 2 : 1;
  const name = els[k]?.name;
  // `!” cried Mara Kelso, 41, a neighbour`: an exclamation or a question cuts the quote as a comma does, and an
  // age or a description a comma sets after the name closes the tag too.
  const cut = ctx.text.charCodeAt(close - 2);
  if (name?.kind !== 'person' || (cut !== COMMA && cut !== BANG && cut !== QUERY) || (ctx.text.charCodeAt(name.end) !== DOT && ctx.text.charCodeAt(name.end) !== COMMA)) return null;
  return punctuatedBetween(ctx, verb.end, name.start) ? null : name.entity;
}

/**
 * `“The night the river rose” headlines the daily Kelmor Herald, …`: a paper's front page turned round after the words it
 * prints ("headlines", "titles"), then a word or two of what the paper is and its name: the paper says the words, as a
 * press review tells it. The outlet's entity, or null; a verb of speech is read elsewhere.
 */
function headlinedBy(ctx: AttributionContext, els: Element[]): number | null {
  if (!HEADLINES.has(els[0]!.lower)) return null;
  let j = BARE_ARTICLES.has(els[1]?.lower ?? '') ? 2 : 1;
  while (j < 1 + MAX_PAPER_WORDS && els[j]?.lower !== undefined && !(els[j]!.cls & FUNCTION) && classAt(ctx.text, els[j]!.start) & LOWER) j++;
  const paper = els[j]?.name;
  return paper?.kind === 'outlet' && !punctuatedBetween(ctx, els[0]!.end, paper.start) ? paper.entity : null;
}

/** Verbs of a paper printing words as its headline, turned round after them. */
const HEADLINES: ReadonlySet<string | undefined> = new Set(['headlines', 'headlined', 'titles', 'titled', 'splashes']);

/** Most words from the verb to the paper's name ("the daily", "the regional tabloid"). */
const MAX_PAPER_WORDS = 3;

const BANG = 33;
const QUERY = 63;

/** A comma, maybe with a closing mark after it, stands right before `from`. */
const commaClosed = (ctx: AttributionContext, from: number): boolean => /,[”"’']?$/.test(ctx.text.slice(Math.max(0, from - 2), from));

/** A comma follows the element, maybe after spaces or the full stop of its abbreviation ("Jr.,"): an apposition or a relative clause may open there. */
const commaAfter = (ctx: AttributionContext, e: Element): boolean => /^\.?\s*,/.test(ctx.text.slice(e.end, e.end + 3));

/**
 * The full stop at `end` closes an initialism ("U.S." in `,” U.S. military spokesman X said`) or an
 * abbreviation a comma follows ("Jr.," in `,” Tomas Berg Jr., an attorney, said`), not a sentence.
 */
const initialismDot = (ctx: AttributionContext, end: number): boolean =>
  ctx.text.charCodeAt(end) === DOT && ((ctx.text.charCodeAt(end - 2) === DOT && ctx.text.charCodeAt(end + 1) === 32) || ctx.text.charCodeAt(end + 1) === COMMA);

/**
 * `,” Tomas Varn, Mr. Kelmor’s trade envoy, said`: the full stop of a courtesy title at els[k] ("Mr.", "Ms.") right
 * before a name is the title's, not the end of the tag's sentence.
 */
const honorificDot = (ctx: AttributionContext, els: Element[], k: number): boolean =>
  els[k]!.lower !== undefined && HONORIFICS.has(els[k]!.lower!) && ctx.text.charCodeAt(els[k]!.end) === DOT && els[k + 1]?.name !== undefined && /^\.\s$/.test(ctx.text.slice(els[k]!.end, els[k + 1]!.start));

/**
 * `,” a senior leader of the Kelmor Union alliance of farm groups, Ana Ruiz, told reporters`: a
 * description of a role, then the person it describes set off by commas, then a reporting verb.
 */
function describedName(ctx: AttributionContext, els: Element[]): number | null {
  // An article opens the description of a role before the name it describes ("a senior leader of …, Ana Ruiz,").
  if (!BARE_ARTICLES.has(els[0]!.lower ?? '')) return null;
  let role = false;
  for (let j = 1; j < els.length && j <= APPOSITION_REACH; j++) {
    const e = els[j]!;
    if (endsSentenceBetween(ctx, els[j - 1]!.end, e.start)) return null;
    if (e.name?.kind === 'person' && /^,\s*$/.test(ctx.text.slice(els[j - 1]!.end, e.start))) {
      let v = j + 1;
      while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
      const closed = /^,\s*$/.test(ctx.text.slice(e.end, els[j + 1]?.start ?? e.end));
      return role && closed && ((els[v]?.cls ?? 0) & REPORTING_VERB) !== 0 ? e.name.entity : null;
    }
    if (e.cls & (ROLE_HEAD | PERSON_NOUN | SPOKESNOUN)) role = true;
  }
  return null;
}

/**
 * `,” said Ostra's chief engineer, Dr. Tomas Varn.`, `,” regional police official, Tomas Varn, said`,
 * `,” the Kelmor Front’s operations spokesman, Sheikh Tomas Varn, said`: a title in lower case (maybe
 * behind "the" or the body owning it) set off by a comma before a person's name is that person's; the
 * person speaks, not the body. After the verb the name ends the tag (a comma or full stop after it);
 * before it, a comma after the name leads to the verb.
 */
function titleCommaName(ctx: AttributionContext, els: Element[]): number | null {
  const verbFirst = (els[0]!.cls & REPORTING_VERB) !== 0;
  let j = verbFirst ? 1 : 0;
  j += titleOwner(ctx, els, j);
  const title = j;
  while (j < title + PLAIN_TITLE_WORDS && els[j]?.lower !== undefined && !(els[j]!.cls & (FUNCTION | REPORTING_VERB)) && (j === title || !punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start))) j++;
  if (j === title || !(els[j - 1]!.cls & (ROLE_HEAD | SPOKESNOUN | PERSON_NOUN)) || !/^\s*,\s*$/.test(ctx.text.slice(els[j - 1]!.end, els[j]?.start ?? 0))) return null;
  // A courtesy title before the name ("Dr.", "Sheikh").
  while (j < els.length && !els[j]!.name && els[j]!.cls & ROLE_HEAD && classAt(ctx.text, els[j]!.start) & UPPER) j++;
  const name = els[j]?.name;
  if (name?.kind !== 'person') return null;
  const rest = ctx.text.slice(name.end, name.end + 2);
  if (verbFirst) return j === els.length - 1 || /^\s*[,.]/.test(rest) ? name.entity : null;
  let v = j + 1;
  while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
  return commaAfter(ctx, els[j]!) && (els[v]?.cls ?? 0) & REPORTING_VERB ? name.entity : null;
}

/** How many elements from els[j] name who owns a title after them: "the", or a body with "'s" ("al Kelmor’s"), else 0. */
function titleOwner(ctx: AttributionContext, els: Element[], j: number): number {
  if (BARE_ARTICLES.has(els[j]?.lower ?? '')) return 1;
  if (els[j]?.name && possessed(ctx, els[j]!)) return 1;
  return els[j]?.cls && els[j]!.cls & CONNECTOR && els[j + 1]?.name && possessed(ctx, els[j + 1]!) ? 2 : 0;
}

/**
 * `,” Ana Ruiz the District Commissioner for Kelmor told reporters`: a name, then its title after "the"
 * with no comma between (maybe with the place it serves), then the reporting verb: the name speaks.
 */
function bareApposition(ctx: AttributionContext, els: Element[]): number | null {
  const name = els[0]!.name;
  if ((name?.kind !== 'person' && name?.kind !== 'other') || els[1]?.lower !== 'the') return null;
  let j = 2;
  let head = false;
  for (; j < 2 + MAX_TITLE_WORDS && els[j]?.lower !== undefined && !(els[j]!.cls & (FUNCTION | REPORTING_VERB)); j++) head ||= (els[j]!.cls & (ROLE_HEAD | SPOKESNOUN)) !== 0;
  if (!head) return null;
  if (SERVED.has(els[j]?.lower) && els[j + 1]?.name) j += 2;
  while (j < els.length && els[j]!.cls & VERB_FILLER) j++;
  const verb = els[j];
  return verb !== undefined && verb.cls & REPORTING_VERB && !punctuatedBetween(ctx, els[0]!.end, verb.start) ? name.entity : null;
}

/** Words tying a title to the place or body it serves ("Commissioner for Kelmor"). */
const SERVED: ReadonlySet<string | undefined> = new Set(['for', 'of', 'in']);

/**
 * `,” ruling party deputy Ana Ruiz told reporters after …`, `,” Port chaplain T.J. Ruiz said`: words
 * of a title no list knows, with no function word or punctuation among them, right before a
 * person's name whose reporting verb follows, are that person's title; the person speaks.
 */
function plainTitled(ctx: AttributionContext, els: Element[]): number | null {
  const j = titledPerson(ctx, els);
  const person = els[j]?.name;
  if (j === 0 || person?.kind !== 'person') return null;
  let v = j + 1;
  while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
  return (els[v]?.cls ?? 0) & REPORTING_VERB && !punctuatedBetween(ctx, person.end, els[v]!.start) ? person.entity : null;
}

/**
 * `,” flood risk engineer Ana Ruiz, one of the authors of the survey, told Kelmor Radio`: a few plain title words, a person's
 * name, and an apposition set off by commas right up to the verb of speech: the name speaks, as with no apposition
 * (plainTitled). Why: the words between name and verb cut the tag, and the quote went to no one.
 */
function apposedTitled(ctx: AttributionContext, els: Element[]): number | null {
  const j = titledPerson(ctx, els);
  const person = els[j]?.name;
  if (j === 0 || person?.kind !== 'person' || !commaAfter(ctx, els[j]!)) return null;
  for (let k = j + 2; k < els.length && k <= j + APPOSITION_REACH; k++) {
    const e = els[k]!;
    if (e.name?.kind === 'person' || endsSentenceBetween(ctx, els[k - 1]!.end, e.start)) return null;
    if (!hasCharBetween(ctx, els[k - 1]!.end, e.start, COMMA)) continue;
    let v = k;
    while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
    return (els[v]?.cls ?? 0) & REPORTING_VERB && !punctuatedBetween(ctx, e.start, els[v]!.start) ? person.entity : null;
  }
  return null;
}

/**
 * `,” local port head Ana Ruiz was quoted by Kelmor Radio as saying`: after a few plain title words, the one a
 * passive "quoted … as saying" quotes says the quote, as with a verb of speech; a name of unknown kind too, for
 * the title says someone holds it.
 */
function quotedTitled(ctx: AttributionContext, els: Element[]): number | null {
  let j = 0;
  while (j < PLAIN_TITLE_WORDS && titleWord(els, j) && !punctuatedBetween(ctx, els[j]!.end, els[j + 1]?.start ?? els[j]!.end)) j++;
  const name = els[j]?.name;
  if (j === 0 || name === undefined || !SPEAKS.has(name.kind)) return null;
  let v = j + 1;
  while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
  return quotedPassive(els, v) && !punctuatedBetween(ctx, name.end, els[v]!.start) ? name.entity : null;
}

/**
 * `Some reports put the toll at 90, but Ana Ruiz, a fisher who swam ashore, was quoted by Kelmor Radio as saying, “…”`:
 * the person a passive "was quoted … as saying" right before the quote passes on says it, after the apposition set
 * off by commas that describes them; the outlet only quotes, and the clause before is someone else's.
 */
function quotedBeforeQuote(ctx: AttributionContext, els: Element[], open: number): number | null {
  const n = els.length;
  if (els[n - 1]?.lower !== 'saying' || els[n - 2]?.lower !== 'as' || !/^\s*[,:]?\s*$/.test(ctx.text.slice(els[n - 1]!.end, open))) return null;
  let i = n - 3;
  while (i > 0 && n - i <= QUOTED_BY_REACH && !quotedPassive(els, i)) i--;
  if (!quotedPassive(els, i)) return null;
  const j = beforeAuxiliaries(els, i - 1, 0);
  if (els[j]?.name) return els[j]!.name!.kind === 'person' ? els[j]!.name!.entity : null;
  // The apposition closes with a comma before the auxiliary, and opens with one after the name.
  if (!hasCharBetween(ctx, els[j]!.end, els[j + 1]!.start, COMMA)) return null;
  for (let k = j - 1; k >= 0 && j - k <= APPOSITION_REACH; k--) {
    const name = els[k]!.name;
    // A name of unknown kind too: the apposition describes someone ("a migrant who …").
    if (name) return (name.kind === 'person' || name.kind === 'other') && hasCharBetween(ctx, name.end, els[k + 1]!.start, COMMA) ? name.entity : null;
  }
  return null;
}

/** Most words from "quoted" back from the "as saying" before a quote ("quoted by the Ostra Evening Herald as saying"). */
const QUOTED_BY_REACH = 10;

/** "was quoted … as saying", "was cited as saying" at els[i]: a passive that passes on the subject's words. */
const quotedPassive = (els: Element[], i: number): boolean =>
  (els[i]?.lower === 'quoted' || els[i]?.lower === 'cited') && PASSIVE_AUXILIARIES.has(els[i - 1]?.lower ?? '') && quotedAsSaying(els, i);

/**
 * Index of the person's name after a few plain title words opening `els` ("ruling party deputy Ana
 * Ruiz"), or 0; a name other than a person's may open the title before a word ("Ostra East MP Ana Ruiz").
 */
function titledPerson(ctx: AttributionContext, els: Element[]): number {
  // `,” Ostra Centre for Rural Studies (OCRS) researcher Ana Ruiz told …`: the body's bracketed short form goes with it.
  const body = els[0]?.name;
  const short = body !== undefined && body.kind !== 'person' && els[1]?.name !== undefined && shortFormAfter(ctx.text, body.end, els[1]!) && els[2]?.lower !== undefined ? 2 : 0;
  let j = short;
  while (j < short + PLAIN_TITLE_WORDS && titleWord(els, j) && !punctuatedBetween(ctx, els[j]!.end, els[j + 1]?.start ?? els[j]!.end)) j++;
  return els[j]?.name?.kind === 'person' ? j : 0;
}

function titleWord(els: Element[], j: number): boolean {
  const e = els[j];
  if (e?.name) return j === 0 && e.name.kind !== 'person' && els[j + 1]?.lower !== undefined;
  return e !== undefined && !(e.cls & (FUNCTION | REPORTING_VERB));
}

/** Most words of a title before a name after a quote ("governing party lawmaker"). */
const PLAIN_TITLE_WORDS = 4;

/** Elements of a phrase opening with a preposition and closed by a comma within LEADING_REACH words, or 0. */
function leadingPhrase(ctx: AttributionContext, els: Element[]): number {
  const first = els[0]!;
  if (first.lower === undefined || first.lower === 'the' || isPronoun(first.lower) || !(first.cls & FUNCTION)) return 0;
  for (let j = 1; j < els.length && j <= LEADING_REACH; j++) {
    // "he said, calling on …" is the attribution itself, not a phrase before it.
    if (els[j - 1]!.name || els[j - 1]!.cls & REPORTING_VERB) return 0;
    const gap = ctx.text.slice(els[j - 1]!.end, els[j]!.start);
    if (gap.includes(',')) return /^,\s+$/.test(gap) ? j : 0;
    if (punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start)) return 0;
  }
  return 0;
}

/**
 * Where the subject after a quote ends: `,” the Office for National Statistics said`, `,” the
 * region’s Housing Minister Tomas Varga said` and `,” the minister said` open with "the" and a few
 * nouns and names before the verb, whose subject is read as after any name. Index 0 when the words
 * after the quote do not open so; a function word ("the MP for Kent said") means the name there is
 * not the subject.
 */
function definiteSubject(ctx: AttributionContext, els: Element[]): number {
  const first = els[0]!.lower;
  if (first !== 'the' && first !== 'a' && first !== 'an') return 0;
  for (let j = 1; j < els.length && j <= DEFINITE_REACH; j++) {
    const e = els[j]!;
    if (e.cls & REPORTING_VERB) return punctuatedBetween(ctx, els[0]!.end, e.start) ? 0 : j - 1;
    if (e.cls & FUNCTION) return 0;
  }
  return 0;
}

/** Texts whose issuer a sentence before may name ("the report said" after "In a new report, Ostra Watch said …"). */
const NAMED_ISSUED_TEXTS: ReadonlySet<string> = new Set([...ISSUED_TEXTS, 'report']);

/**
 * The verb of the issued text at els[1] follows it (els[2]), or follows when it was issued (`,” the report
 * released on Monday said`): a participle of issuing and a word or two of time, with no punctuation.
 */
function textVerb(ctx: AttributionContext, els: Element[]): boolean {
  if ((els[2]?.cls ?? 0) & REPORTING_VERB) return true;
  if (!ISSUING_PARTICIPLES.has(els[2]?.lower)) return false;
  for (let v = 3; v < els.length && v <= 5; v++) {
    if (punctuatedBetween(ctx, els[v - 1]!.end, els[v]!.start) || els[v]!.name) return false;
    if (els[v]!.cls & REPORTING_VERB) return true;
  }
  return false;
}
const ISSUING_PARTICIPLES: ReadonlySet<string | undefined> = new Set(['issued', 'released', 'published']);

/**
 * "An assessment by the Ostra Intelligence Service …", "Ostra Intelligence’s assessment …": the body a
 * sentence before `pos` names as the issuer of the text `noun`, a few sentences back; null where none does.
 * So is the body reporting a sentence that opens with "in" the text ("In a new report, Ostra Watch said …").
 */
function issuerOf(ctx: AttributionContext, noun: string, pos: number): number | null {
  const at = firstFrom(ctx.sents, pos + 1) - 1;
  for (let i = at - 1; i >= 0 && i >= at - ISSUER_LOOKBACK; i--) {
    const els = sentenceElements(ctx, i);
    for (let k = 0; k < els.length; k++) {
      if (els[k]!.lower !== noun) continue;
      const by = els[k + 1]?.lower === 'by' || els[k + 1]?.lower === 'from' ? (els[k + 2]?.lower === 'the' ? k + 3 : k + 2) : -1;
      const issuer = by > 0 ? els[by]?.name : possessorOf(ctx, els, k);
      if (issuer && SPEAKS.has(issuer.kind) && issuer.kind !== 'person') return issuer.entity;
      const reporting = inText(els, k) ? sourceOfSentence(ctx, i) : null;
      if (reporting !== null && !ctx.people.has(reporting)) return reporting;
    }
  }
  return null;
}

/** The noun at els[k] stands in a phrase opening its sentence with "in" ("But in a sharply worded report called …"), a few words before it. */
function inText(els: Element[], k: number): boolean {
  const at = COORDINATORS.has(els[0]?.lower) ? 1 : 0;
  return els[at]?.lower === 'in' && k - at <= IN_TEXT_WORDS && els.slice(at + 1, k).every((e) => e.lower !== undefined);
}
/** Most words from "in" to the text's noun ("in a new scathing report"). */
const IN_TEXT_WORDS = 4;

/** "Ostra Intelligence’s assessment": the name owning the noun at els[k], maybe across a word or two of description; undefined where none does. */
function possessorOf(ctx: AttributionContext, els: Element[], k: number): Element['name'] | undefined {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const e = els[j]!;
    if (e.name) return possessed(ctx, e) ? e.name : undefined;
    if (e.cls & FUNCTION || punctuatedBetween(ctx, e.end, els[j + 1]!.start)) return undefined;
  }
  return undefined;
}

/** The source of the nearest sentence before the one holding `pos` that has one, a few sentences back. */
function lastSource(ctx: AttributionContext, pos: number): number | null {
  const at = firstFrom(ctx.sents, pos + 1) - 1;
  for (let i = at - 1; i >= 0 && i >= at - ISSUER_LOOKBACK; i--) {
    const found = sourceOfSentence(ctx, i);
    if (found !== null) return found;
  }
  return null;
}

/** How much text after a closing mark may hold its attribution ("," says Griffin). */
export const AFTER_WINDOW = 100;

/** How much text before an opening mark may hold its attribution; also bounds work on garbage input. */
const BEFORE_WINDOW = 400;

/** How many words may stand between "the" and the name or verb after a quote ("the region’s Housing Minister …"). */
const DEFINITE_REACH = 6;

/** Words before a reporting verb after a quote: a name and its apposition. */
const AFTER_REACH = 20;

/** How many words a phrase before the subject after a quote may have ("in both states"). */
const LEADING_REACH = 4;

/** How many sentences back "the statement" looks for its issuer. */
const ISSUER_LOOKBACK = 3;

const COLON = 58;

/**
 * `A leaked Kelmor army assessment, seen by reporters, puts the toll in the “lower part of the range.”`: quoted words in a
 * sentence an issued text opens as its subject (maybe past an aside set off by commas) are the text's, whatever its verb
 * ("estimates", "puts"), for a text speaks through whatever it says. The reporter is the text as the article describes it.
 */
export function issuedTextSubject(ctx: AttributionContext, i: number, open: number): Reporter | null {
  const els = sentenceElements(ctx, i);
  if (!DETERMINERS.has(els[0]?.lower ?? '')) return null;
  let head = 1;
  while (head < els.length && head <= ISSUED_SUBJECT_WORDS && !ISSUED_TEXTS.has(els[head]!.lower ?? '')) {
    if (punctuatedBetween(ctx, els[head - 1]!.end, els[head]!.start)) return null;
    head++;
  }
  if (!ISSUED_TEXTS.has(els[head]?.lower ?? '') || punctuatedBetween(ctx, els[head - 1]!.end, els[head]!.start)) return null;
  let v = head + 1;
  if (v < els.length && hasCharBetween(ctx, els[head]!.end, els[v]!.start, COMMA)) {
    for (v = head + 2; v < els.length && !hasCharBetween(ctx, els[v - 1]!.end, els[v]!.start, COMMA); v++);
  }
  const verb = els[v];
  if (verb?.lower === undefined || verb.cls & FUNCTION || verb.end > open || !/^[a-z]+(?:s|ed)$/.test(verb.lower)) return null;
  return reporter(ctx, els, 0, head, ctx.sents[i]!.end);
}
/** Most words between a determiner and the noun of an issued text ("an unclassified Kelmor intelligence assessment"). */
const ISSUED_SUBJECT_WORDS = 5;

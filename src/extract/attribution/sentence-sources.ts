/** The source of a sentence: the reporting verb it reads first and the subject or object that verb names; the entry the other concerns ask about sentences. */
import { COMMA } from '../chars';
import { type AttributionContext, type Element, hasCharBetween, MAX_SENTENCE, possessed, punctuatedBetween, quoteClosesBefore, sentenceElements } from './context';
import { accordingAt, ACCORDING_REACH, ADDED, APPOSITION_REACH, ARTICLES, beforeAuxiliaries, BODY_NOUN, closesQuotedAsSaying, CONCESSIVE, COORDINATORS, COUNT_RELEASES, hasCount, isCount, isPronoun, isSpeakerNoun, isTally, ISSUED_VERBS, PASSIVE_AUXILIARIES, TALLY_VERBS, PLURAL_NOUN_VERBS, singularClass, SPEAKS, STUDY_NOUNS } from './words';
import { asideSpeaker } from './aside-subjects';
import { deniedReportsNoun, quotedAs } from './clause-sources';
import { byInitials, byRole, definite } from './definite-references';
import { PURPOSE_REPORTING_VERBS } from '../lexicon';
import { AGENT_PARTICIPLES, forecaster, recordKeeper } from './figure-owners';
import { closingIt, resolve, resolveIt } from './pronouns';
import { placedBody } from './placed-bodies';
import { studyFinding, studyOutcome } from './study-findings';
import { appositivePerson, inQuotationMarks, personAfterLowerTitle, personAfterPossessedTitle, personAfterTitle, skipTitle, titledPerson, titledVoice, titleOpening } from './titled-people';
import { sharedSubject, subjectBefore } from './verb-subjects';
import { reporter, type Reporter, unnamedReporter } from './unnamed-reporters';
import { isDottedTitle } from '../names/dotted-titles';
import { DEMONYM, FUNCTION, MONTH, PERSON_NOUN, REPORTING_PARTICIPLE, REPORTING_VERB, ROLE_HEAD, SPOKESNOUN, VERB_FILLER, WEEKDAY } from '../wordclass';
import { TALLY_TIMES } from './speaker-tallies';
import { citedReports, CITING } from './cited-reports';
import { continuedAfterTag } from './tag-continuations';
import { signerOfText } from './statement-authors';

/** Source of the information of sentence `i`: "according to X", "X reported that", "…, X said". */
export function sourceOfSentence(ctx: AttributionContext, i: number): number | null {
  const known = ctx.sources[i];
  if (known !== undefined) return known;
  const s = ctx.sents[i]!;
  ctx.sources[i] = null;
  const els = s.end - s.start > MAX_SENTENCE ? null : sentenceElements(ctx, i);
  const added = els ? addedByIt(ctx, els) : undefined;
  const found = added !== undefined ? added : els && (signerOfText(ctx, els) ?? asideSpeaker(ctx, els) ?? quotedCloser(ctx, els) ?? sourceOf(ctx, els, 'first') ?? studyFinding(ctx, els) ?? forecaster(ctx, els) ?? recordKeeper(ctx, els) ?? dataFrom(ctx, els) ?? dataShown(ctx, els) ?? tallyMover(ctx, els, i) ?? continuedReport(ctx, els, i) ?? studyOutcome(ctx, i) ?? placedBody(ctx, els));
  ctx.sources[i] = found;
  return found;
}

/**
 * "Police found 40 rifles in the cells, it added.": a sentence closed by "it" and "added" after a comma goes on with what
 * the speaker before said; the verbs it tells of ("found") report nothing. That speaker's entity, null where it is not named
 * (and so for none but such a sentence: undefined would let the sentence's own verbs speak).
 */
function addedByIt(ctx: AttributionContext, els: Element[]): number | null | undefined {
  const k = closingIt(ctx, els);
  return k >= 0 && ADDED.has(els[k + 1]!.lower) ? resolveIt(ctx, els[k]!.start, true) : undefined;
}

/**
 * "Data from the Varn Interior Ministry raised the count of dead by 12 to 640": a sentence whose subject is the
 * data of a named body gives that body's figures, whatever its verb does with them. The body's entity, or null.
 */
function dataFrom(ctx: AttributionContext, els: Element[]): number | null {
  const noun = els[0]?.lower === 'the' ? 1 : 0;
  if (!DATA_NOUNS.has(els[noun]?.lower) || els[noun + 1]?.lower !== 'from') return null;
  // "from Varn's Health Ministry": the owner named before the body is not its source.
  let at = els[noun + 2]?.lower === 'the' ? noun + 3 : noun + 2;
  const owner = els[at];
  if (owner?.name && possessed(ctx, owner) && els[at + 1]?.name) at++;
  // "Data from two Varn sources", "figures from Kelmor officials": the people giving them are the body's, described, not the body.
  const body = els[at]?.name;
  const next = els[at + 1];
  if (!body || !SPEAKS.has(body.kind) || (next?.lower !== undefined && isSpeakerNoun(next.lower) && !punctuatedBetween(ctx, els[at]!.end, next.start))) return null;
  return body.entity;
}

/**
 * "Bread prices climbed 4 per cent in May, data by the Varn Statistics Office has shown": a closing tag of a body's data and a
 * verb of showing, after a comma, gives the sentence to that body, as "the bureau said" does. Its entity, or null.
 */
function dataShown(ctx: AttributionContext, els: Element[]): number | null {
  let v = els.length - 1;
  if (!SHOWING.has(els[v]?.lower)) return null;
  while (v > 0 && els[v - 1]!.cls & VERB_FILLER) v--;
  const body = els[v - 1];
  const name = body?.name;
  if (!name || !SPEAKS.has(name.kind) || punctuatedBetween(ctx, body.end, els[v]!.start)) return null;
  const by = els[v - 2]?.lower === 'the' ? v - 3 : v - 2;
  const noun = els[by - 1];
  if ((els[by]?.lower !== 'by' && els[by]?.lower !== 'from') || !DATA_NOUNS.has(noun?.lower) || by < 2 || !hasCharBetween(ctx, els[by - 2]!.end, noun!.start, COMMA)) return null;
  return name.entity;
}

/** Verbs of what data shows ("data by X has shown"). */
const SHOWING: ReadonlySet<string | undefined> = new Set(['show', 'shows', 'showed', 'shown']);

/** Nouns of data that a source gives. */
const DATA_NOUNS: ReadonlySet<string | undefined> = new Set(['data', 'figures', 'statistics', 'numbers']);

/**
 * "The ministry's decision raised the toll to 412", "This brought to 40 the number of dead": a sentence whose subject is a
 * body's act (the body's possessive before the act's noun, or "this" standing for the act the sentence before told) and
 * whose verb moves a tally to a count gives that count as the body's, which the sentence does not name as a speaker: the body
 * named or meant by its noun, or the source of the sentence before, in its paragraph or the one before. Null otherwise.
 */
function tallyMover(ctx: AttributionContext, els: Element[], i: number): number | null {
  let v: number;
  let owner: () => number | null;
  if (els[0]?.lower === 'this') {
    v = 1;
    const before = ctx.sents[i - 1];
    owner = () => (before && before.para >= ctx.sents[i]!.para - 1 ? sourceOfSentence(ctx, i - 1) : null);
  } else {
    const at = els[0]?.lower === 'the' ? 1 : 0;
    const body = els[at];
    if (!body || !possessed(ctx, body) || !ACT_NOUNS.has(els[at + 1]?.lower)) return null;
    v = at + 2;
    owner = () => (body.name ? (SPEAKS.has(body.name.kind) ? body.name.entity : null) : at === 1 && body.cls & BODY_NOUN ? definite(ctx, els, at) : null);
  }
  while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
  if (!MOVING_VERBS.has(els[v]?.lower)) return null;
  for (let k = v + 1; k < els.length - 1 && k <= v + MOVED_REACH; k++) {
    if (punctuatedBetween(ctx, els[k - 1]!.end, els[k]!.start)) return null;
    if (els[k]!.lower === 'to' && isCount(els[k + 1])) return owner();
  }
  return null;
}

/**
 * "Vell said 1,020 had died. In addition, there were 640 people hurt.": a sentence opening with a word that adds to
 * what was told ("In addition,", "Moreover,"), with no speaker of its own, named or not, goes on with the report of the
 * sentence before in its paragraph; that sentence's source, or null.
 */
function continuedReport(ctx: AttributionContext, els: Element[], i: number): number | null {
  const opener = els[0]?.lower === 'in' && els[1]?.lower === 'addition' ? 1 : ADDING.has(els[0]?.lower) ? 0 : -1;
  if (opener < 0) return countPartAfterTag(ctx, els, i) ?? partOfThem(ctx, els, i) ?? continuedAfterTag(ctx, els, i);
  const next = els[opener + 1];
  const before = ctx.sents[i - 1];
  if (opener < 0 || !next || !/^,\s*$/.test(ctx.text.slice(els[opener]!.end, next.start)) || !before || before.para !== ctx.sents[i]!.para) return null;
  if (unnamedReporter(ctx, i) !== null) return null;
  return sourceOfSentence(ctx, i - 1);
}

/**
 * "A total of 52 people were hurt, the Varn Courier said. Nine were in critical condition …": a sentence whose subject is a
 * bare count ("Nine were", "Four of them remain") breaks down the count of the sentence before in its paragraph, which a
 * closing tag gives to a source; with no speaker of its own it goes on with that report. That source, or null.
 */
function countPartAfterTag(ctx: AttributionContext, els: Element[], i: number): number | null {
  const verb = els[1]?.lower === 'of' && els[2]?.lower === 'them' ? 3 : 1;
  const before = ctx.sents[i - 1];
  if (!isCount(els[0]) || !PART_VERBS.has(els[verb]?.lower) || !before || before.para !== ctx.sents[i]!.para) return null;
  const prev = sentenceElements(ctx, i - 1);
  const tag = prev[prev.length - 1];
  if (!tag || !(tag.cls & REPORTING_VERB) || !hasCount(prev, 0) || unnamedReporter(ctx, i) !== null) return null;
  return sourceOfSentence(ctx, i - 1);
}

/**
 * "The clinic reported that 40 patients were admitted. Six of them died and 12 went home.": a sentence opening with a count
 * "of them" breaks down the count of the sentence before in its paragraph, whoever reports that one and whatever its verb; with
 * no speaker of its own it goes on with that report. That sentence's source, or null.
 */
function partOfThem(ctx: AttributionContext, els: Element[], i: number): number | null {
  const before = ctx.sents[i - 1];
  if (!isCount(els[0]) || els[1]?.lower !== 'of' || els[2]?.lower !== 'them' || !before || before.para !== ctx.sents[i]!.para) return null;
  if (!hasCount(sentenceElements(ctx, i - 1), 0) || unnamedReporter(ctx, i) !== null) return null;
  return sourceOfSentence(ctx, i - 1);
}

/** Verbs after a count that is a part of the one told before ("Nine were …", "Four of them remain …"). */
const PART_VERBS: ReadonlySet<string | undefined> = new Set(['were', 'was', 'are', 'is', 'remain', 'remained', 'remains']);

/** Words opening a sentence that adds to the one before ("Moreover, …"); "In addition" is read apart. */
const ADDING: ReadonlySet<string | undefined> = new Set(['moreover', 'furthermore', 'additionally', 'also']);

/** Nouns of a body's act or word that moves a tally ("the ministry's action", "the council's update"). */
const ACT_NOUNS: ReadonlySet<string | undefined> = new Set(['action', 'decision', 'announcement', 'move', 'update', 'revision', 'declaration', 'report', 'figures', 'count', 'tally']);

/** Verbs of moving a tally to a new count ("brought the toll to 40"). */
const MOVING_VERBS: ReadonlySet<string | undefined> = new Set(['brought', 'brings', 'raised', 'raises', 'pushed', 'pushes', 'took', 'takes', 'lifted', 'lifts', 'put', 'puts']);

/** Words from the verb to the "to" before the count ("took the count of dead in the two valleys to"). */
const MOVED_REACH = 10;

/**
 * Finite reporting verbs take the name just before them ("Molina writes that"); participles take
 * the subject of the main clause, its first person ("Griffin has made a request, saying …").
 * Quotes look at the verb nearest to them, sentences at the first one.
 */
export function sourceOf(ctx: AttributionContext, els: Element[], order: 'first' | 'last'): number | null {
  const last = els.length - 1;
  for (let n = 0; n <= last; n++) {
    const i = order === 'first' ? n : last - n;
    const e = els[i]!;
    // "The Courier was able to confirm 9 deaths": what the subject could confirm, it reports.
    if (order === 'first' && ableToConfirm(els, i)) {
      const found = subjectBefore(ctx, [...els.slice(0, i - 3), ...els.slice(i)], i - 3);
      if (found !== null) return found;
    }
    // Most words are none of the words a rule below starts from: one lookup passes them by.
    if (e.lower === undefined || (!(e.cls & (REPORTING_VERB | REPORTING_PARTICIPLE)) && !SOURCE_CUES.has(e.lower))) continue;
    let found: number | null = null;
    if (accordingAt(els, i)) found = relaysTag(ctx, els, i) ? null : nameWithin(ctx, els, i + 2, ACCORDING_REACH) ?? recordOwner(ctx, els, i + 2);
    else if (AGENT_PARTICIPLES.has(e.lower) && (found = passiveAgent(ctx, els, i)) !== null) return found;
    // "A tweet from Ruiz's account said: …": the one who issues a statement or a post speaks in it.
    else if (ISSUED_BY.has(e.lower) && (els[i + 1]?.lower === 'from' || els[i + 1]?.lower === 'by')) found = nameWithin(ctx, els, i + 2, 3);
    else if (ISSUED_BY.has(e.lower) && issuedAt(els, i) > 0) found = subjectBefore(ctx, els, issuedAt(els, i));
    // "…, with the latest survey by the Kelmor Institute, predicting that …": a study's author says what
    // it finds; so does a sentence opening with "The survey" after it, whatever its verb ("puts X at 51.7 per cent").
    else if (STUDY_NOUNS.has(e.lower) && (found = studyAuthor(els, i) ?? (i === 1 && els[0]!.lower === 'the' ? definite(ctx, els, i) : null)) !== null) return found;
    // "The Kelmor police put the figure at 60,000 while …": a tally opening a sentence reports it too.
    else if ((e.cls & REPORTING_VERB && !calledTo(els, i) && !phrasalUp(els, i) && !pluralAfterPair(els, i) && !deniedReportsNoun(els, i) && !(order === 'first' && lateSubordinate(ctx, els, i))) || (order === 'first' && (isTally(els, i) || keptCount(els, i) || publishedThat(els, i) || pairReports(ctx, els, i)))) {
      const after = definiteAfter(ctx, els, i);
      if (after > 0) found = invertedSubject(ctx, els, i) ?? definite(ctx, els, after);
      else found = invertsToNoun(ctx, els, i) ? null : closingSpeaker(ctx, els, i) ?? subjectBefore(ctx, els, i) ?? invertedSubject(ctx, els, i) ?? sharedSubject(els, i);
      // "The health ministry in Ostra said 26 died, while the Kelmor army said …": the sentence's
      // first speaker is one it does not name, and a later verb joined to it reports only its own
      // clause. A verb the first one reports ("said it was checking Red Crescent reports that …"),
      // an "according to X" or a verb closing the sentence ("…, the Kelmor Times found.") still names
      // the source.
      // "…, authorities said, warning the toll could rise": the participle after it is theirs too, not
      // the first name's of the sentence.
      // "Farm unions estimated that 40,000 tractors came, according to figures in the Kelmor Gazette": a tag closing
      // the sentence only passes on what its own unnamed subject reports; that subject is the source.
      // So is an opening "it" that stands for a body the text does not name ("It put the toll at 31, Halden Press said").
      if (found === null && order === 'first' && (unnamedBefore(ctx, els, i) || (i === 1 && els[0]!.lower === 'it')) && (coordinatedReport(els, i) || participleNext(els, i) || relayCloses(ctx, els, i))) return null;
      found ??= purposeSpeaker(ctx, els, i);
      // "…, the Varn Times writes citing Kelmor Press", "…, Ostra Press said, quoting Tomas Berg, head of the rescue
      // office": the one a reporter cites or quotes is the source it passes on.
      if (found !== null) found = citedAfter(ctx, els, i) ?? accordingInReport(ctx, els, i) ?? found;
      // "While X says he is encouraged, the candidate of Y, Mr Z, has said …": the main clause's speaker reports the sentence.
      const main = found !== null && order === 'first' ? concededTo(ctx, els, i) : null;
      if (main !== null) return main;
    }
    // "…, Ostra News channel quoted sources as saying.": who quotes others reports what they say.
    else if (e.lower === 'quoted' && (quotedAsSaying(els, i) || quotedWhichReported(ctx, els, i))) found = subjectBefore(ctx, els, i);
    else if (citedReports(els, i) || releasedCount(els, i)) found = subjectBefore(ctx, els, i);
    else if (RUMOUR_NOUNS.has(e.lower) && abuzzAt(els, i) > 0) found = subjectBefore(ctx, els, abuzzAt(els, i));
    else if (e.cls & REPORTING_PARTICIPLE && withOwnSubject(ctx, els, i) < 0 && !unnamedQuotedAs(els, i)) found = mainSubject(ctx, els, i);
    // "X earlier made an appearance to declare that …": a verb of making known after "to" says what X set out to say, as "to say" does.
    else if (PURPOSE_REPORTING_VERBS.has(e.lower)) found = purposeSpeaker(ctx, els, i);
    if (found !== null) return found;
  }
  return null;
}

/**
 * "…, the opposition alliance has claimed, according to Varn Radio", "…, according to district officials, according
 * to Varn Radio": a trailing "according to" right after a tag of its own, set off by commas, names who passes the report on;
 * the tag's unnamed subject (or the first "according to") is who reports it. The tag before els[i] has a reporting verb
 * closing it or "according to" opening it, and no name.
 */
export function relaysTag(ctx: AttributionContext, els: Element[], i: number): boolean {
  if (i === 0 || !hasCharBetween(ctx, els[i - 1]!.end, els[i]!.start, COMMA)) return false;
  let reports = false;
  for (let k = i - 1; k >= 0 && k >= i - RELAYED_TAG_REACH; k--) {
    const e = els[k]!;
    if (e.name) return false;
    // The tag's verb closes it ("…, the alliance has claimed, according to"); a verb inside the clause ("four bodies were found") tells what happened.
    if ((k === i - 1 && e.cls & REPORTING_VERB) || accordingAt(els, k)) reports = true;
    if (k > 0 && hasCharBetween(ctx, els[k - 1]!.end, e.start, COMMA)) return reports;
  }
  return false;
}

/** Most words of a tag before a relaying "according to" ("the province's largest opposition alliance has claimed"). */
const RELAYED_TAG_REACH = 10;

/** "was able to confirm", "were able to verify" at els[v]: the subject reports what it confirmed ("unable to" does not). */
const ableToConfirm = (els: Element[], v: number): boolean =>
  CONFIRMING.has(els[v]!.lower) && els[v - 1]?.lower === 'to' && els[v - 2]?.lower === 'able' && (els[v - 3]?.lower === 'was' || els[v - 3]?.lower === 'were');

/** Verbs of making sure of a count. */
const CONFIRMING: ReadonlySet<string | undefined> = new Set(['confirm', 'verify', 'count']);

/** "The Kelmor Times also sticks to 13 deaths": a body holding to a count gives it, as one putting a toll at it does. */
const keptCount = (els: Element[], v: number): boolean => STICKING.has(els[v]!.lower) && (els[v + 1]?.lower === 'to' || els[v + 1]?.lower === 'by') && hasCount(els, v + 2, Math.min(els.length, v + 2 + KEPT_COUNT_REACH));

/** Verbs of holding to a count given before. */
const STICKING: ReadonlySet<string | undefined> = new Set(['sticks', 'stuck', 'stick']);

/** Words from "to" to the count ("to its own 13", "to about 13"). */
const KEPT_COUNT_REACH = 3;

/** "The Ostra Times published that eight bodies were found": publishing a statement reports it, as "said that" does. */
const publishedThat = (els: Element[], v: number): boolean => els[v]!.lower === 'published' && els[v + 1]?.lower === 'that';

/**
 * "results are being announced by the Kelmor Election Commission", "figures released by the
 * ministry show …": a participle of making known in the passive (after an auxiliary or a noun, not
 * after a name or pronoun that would be its active subject), maybe with an adverb, then "by" and a
 * name: the named speaker, else null.
 */
function passiveAgent(ctx: AttributionContext, els: Element[], verb: number): number | null {
  const before = els[verb - 1];
  if (before && (before.name || isPronoun(before.lower) || (before.cls & VERB_FILLER && !PASSIVE_AUXILIARIES.has(before.lower)))) return null;
  let by = verb + 1;
  if (els[by]?.lower?.endsWith('ly')) by++;
  // "was reported on Monday by …": the day it was made known may stand before its agent.
  if (els[by]?.lower === 'on' && (els[by + 1]?.cls ?? 0) & WEEKDAY) by += 2;
  by += datedBy(els, by);
  if (els[by]?.lower !== 'by' || punctuatedBetween(ctx, els[verb]!.end, els[by]!.start)) return null;
  // "the figure of 100 given by the opposition, and the one given by Kelmor Watch": only the first
  // such agent may speak for the sentence; a later one gives its own figure only.
  for (let k = 0; k < verb; k++) if (AGENT_PARTICIPLES.has(els[k]!.lower!) && els[k + 1]!.lower === 'by') return null;
  const agent = describedAgent(ctx, els, ARTICLES.has(els[by + 1]?.lower ?? '') ? by + 2 : by + 1);
  const name = agent?.name;
  return name && SPEAKS.has(name.kind) && !possessed(ctx, agent) ? name.entity : null;
}

/**
 * "was announced May 4 by …", "released on March 9 by …": a date of a month and day may stand there too. The number of
 * its words at els[at] ("on", the month, the day), 0 where none stands there.
 */
export function datedBy(els: Element[], at: number): number {
  const month = els[at]?.lower === 'on' ? at + 1 : at;
  return (els[month]?.cls ?? 0) & MONTH && isCount(els[month + 1]) && els[month + 2]?.lower === 'by' ? month + 2 - at : 0;
}

/**
 * "by Varn sea rescue charity OSTRAID", "by Kelmorian aid group Ostraid": a few lower-case words describing the agent may stand
 * before its name (after a people's word or a place's name, which only describe it); so may a person's title ("by Health
 * Minister Ana Ruiz"). The agent's element: the name after
 * such words, else the one at `at`.
 */
function describedAgent(ctx: AttributionContext, els: Element[], at: number): Element | undefined {
  // "As confirmed by Prime Minister Ana Ruiz, …": a title before a person's name is no word of another agent's.
  const titled = els[at]?.name ? null : titledPerson(ctx, els, at);
  if (titled !== null) return els[titled];
  let k = at + (els[at]?.name || els[at]?.cls! & DEMONYM ? 1 : 0);
  if (k === at) return els[at];
  const from = k;
  for (; k < els.length && k < from + AGENT_DESCRIPTION_REACH && els[k]!.lower !== undefined && !(els[k]!.cls & FUNCTION); k++) {
    if (punctuatedBetween(ctx, els[k - 1]!.end, els[k]!.start)) return els[at];
  }
  return k > from && els[k]?.name && !punctuatedBetween(ctx, els[k - 1]!.end, els[k]!.start) ? els[k] : els[at];
}

/** Lower-case words that may describe an agent before its name ("sea rescue charity"). */
const AGENT_DESCRIPTION_REACH = 4;

/**
 * The named speaker of the main clause after a sentence-opening concessive clause ("While X says …,")
 * whose reporting verb is els[verb]; null where there is none, or where that clause holds a figure
 * (its clause source keeps X's figures apart then).
 */
function concededTo(ctx: AttributionContext, els: Element[], verb: number): number | null {
  // "While others — including X — have claimed …, it is too early to tell, Y said": a closing tag is
  // left to the first verb, whose speaker the text cites for the concession.
  if (!CONCESSIVE.has(els[0]!.lower) || els[els.length - 1]!.cls & REPORTING_VERB) return null;
  for (let k = verb + 1; k < els.length; k++) {
    if (!hasCharBetween(ctx, els[k - 1]!.end, els[k]!.start, COMMA)) continue;
    return hasCount(els, 0, k) ? null : sourceOf(ctx, els.slice(k), 'first');
  }
  return null;
}

/** "quoted sources and witnesses as saying": "as saying" within a few words after "quoted" at els[verb]. */
export function quotedAsSaying(els: Element[], verb: number): boolean {
  for (let k = verb + 1; k < els.length - 1 && k <= verb + QUOTED_REACH; k++) if (els[k]!.lower === 'as' && els[k + 1]!.lower === 'saying') return true;
  return false;
}

/**
 * "…, at the docks of Tarsa, port police were quoted as saying.": "saying" at els[i] ends the sentence and a passive "quoted as" whose subject is
 * a speaker's noun the text does not name; that subject reports the sentence (unnamed-reporters' quotedClosing), not the first
 * name of the sentence. Why: read as a participle of the main clause, it gave the sentence to the place before the tag.
 */
const unnamedQuotedAs = (els: Element[], i: number): boolean =>
  i === els.length - 1 && closesQuotedAsSaying(els) && els[i - 4]?.lower !== undefined && isSpeakerNoun(els[i - 4]!.lower!);

/**
 * "Ostra Radio quoted a blog run by the rebels, which reported that …": a relative clause after a comma whose
 * verb reports, hung on what "quoted" at els[verb] quotes, is passed on by the one quoting, as "as saying" is.
 */
function quotedWhichReported(ctx: AttributionContext, els: Element[], verb: number): boolean {
  for (let k = verb + 2; k < els.length - 1 && k <= verb + QUOTED_RELATIVE_REACH; k++) {
    if (!hasCharBetween(ctx, els[k - 1]!.end, els[k]!.start, COMMA)) continue;
    return (els[k]!.lower === 'which' || els[k]!.lower === 'who') && (els[k + 1]!.cls & REPORTING_VERB) !== 0;
  }
  return false;
}

/** Words of what is quoted before that clause ("a blog run by the rebel group"). */
const QUOTED_RELATIVE_REACH = 12;

/**
 * "Kelmor's party said 26 died, Ostra Radio quoted its spokesman, Ana Ruiz, as saying.": a closing
 * "X quoted Y as saying" reports the whole sentence, and Y, whom X only passes on, says it. Y's
 * entity, or null where the sentence closes in no such tag or Y is no name that speaks.
 */
function quotedCloser(ctx: AttributionContext, els: Element[]): number | null {
  const n = els.length;
  if (n < 5 || els[n - 1]!.lower !== 'saying' || els[n - 2]!.lower !== 'as') return null;
  for (let k = n - 3; k > 1 && k >= n - 3 - QUOTED_REACH; k--) {
    if (els[k]!.lower !== 'quoted') continue;
    if (els[k + 1]!.lower === 'by' && PASSIVE_AUXILIARIES.has(els[k - 1]!.lower!)) return quotedSubject(ctx, els, k - 1);
    const teller = els[k - 1]!;
    // "…, the report quoted X as saying": a teller the text does not name, after an article, passes X on as a named one does.
    if (!teller.name && k > 2 && ARTICLES.has(els[k - 2]!.lower ?? '')) return /,\s*$/.test(ctx.text.slice(els[k - 3]!.end, els[k - 2]!.start)) ? quotedAs(ctx, els, k + 1)?.entity ?? null : null;
    return teller.name && /,\s*$/.test(ctx.text.slice(els[k - 2]!.end, teller.start)) ? quotedAs(ctx, els, k + 1)?.entity ?? null : null;
  }
  return null;
}

/**
 * "…, Governor Ana Ruiz was quoted by Ostra Radio as saying.": the passive of the closing tag, whose
 * subject (a name or pronoun after the comma, maybe with a lower-case title) says the sentence; its
 * auxiliaries end at els[aux]. That speaker, or null.
 */
function quotedSubject(ctx: AttributionContext, els: Element[], aux: number): number | null {
  const j = beforeAuxiliaries(els, aux, 0);
  const subject = els[j]!;
  const opens = titleOpening(ctx, els, j);
  if (opens === 0 || !/,\s*$/.test(ctx.text.slice(els[opens - 1]!.end, els[opens]!.start))) return null;
  if (isPronoun(subject.lower)) return opens === j ? resolve(ctx, subject.start, subject.lower!) : null;
  return subject.name && SPEAKS.has(subject.name.kind) ? subject.name.entity : null;
}

/** Words naming whom a source quotes ("a senior official in the ministry"). */
const QUOTED_REACH = 8;

/**
 * "Kelmor Soft, which has 270 clients, fell after peers Acme and Brix posted weak earnings": the verb
 * at els[verb] is in a clause opened by a word of time or cause ("after", "when") that follows a
 * number; its subject reports that clause, not the sentence's figures before it.
 */
function lateSubordinate(ctx: AttributionContext, els: Element[], verb: number): boolean {
  for (let j = verb - 1; j > 0 && j >= verb - SUBORDINATE_REACH; j--) {
    if (els[j]!.cls & REPORTING_VERB || punctuatedBetween(ctx, els[j]!.end, els[j + 1]!.start)) return false;
    // "seen before said" has no subject between the word and the verb.
    // "…, even as President Ruiz called on agencies to …": "even as" sets a clause of its own beside the figures, as "when" does.
    if (SUBORDINATORS.has(els[j]!.lower) || (els[j]!.lower === 'as' && els[j - 1]?.lower === 'even')) return j < verb - 1 && hasCount(els, 0, j);
  }
  return false;
}

/** Words opening a clause of time, cause or comparison, whose subject does not report the main clause. */
// "The leak was at least 40 times larger than Halden Oil reported": what "than" compares with is another's count, not the sentence's.
const SUBORDINATORS: ReadonlySet<string | undefined> = new Set(['after', 'before', 'when', 'since', 'until', 'because', 'than']);

/** How many words the subject of such a clause may have ("after peers Acme Data and Brix Systems"). */
const SUBORDINATE_REACH = 8;

/**
 * The subject right before the verb at els[verb] is a noun of a speaker that names no one, with the
 * place that locates it ("the health ministry in Ostra", "officials", "police in Kelmor").
 */
function unnamedBefore(ctx: AttributionContext, els: Element[], verb: number): boolean {
  let i = verb - 1;
  while (i >= 0 && els[i]!.cls & VERB_FILLER) i--;
  const last = i;
  i = beforeRelative(ctx, els, i);
  // Past the comma closing a relative clause, only fillers may stand before the verb.
  const end = i === last ? els[i]?.end ?? 0 : ctx.text.indexOf(',', els[last]!.end) + 1;
  if (els[i]?.name?.kind === 'place') {
    // "in rebel-held Ostra": a few words may describe the place.
    let link = i - 1;
    while (link > 0 && link >= i - PLACE_REACH && !PLACE_LINKS.has(els[link]!.lower)) link--;
    if (link > 0 && PLACE_LINKS.has(els[link]!.lower)) i = link - 1;
  }
  const e = els[i];
  return e?.lower !== undefined && isSpeakerNoun(e.lower) && !punctuatedBetween(ctx, end, els[verb]!.start);
}

/**
 * "Her party, which staged the march, had said": where els[last] closes a relative clause set off
 * by commas, the index of the noun before it (the clause's subject); else `last`.
 */
function beforeRelative(ctx: AttributionContext, els: Element[], last: number): number {
  if (last < 2 || !/^\s*,/.test(ctx.text.slice(els[last]!.end, els[last]!.end + 2))) return last;
  for (let j = last; j > 0 && j > last - APPOSITION_REACH; j--) {
    if (!punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start)) continue;
    const relative = els[j]!.lower === 'which' || els[j]!.lower === 'who';
    return relative && /^,\s*$/.test(ctx.text.slice(els[j - 1]!.end, els[j]!.start)) ? j - 1 : last;
  }
  return last;
}

/**
 * "…, who was sentenced in absentia, said witnesses.": after a comma, a verb whose subject follows it
 * as a plural noun of people (witnesses, officials) leaves nobody named as the source.
 */
function invertsToNoun(ctx: AttributionContext, els: Element[], verb: number): boolean {
  // Only "said" turns round so; "told reporters" has its object after it.
  if (els[verb]!.lower !== 'said' && els[verb]!.lower !== 'says') return false;
  const next = els[verb + 1];
  const prev = els[verb - 1];
  if (next?.lower === undefined || !prev || !/,\s*$/.test(ctx.text.slice(prev.end, els[verb]!.start))) return false;
  return (singularClass(next.lower) & (SPOKESNOUN | PERSON_NOUN)) !== 0 && next.lower.endsWith('s');
}

/**
 * "He met the Acme Corp, said the report.": after a comma, "said the <name, or noun of a speaker>"
 * closing its clause has its subject after the verb, so the name before the comma is not the
 * source ("X, a spokeswoman, said the plan failed" is X's). The index of that subject's last
 * element, or 0.
 */
function definiteAfter(ctx: AttributionContext, els: Element[], verb: number): number {
  const prev = els[verb - 1];
  if (!prev || els[verb + 1]?.lower !== 'the' || !INVERTING_VERBS.has(els[verb]!.lower!)) return 0;
  if (!/,\s*$/.test(ctx.text.slice(prev.end, els[verb]!.start))) return 0;
  for (let j = verb + 2; j < els.length && j <= verb + 4; j++) {
    const e = els[j]!;
    if (e.cls & FUNCTION) return 0;
    const after = els[j + 1];
    if (!after || punctuatedBetween(ctx, e.end, after.start)) return e.name !== undefined || isSpeakerNoun(e.lower) ? j : 0;
  }
  return 0;
}

/**
 * "A monk told Ostra Radio on Friday that …": entity `told` is the one sentence `i` tells something
 * ("told X", "told the X"), the listener, not a speaker of what follows.
 */
export function toldIn(ctx: AttributionContext, i: number, told: number): boolean {
  const els = sentenceElements(ctx, i);
  for (let k = 0; k + 1 < els.length; k++) {
    if (!TELLS.has(els[k]!.lower!)) continue;
    const object = els[k + 1]!.lower === 'the' ? els[k + 2] : els[k + 1];
    if (object?.name?.entity === told) return true;
  }
  return false;
}

/**
 * "…, said Molina." — only after a comma, so "Trump told Putin" stays unattributed to Putin. "A
 * resident, who gave no name, told Ostra Radio that …": the name after "told" is whom the subject
 * told, its object even after a comma, never who speaks.
 */
function invertedSubject(ctx: AttributionContext, els: Element[], verb: number): number | null {
  if (TELLS.has(els[verb]!.lower!)) return null;
  const prev = els[verb - 1];
  const start = els[verb]!.start;
  // "‘…,’ said Ana Ruiz, Zenit’s chief executive, noting sales of 5 million": after a quote the
  // sentence opens with, the figures of the words after the speaker are that speaker's too.
  // `The fall was “surprising,” said Ana Ruiz`: the quoted words, no elements, may end the gap before the verb.
  const turned = prev ? /,\s*$/.test(ctx.text.slice(prev.end, start)) || quoteClosesBefore(ctx, start, prev.end) : verb === 0 && quoteClosesBefore(ctx, start);
  const found = turned ? objectAfter(ctx, els, verb) : null;
  return found !== null && objectHasVerb(els, verb, found) ? null : found;
}

/**
 * "The CM, talking to reporters, said the Kelmor Party had eight candidates": a name after the verb
 * that is followed by a verb of its own is the subject of the clause reported, not the one who reports it.
 */
function objectHasVerb(els: Element[], verb: number, found: number): boolean {
  for (let k = verb + 1; k < els.length && k <= verb + 3; k++) {
    if (els[k]!.name?.entity !== found) continue;
    return CLAUSE_AUXILIARIES.has(els[k + 1]?.lower ?? '');
  }
  return false;
}

/** Auxiliaries that, right after a name, make it the subject of a clause of its own. */
const CLAUSE_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'may', 'might', 'should', 'must', 'can']);

/**
 * "The worker died at Kelmor Medical Center in Ostra, said hospital spokeswoman Ana Ruiz.": a verb
 * after a comma that follows a name of no person (or a word, with no comma before it), turned round to a person who closes the sentence
 * (or opens an apposition there), is that person's; the body or place before the comma is where
 * the sentence happened, not who says it.
 */
function closingSpeaker(ctx: AttributionContext, els: Element[], verb: number): number | null {
  const prev = els[verb - 1];
  if (!prev || TELLS.has(els[verb]!.lower!) || !/,\s*$/.test(ctx.text.slice(prev.end, els[verb]!.start))) return null;
  // "… wounded Kelmor's spokesman, said Ana Ruiz, the council chief.": so is a verb after a noun when
  // no comma before it opens an apposition the verb's comma could close ("X, Kelmor's spokesman, said").
  if (prev.name ? prev.name.kind === 'person' : hasCharBetween(ctx, els[0]!.start, prev.start, COMMA)) return null;
  const speaker = objectAfter(ctx, els, verb);
  if (speaker === null) return null;
  for (let k = verb + 1; k < els.length && k <= verb + CLOSING_REACH + 1; k++) {
    const e = els[k]!;
    if (e.name?.entity !== speaker) continue;
    const closes = k + 1 === els.length || punctuatedBetween(ctx, e.end, els[k + 1]!.start);
    return e.name.kind === 'person' && closes ? speaker : null;
  }
  return null;
}


/** The speaker named right after the reporting verb at els[verb] ("said Molina", "said RDC spokesman Omar Hadi", "said the minister"), or null. */
export function objectAfter(ctx: AttributionContext, all: Element[], verb: number): number | null {
  const els = skipTitle(all, verb + 1);
  const next = els[verb + 1];
  if (!next) return null;
  // `said "Boston Five" veteran Carl Moss`: a nickname in quotation marks is part of the title before the name.
  if (next.name && inQuotationMarks(ctx, next)) return personAfterTitle(ctx, els, verb + 2);
  // "said RDC spokesman Omar Hadi", "said a Kelmor Peace Coalition spokesman": a body's
  // title after the verb, and the person it names, if any.
  const body = next.name ? verb + 1 : next.lower !== undefined && ARTICLES.has(next.lower) && els[verb + 2]?.name ? verb + 2 : -1;
  const voice = body > 0 && els[body]!.name!.kind !== 'person' ? ownedPerson(ctx, els, body) ?? titledVoice(ctx, els, body) : null;
  if (voice !== null) return voice;
  if (next.name) return SPEAKS.has(next.name.kind) ? next.name.entity : null;
  if (isPronoun(next.lower)) return resolve(ctx, next.start, next.lower);
  const title = els[verb + 2];
  if (next.lower === 'the' && title?.lower !== undefined && title.cls & ROLE_HEAD) return byRole(ctx, title.lower, title.start) ?? byInitials(ctx, title);
  // `,” said the lawyer.`: "the" and a person's noun closing the tag stand for the one the text called so (definite).
  if (next.lower === 'the' && title?.lower !== undefined && title.cls & PERSON_NOUN && (els[verb + 3] === undefined || punctuatedBetween(ctx, title.end, els[verb + 3]!.start))) return definite(ctx, els, verb + 2);
  const described = describedAfter(ctx, els, verb + 1) ?? voiceAfter(ctx, els, verb + 1) ?? selfNamed(ctx, els, verb + 1) ?? personAfterPossessedTitle(ctx, els, verb + 1);
  if (described !== null) return described;
  // ", stated the Pakistan Bureau of Statistics.": a body named after "the".
  if (next.lower === 'the' && title?.name && title.name.kind !== 'person') return SPEAKS.has(title.name.kind) ? title.name.entity : null;
  // "said army spokesman Maj. Gen. Ana Ruiz": a lower-case title, then abbreviated ranks, each with its full stop.
  const ranked = personAfterLowerTitle(els, verb + 1);
  if (ranked !== null && ranked > verb + 2 && els[ranked - 1]!.cls & ROLE_HEAD && els[ranked]!.name!.kind === 'person') return els[ranked]!.name!.entity;
  // "said political scientist Mariana Queiroz", "said study lead author Claire Parkinson": a
  // lower-case title of up to three words.
  for (let i = verb + 1; i < els.length && i <= verb + 4; i++) {
    const e = els[i]!;
    if (e.name) return e.name.kind === 'person' && !punctuatedBetween(ctx, els[verb]!.end, e.start) ? e.name.entity : null;
    if (e.cls & FUNCTION) return null;
  }
  return null;
}

/**
 * `,” said the Kelmor Relief Agency's Ana Ruiz, who …`: a body with "'s" right before a person's name owns
 * her post; she speaks, not the body (as with `,” the Kelmor Relief Agency's Ana Ruiz said`). Her entity, or null.
 */
function ownedPerson(ctx: AttributionContext, els: Element[], body: number): number | null {
  const person = els[body + 1]?.name;
  return person?.kind === 'person' && possessed(ctx, els[body]!) && !punctuatedBetween(ctx, els[body]!.end + 2, els[body + 1]!.start) ? person.entity : null;
}

/**
 * "said another marcher, 41-year-old Petra Lind.": an unnamed description opening at els[at] with
 * "a" or "another", then, after a comma, the person it describes (maybe after an age), ending the
 * clause; that person, or null. "said the agency's chief counsel, Maria Delgado." opens with "the"
 * and ends in a person's noun or title: the name after the comma is that person.
 */
function describedAfter(ctx: AttributionContext, els: Element[], at: number): number | null {
  const opener = els[at]!.lower!;
  if (!DESCRIPTION_OPENERS.has(opener) && opener !== 'the') return null;
  for (let j = at + 1; j < els.length && j <= at + DESCRIPTION_REACH; j++) {
    const e = els[j]!;
    if (e.lower === undefined || e.cls & FUNCTION) return null;
    if (!/^,\s*$/.test(ctx.text.slice(e.end, els[j + 1]?.start ?? e.end))) continue;
    // "said the ministry, Ana Ruiz …": after "the", only a person's noun or title describes a person.
    if (opener === 'the' && !(e.cls & (ROLE_HEAD | PERSON_NOUN | SPOKESNOUN))) return null;
    const k = els[j + 1]?.lower?.endsWith(AGE_SUFFIX) ? j + 2 : j + 1;
    const person = els[k]?.name;
    // The name closes the clause: ", 41-year-old Petra Lind." and not ", Petra Lind and her son".
    const closes = els[k + 1] === undefined || punctuatedBetween(ctx, els[k]!.end, els[k + 1]!.start);
    return person && SPEAKS.has(person.kind) && closes ? person.entity : null;
  }
  return null;
}

/**
 * "said a spokesman for the Kelmor Council": an unnamed spokesperson opening at els[at] speaks for
 * the body or person named right after "for" or "of"; its name, or null ("for the district chief"
 * names no one, and leaves the speaker unnamed).
 */
export function voiceAfter(ctx: AttributionContext, els: Element[], at: number): number | null {
  if (!ARTICLES.has(els[at]!.lower!) || !els[at + 1]?.lower?.startsWith('spokes')) return null;
  const link = els[at + 2]?.lower;
  if (link !== 'for' && link !== 'of') return null;
  const named = els[at + 3]?.lower === 'the' ? els[at + 4] : els[at + 3];
  return named?.name && SPEAKS.has(named.name.kind) && !punctuatedBetween(ctx, els[at]!.end, named.start) ? named.name.entity : null;
}

/**
 * "said an Algerian who identified himself as Karim": a description opening at els[at], then the
 * name its person gave; that person's entity, or null.
 */
function selfNamed(ctx: AttributionContext, els: Element[], at: number): number | null {
  if (!DESCRIPTION_OPENERS.has(els[at]!.lower!)) return null;
  for (let k = at + 1; k < els.length && k <= at + SELF_NAMED_REACH; k++) {
    if (els[k]!.lower !== 'who') continue;
    const [verb, self, as, named] = [els[k + 1], els[k + 2], els[k + 3], els[k + 4]];
    const gave = verb?.lower === 'identified' && (self?.lower === 'himself' || self?.lower === 'herself') && as?.lower === 'as';
    return gave && named?.name?.kind === 'person' && !punctuatedBetween(ctx, els[at]!.end, named.start) ? named.name.entity : null;
  }
  return null;
}
/** Words of the description before its "who" ("a young local woman who"). */
const SELF_NAMED_REACH = 4;

/** Words opening a description of someone not yet named ("a witness", "another marcher"). */
const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'another']);

/** Most words of such a description ("another local shop owner"). */
const DESCRIPTION_REACH = 4;

/** "41-year-old": an age standing before a name. */
const AGE_SUFFIX = '-year-old';

/**
 * The first person named before els[end], else the first name there that speaks. A pronoun or a
 * reporting verb before any name is the main clause's own subject ("He took a dig at the Ana
 * Ruiz-led government, saying …", "The governor said that everyone, including Minister Ana Ruiz,
 * must speak up, saying …"): a name after it is someone spoken about, not the speaker.
 */
function mainSubject(ctx: AttributionContext, els: Element[], end: number): number | null {
  let first: number | null = null;
  for (let i = openingPhraseEnd(ctx, els, end); i < end; i++) {
    const e = els[i]!;
    const name = e.name;
    if (first === null && !name && (isPronoun(e.lower) || e.cls & REPORTING_VERB)) return isPronoun(e.lower) ? resolve(ctx, e.start, e.lower!) : subjectBefore(ctx, els, i);
    // "Officials advised Berg to leave, citing …": an unnamed subject acts, and the name after its verb
    // is no subject; "Chief election commissioner Ana Ruiz dismissed …" is a title before its person.
    // A possessed noun ("after his party's victory, Ruiz …") is no subject.
    if (first === null && !name && e.lower !== undefined && isSpeakerNoun(e.lower) && els[i + 1] && !els[i + 1]!.name && !SUBJECT_LINKS.has(els[i + 1]!.lower!) && !possessed(ctx, e)) {
      const titled = personAfterLowerTitle(els, i);
      return titled === null ? null : els[titled]!.name!.entity;
    }
    if (!name || !SPEAKS.has(name.kind)) continue;
    if (name.kind === 'person') return name.entity;
    first ??= name.entity;
  }
  return first;
}

/**
 * "Following the announcement of Ana Ruiz as winner, her rival Tomas Vell has rejected the result, saying …": a phrase of
 * time or cause opening the sentence ends at its first comma, and its names are no subject of the main clause. The first
 * element after it where a name or a speaker's noun follows before `end`, else 0.
 */
function openingPhraseEnd(ctx: AttributionContext, els: Element[], end: number): number {
  if (!OPENING_PREPOSITIONS.has(els[0]?.lower)) return 0;
  for (let k = 1; k < end; k++) {
    if (!ctx.text.slice(els[k - 1]!.end, els[k]!.start).includes(',')) continue;
    return els.slice(k, end).some((e) => e.name || (e.lower !== undefined && isSpeakerNoun(e.lower))) ? k : 0;
  }
  return 0;
}
// "Since Governor Ana Ruiz took office in May, the ministry has issued weekly figures, saying …": so does a clause of time.
const OPENING_PREPOSITIONS: ReadonlySet<string | undefined> = new Set(['following', 'after', 'before', 'despite', 'amid', 'upon', 'during', 'since', 'when', 'until', 'once']);

/** "writes citing Kelmor Press", "reported, citing the ministry", "said, quoting Tomas Berg": the source named right after "citing" or "quoting" that follows the verb at els[verb], or null. */
function citedAfter(ctx: AttributionContext, els: Element[], verb: number): number | null {
  const k = verb + 1;
  if (!CITING_AFTER.has(els[k]?.lower) || !/^,?\s+$/.test(ctx.text.slice(els[verb]!.end, els[k]!.start))) return null;
  return nameWithin(ctx, els, k + 1, CITED_REACH);
}

/**
 * "According to the board's website, Ruiz won 38.6% of the ballots cast": a body's own record, of a noun the text named a
 * body by, is that body's word. The body's entity, or null. Why: the record read as an unnamed reporter, and the figure went
 * to no one though "the commission" stands for the Election Commission's card.
 */
function recordOwner(ctx: AttributionContext, els: Element[], at: number): number | null {
  const noun = at + 1;
  return els[at]?.lower === 'the' && els[noun] !== undefined && possessed(ctx, els[noun]!) && RECORDS.has(els[noun + 1]?.lower) ? definite(ctx, els, noun) : null;
}

/** What a body keeps or puts out that speaks for it ("the ministry's website", "the agency's figures"). */
const RECORDS: ReadonlySet<string | undefined> = new Set(['website', 'site', 'data', 'figures', 'statistics', 'records', 'tally', 'count', 'statement', 'bulletin', 'report']);

/**
 * "The Varn Broadcasting Service reported on Friday that, according to the Ostra state government, 37 died": a report that
 * opens with "that according to X" passes on X's words; X is the source, as one cited is. Why: the relaying outlet held the
 * count though X had its card. X's entity, or null where no such "according to" opens the reported clause or it names no one.
 */
function accordingInReport(ctx: AttributionContext, els: Element[], verb: number): number | null {
  for (let k = verb + 1; k < els.length && k <= verb + THAT_REACH; k++) {
    if (els[k]!.name) return null;
    if (els[k]!.lower !== 'that') continue;
    return accordingAt(els, k + 1) ? nameWithin(ctx, els, k + 3, ACCORDING_REACH) : null;
  }
  return null;
}

/** Words between a reporting verb and its "that" ("reported on Friday evening (local time) that"). */
const THAT_REACH = 6;

/** Participles by which a reporter names whom it passes on. */
const CITING_AFTER: ReadonlySet<string | undefined> = new Set(['citing', 'quoting']);

/** Words after "citing" that may precede the name ("citing a statement by the Kelmor Red Cross"). */
const CITED_REACH = 5;

/**
 * "…, with medics saying that some had left before being counted": a participle after "with" and a subject of its own (a
 * few words, no name) is that subject's, not the main clause's; a named one is read as a clause of its own (clause-sources).
 */
function withOwnSubject(ctx: AttributionContext, els: Element[], participle: number): number {
  for (let k = participle - 1; k >= 0 && k >= participle - WITH_SUBJECT_REACH; k--) {
    const e = els[k]!;
    if (e.name || punctuatedBetween(ctx, e.end, els[k + 1]!.start)) return -1;
    if (e.lower === 'with') return k < participle - 1 ? k : -1;
  }
  return -1;
}

/** The unnamed speaker of such a participle ("police" of "…, with police saying …"), who reports a sentence no one named does; or null. */
export function withReporter(ctx: AttributionContext, i: number): Reporter | null {
  const els = sentenceElements(ctx, i);
  for (let p = 2; p < els.length; p++) {
    if (!(els[p]!.cls & REPORTING_PARTICIPLE) || !isSpeakerNoun(els[p - 1]!.lower ?? '')) continue;
    const w = withOwnSubject(ctx, els, p);
    if (w >= 0) return reporter(ctx, els, w + 1, p - 1, ctx.sents[i]!.end);
  }
  return null;
}

/** Words of the subject between "with" and its participle ("with local police officials saying"). */
const WITH_SUBJECT_REACH = 4;

/**
 * "The mayor, Tomas Brandt, went on radio soon after to say the toll could reach 400": a reporting
 * verb after "to" says what the sentence's subject set out to say. That subject is the one person
 * (or "he", "she") named before it; a second name ("asked Ruiz to say"), a word of refusal or
 * inability ("declined to say", "too early to say") or someone asked to speak leaves it unsaid.
 */
function purposeSpeaker(ctx: AttributionContext, els: Element[], verb: number): number | null {
  if (els[verb - 1]?.lower !== 'to') return null;
  let subject: number | null = null;
  for (let i = 0; i < verb - 1; i++) {
    const e = els[i]!;
    if (e.lower !== undefined && NOT_SAYING.has(e.lower)) return null;
    const speaker = e.name ? (e.name.kind === 'person' ? e.name.entity : null) : isPronoun(e.lower) && e.lower !== 'they' ? resolve(ctx, e.start, e.lower!) : undefined;
    if (speaker === undefined) continue;
    if (subject !== null || speaker === null) return null;
    subject = speaker;
  }
  return subject;
}

/** Words before "to say" that say the subject did not speak, or was asked to. */
const NOT_SAYING: ReadonlySet<string> = new Set([
  'not', 'never', 'declined', 'refused', 'unable', 'reluctant', 'early', 'hard', 'difficult', 'impossible', 'asked', 'urged', 'pressed', 'forced', 'invited', 'expected', 'due', 'set', 'scheduled', 'likely',
]);

/** The speaker named within `max` elements from els[from] before any punctuation ("according to the Red Cross"), else the body a definite noun there stands for. */
export function nameWithin(ctx: AttributionContext, els: Element[], from: number, max: number): number | null {
  for (let i = from; i < els.length && i < from + max; i++) {
    const e = els[i]!;
    if (!e.name && isDottedTitle(ctx.text, els, i)) continue;
    const stop = i + 1 >= els.length || punctuatedBetween(ctx, e.end, els[i + 1]!.start);
    // "according to Kerala's health minister, …": a place narrows the title after it.
    if (e.name?.kind === 'place' && !stop) continue;
    // "According to him, by Monday …": the pronoun alone stands for the person last reported or named.
    if (i === from && stop && OBJECT_PRONOUNS.has(e.lower)) return resolve(ctx, e.start, e.lower === 'him' ? 'he' : 'she');
    if (e.name) {
      // "according to a document seen Tuesday by the Varn Times": who saw the document is not its source.
      if (seenBy(els, i) || normAfter(els, i)) return null;
      // "according to Acme CEO Tim Cook": the body's titled person is the one who says it.
      const titled = e.name.kind === 'person' ? null : titledPerson(ctx, els, i);
      if (titled !== null) return els[titled]!.name!.entity;
      return SPEAKS.has(e.name.kind) ? e.name.entity : null;
    }
    if (punctuatedBetween(ctx, els[i - 1]!.end, e.start)) return null;
    if (stop) {
      // "according to the province's health minister, Nora Feld": the person the title describes.
      const described = appositivePerson(ctx, els, i);
      return described !== null ? els[described]!.name!.entity : definite(ctx, els, i);
    }
  }
  return null;
}

/**
 * "tests run according to WHO standards", "built according to Ostra Council rules": the name at els[i] owns a norm a thing
 * was done by, no report; it says nothing the sentence tells. Why: such a sentence read as that body's statement.
 */
const normAfter = (els: Element[], i: number): boolean => NORMS.has(els[i + 1]?.lower);
/** Nouns of a norm things are done by. */
const NORMS: ReadonlySet<string | undefined> = new Set(['standards', 'standard', 'guidelines', 'rules', 'criteria', 'protocols', 'protocol', 'regulations', 'procedures']);

/** els[i] follows "seen by", "obtained on Monday by": it got hold of what the text cites. */
function seenBy(els: Element[], i: number): boolean {
  const by = els[i - 1]?.lower === 'the' ? i - 2 : i - 1;
  if (els[by]?.lower !== 'by') return false;
  let k = by - 1;
  if (k >= 0 && (els[k]!.cls & WEEKDAY)) k -= els[k - 1]?.lower === 'on' ? 2 : 1;
  return SEEN.has(els[k]?.lower);
}

/** Participles of getting hold of a document, whose agent is not its author. */
const SEEN: ReadonlySet<string | undefined> = new Set(['seen', 'obtained', 'reviewed', 'viewed', 'acquired']);

/** Object pronouns of one person ("according to him"); "her" only where punctuation follows, as it is also a possessive. */
const OBJECT_PRONOUNS: ReadonlySet<string | undefined> = new Set(['him', 'her']);

/** Elements at the end of a sentence that may hold the verb of an attribution closing it ("…, said RDC spokesman Ana Ruiz."). */
const CLOSING_REACH = 4;

/**
 * After els[verb], which reports what follows (a plain verb of saying, "that" or a count after it), a tag set off by a comma closes the sentence and names who passed it on: "…, according to X" or a
 * few words ending in a reporting verb ("…, Ostra Press reported"), with no count of its own and not joined as a
 * clause of its own ("…, while the army said 30").
 */
function relayCloses(ctx: AttributionContext, els: Element[], verb: number): boolean {
  // "Officials have continued their crackdown, according to X": the verb must report something ("said", "estimated that", "counted 40,000").
  if (!INVERTING_VERBS.has(els[verb]!.lower!) && els[verb + 1]?.lower !== 'that' && !isTally(els, verb) && !hasCount(els, verb + 1, Math.min(els.length, verb + 1 + REPORTED_COUNT_REACH))) return false;
  for (let k = els.length - 1; k > verb + 1 && k >= els.length - RELAY_TAG_REACH; k--) {
    if (!hasCharBetween(ctx, els[k - 1]!.end, els[k]!.start, COMMA)) continue;
    if (accordingAt(els, k)) return true;
    return !COORDINATORS.has(els[k]!.lower) && !CONCESSIVE.has(els[k]!.lower) && !hasCount(els, k) && els.slice(k).some((e) => e.cls & REPORTING_VERB);
  }
  return false;
}

/** Words from a verb to the count it reports ("put the number at 40,000"). */
const REPORTED_COUNT_REACH = 4;

/** Most words of a closing tag that relays ("according to figures published by the Kelmor Gazette newspaper"). */
const RELAY_TAG_REACH = 9;

/** The next word of reporting after els[verb] is a participle ("said, warning …"). */
function participleNext(els: Element[], verb: number): boolean {
  for (let i = verb + 1; i < els.length; i++) {
    if (els[i]!.cls & REPORTING_PARTICIPLE) return true;
    if (els[i]!.cls & REPORTING_VERB) return false;
  }
  return false;
}

/**
 * The next reporting verb after els[from] opens a clause joined to the first by a coordinator, and
 * neither it nor a later one closes the sentence, nor does "according to" follow.
 */
function coordinatedReport(els: Element[], from: number): boolean {
  let joined = false;
  let next = -1;
  for (let i = from + 1; i < els.length; i++) {
    const e = els[i]!;
    if (next < 0 && (COORDINATORS.has(e.lower) || CONCESSIVE.has(e.lower))) joined = true;
    // "… but Y said 300 showed up.": a joined verb with a number after it reports its own clause, whatever closes the sentence.
    if (next < 0 && joined && e.cls & REPORTING_VERB && hasCount(els, i + 1)) return true;
    if (accordingAt(els, i) || (i >= els.length - CLOSING_REACH && e.cls & REPORTING_VERB)) return false;
    if (next < 0 && (e.cls & REPORTING_VERB || isTally(els, i))) next = i;
  }
  return next > 0 && joined;
}

/** Words that tie a speaker's noun to a name, which is then part of the subject ("officials of Acme", "police in Ostra"). */
const SUBJECT_LINKS: ReadonlySet<string | undefined> = new Set(['of', 'from', 'at', 'in', 'for', 'with', 'and']);

/**
 * "The tremor showed up on the stations", "the numbers did not add up": a verb of reporting with "up"
 * right after it is another verb (appeared, summed), whose subject reports nothing.
 */
const phrasalUp = (els: Element[], verb: number): boolean => els[verb + 1]?.lower === 'up' && els[verb + 1]!.start - els[verb]!.end === 1;

/**
 * "in Kelmor's Ostra and Brask states last week": after two names joined by "and", a reporting verb
 * that is also a plural noun is that noun, which they qualify (two subjects would take "state"); no one reports there.
 */
const pluralAfterPair = (els: Element[], verb: number): boolean =>
  PLURAL_NOUN_VERBS.has(els[verb]!.lower) && els[verb - 1]?.name !== undefined && els[verb - 2]?.lower === 'and' && els[verb - 3]?.name !== undefined;

/**
 * "The Varn Tribune and the Kelmor Herald report(, based on witness accounts,) that more than 900 died": "report" after
 * two names joined by "and" is their verb where a "that" follows, opening a clause with a subject of its own (an article,
 * a count or a name after it), maybe after an aside set off by commas; "the Ostra and Varn report that came in" is a noun.
 */
function pairReports(ctx: AttributionContext, els: Element[], verb: number): boolean {
  if (els[verb]!.lower !== 'report' || !els[verb - 1]?.name) return false;
  const and = els[verb - 2]?.lower === 'the' ? verb - 3 : verb - 2;
  if (els[and]?.lower !== 'and' || !els[and - 1]?.name) return false;
  let k = verb + 1;
  if (els[k] && /^\s*,\s*$/.test(ctx.text.slice(els[verb]!.end, els[k]!.start))) {
    while (k < els.length && k <= verb + ASIDE_REACH && !/^\s*,\s*$/.test(ctx.text.slice(els[k]!.end, els[k + 1]?.start ?? els[k]!.end))) k++;
    k++;
  }
  const next = els[k + 1];
  return els[k]?.lower === 'that' && next !== undefined && (next.name !== undefined || isCount(next) || ARTICLES.has(next.lower!) || CLAUSE_OPENERS.has(next.lower!));
}

/** Words an aside between a verb and its "that" may have ("based on witness accounts"), and words opening a clause's subject with a count. */
const ASIDE_REACH = 8;
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['more', 'at', 'over', 'about', 'around', 'nearly', 'some', 'up']);

/** "a rally Ana Ruiz had called to protest graft": "called to" with a verb after it calls a meeting, not words. */
const calledTo = (els: Element[], verb: number): boolean => (els[verb]!.lower === 'called' || els[verb]!.lower === 'calls') && els[verb + 1]?.lower === 'to';

/** Prepositions that place a body ("the health ministry in Ostra", "police from Kelmor"). */
const PLACE_LINKS: ReadonlySet<string | undefined> = new Set(['in', 'of', 'at', 'from']);

/** How many words before a place may describe it ("in rebel-held Ostra"). */
const PLACE_REACH = 3;

/**
 * "The Ministry of Health released a statement outlining that 41 died": a body that issues a statement says what it
 * says, as one that states it does. The index of the verb of issuing before the statement's article, or -1. Why: "released"
 * reports nothing, and the sentence had no source though the body was its subject.
 */
function issuedAt(els: Element[], noun: number): number {
  const verb = noun - 2;
  return ARTICLES.has(els[noun - 1]?.lower ?? '') && ISSUING.has(els[verb]?.lower) ? verb : -1;
}

/**
 * "Kelmor Mining released a list of 212 workers still unaccounted for": a body that releases a list, figures or data "of" a
 * count gives that count, as one that reports it does. True where els[i] is such a verb. Why: "released" reports nothing,
 * and the count went to no one though the body was its subject. Not "released 40 prisoners" (no list) nor "released a list
 * of demands" (no count).
 */
export function releasedCount(els: Element[], i: number): boolean {
  if (!RELEASING.has(els[i]!.lower)) return false;
  // "released an updated list of 212": a word of when the list was made may stand before its noun.
  const article = ARTICLES.has(els[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  const noun = TALLY_TIMES.has(els[article]?.lower) ? article + 1 : article;
  return RELEASED_NOUNS.has(els[noun]?.lower) && els[noun + 1]?.lower === 'of' && hasCount(els, noun + 2, Math.min(els.length, noun + 5));
}

/**
 * "The Varn Forum was abuzz with rumours that the real toll was near 90": a site or outlet said to be full of rumours or
 * claims passes them on, as one that reports them does. els[i] is the noun of rumours; the index of the "was" before it, or
 * -1. Why: the sentence had no verb of telling, and its count went to no one though the outlet had a card.
 */
function abuzzAt(els: Element[], i: number): number {
  const be = i - 3;
  return els[i + 1]?.lower === 'that' && els[i - 1]?.lower === 'with' && ABUZZ.has(els[i - 2]?.lower) && be > 0 && PASSIVE_AUXILIARIES.has(els[be]!.lower ?? '') ? be : -1;
}

/** Words of being full of talk ("abuzz with", "rife with"), and the nouns of that talk ("rumours that"). */
const ABUZZ: ReadonlySet<string | undefined> = new Set(['abuzz', 'rife', 'awash', 'flooded', 'buzzing', 'alive']);
const RUMOUR_NOUNS: ReadonlySet<string | undefined> = new Set(['rumors', 'rumours', 'speculation', 'claims', 'talk', 'posts']);

/** Verbs of issuing a statement. */
const ISSUING: ReadonlySet<string | undefined> = new Set([...ISSUED_VERBS, 'releases', 'issues', 'publishes']);

/** Verbs of releasing a list; not "published": "The Herald published a list of eight schools" prints a list, it counts nothing. */
const RELEASING: ReadonlySet<string | undefined> = new Set([...ISSUING].filter((verb) => !verb!.startsWith('publish')));

/** Nouns of what a body releases that holds a count ("a list of 212", "figures of 40 dead"). */
const RELEASED_NOUNS: ReadonlySet<string | undefined> = new Set([...COUNT_RELEASES, 'statistics', 'breakdown', 'total']);

/** What a source issues "from" or "by" it ("a statement from the ministry"); no "release" ("his release from prison"). */
const ISSUED_BY: ReadonlySet<string> = new Set(['statement', 'tweet', 'post']);

/** The words other than reporting verbs and participles that sourceOf's rules start from. */
const SOURCE_CUES: ReadonlySet<string> = new Set(['according', 'as', 'report', 'quoted', ...CITING, ...AGENT_PARTICIPLES, ...ISSUED_BY, ...RELEASING, ...RUMOUR_NOUNS, ...STUDY_NOUNS, ...TALLY_VERBS, ...PURPOSE_REPORTING_VERBS] as string[]);

/** Participles of what a study finds ("…, predicting that …"). */
const FINDING_PARTICIPLES: ReadonlySet<string | undefined> = new Set(['predicting', 'showing', 'finding', 'suggesting', 'indicating']);

/**
 * "a survey by the Kelmor Institute, predicting that …", "a study by X found …": the named author of
 * the study at els[noun] ("by", maybe "the", then the name), where the study's finding follows the
 * name; null otherwise ("he doubted a poll by X" names no finding).
 */
function studyAuthor(els: Element[], noun: number): number | null {
  if (els[noun + 1]?.lower !== 'by') return null;
  const at = els[noun + 2]?.lower === 'the' ? noun + 3 : noun + 2;
  const name = els[at]?.name;
  const next = els[at + 1];
  if (!name || !SPEAKS.has(name.kind) || next === undefined) return null;
  return next.cls & REPORTING_VERB || FINDING_PARTICIPLES.has(next.lower) ? name.entity : null;
}

/** Verbs that turn round after a comma with a definite subject ("…, said the ministry."); "told the court" has an object. */
const INVERTING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'stated', 'announced', 'added', 'reported']);

/** Verbs of telling, whose name after them is the one told (their object), never their subject. */
const TELLS: ReadonlySet<string> = new Set(['told', 'tells', 'tell']);

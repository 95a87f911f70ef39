/** Speakers a text reports without naming ("officials said", "according to police"): their words and reach; separate because they give a reporter's words, not a named entity. */
import { reportsOwnAfter } from './closed-quote-tags';
import { classAt, COMMA, LOWER } from '../chars';
import { type AttributionContext, type Element, elements, endsSentenceBetween, hasCharBetween, hasReportingVerb, inBrackets, MAX_SENTENCE, possessed, punctuatedBetween, sentenceElements, stopInside } from './context';
import { accordingAt, ACCORDING_REACH, ACCORDING_TALLIES, DEAD_KEEPERS, ADDED, beforeAuxiliaries, PARTICIPLE_ASIDE_REACH, participleAside, APPOSITION_REACH, ARTICLES, BODY_NOUN, CLAIM_VERBS, claimVerb, closesQuotedAsSaying, CONCESSIVE, COORDINATORS, COUNT_RELEASES, DAY_WORDS, DETERMINERS, estimateVerb, isCount, isPronoun, isSpeakerNoun, isTally, ISSUED, ISSUED_VERBS, LISTING, listsAs, MEMBER_LINKS, PASSIVE_AUXILIARIES, PLURAL_NOUN_VERBS, REPORTER_REACH, TALLY_VERBS, UNNAMED_BODIES, WHICH_WHO } from './words';
import { AFTER_WINDOW } from './quote-speakers';
import { interposedTagStart } from './interposed-tags';
import type { Quote } from '../quotes';
import { firstFrom } from '../ranges';
import type { Range } from '../sentences';
import { isAcronym } from '../tokens';
import { ASIDE_ADVERBS, GROUP_SPEAKERS } from '../lexicon';
import { readDateline } from '../datelines';
import { FUNCTION, GOV_HEAD, MONTH, PERSON_NOUN, PLACE_CUE, PLACE_NOUN, REPORTING_PARTICIPLE, REPORTING_VERB, ROLE_HEAD, SPOKESNOUN, VERB_FILLER, WEEKDAY, wordClass } from '../wordclass';
import { quotedAsSaying, relaysTag, sourceOfSentence } from './sentence-sources';
import { closingIt, PEOPLE_PLURALS } from './pronouns';
import { secondVerbReports } from './second-verbs';
import { closingAccording } from './hearsay';
import { AGENT_PARTICIPLES } from './figure-owners';
import { ONE_VOICE } from './verb-subjects';
import { strangerTag } from './stranger-tags';

/**
 * Someone a sentence or quote says reports it without naming them: their words as the article writes
 * them, where those are, and where their report ends (`until`, a position in the text).
 */
export interface Reporter extends Range {
  label: string;
  until: number;
}

/** "…, the fire chief said the toll rose to nine": the unnamed subject opening the clause els[from..], within the sentence ending at `end`. */
export function clauseReporter(ctx: AttributionContext, els: Element[], from: number, end: number): Reporter | null {
  return unnamedSubject(ctx, els.slice(from), els[from]!.start, end);
}

/**
 * `,” the military said.`: the words right after a quote give it a speaker of its own, even one
 * this text does not name; the speaker of the text before must not stand in for it. A pronoun
 * ("he", "it") stands for that speaker. That speaker, or null.
 */
export function reporterAfter(ctx: AttributionContext, q: Quote, paraEnd: number): Reporter | null {
  // `“…,” said one man who was there. “…”`: the words interrupting a quote name its speaker first.
  for (let i = 1; i < q.segments.length; i++) {
    const gap = q.segments[i - 1]!.end;
    const found = describedStranger(ctx, elements(ctx, gap, q.segments[i]!.start), paraEnd);
    if (found !== null) return found;
  }
  // `The report noted that “… far lower.” The army said …`: a quote its own sentence introduces with
  // a reporting verb and ends with a full stop inside its marks; the next sentence is no tag of it.
  if (stopInside(ctx, q.open, q.close) && introduced(ctx, q.open)) return null;
  if (reportsOwnAfter(ctx, q)) return null;
  const end = Math.min(paraEnd, q.close + AFTER_WINDOW);
  const els = elements(ctx, q.close, end);
  // `“…,” according to a military statement.`: the words after "according to" speak for the quote, as a tag's subject does.
  const according = els[0]?.lower === 'according' && els[1]?.lower === 'to' ? accordingReporter(ctx, els, 0, end) : null;
  if (according) return according;
  return unnamedSubject(ctx, els, q.close + 1, end) ?? invertedReporter(ctx, els, end) ?? headlineReporter(ctx, els, end) ?? pronounAfter(ctx, els, q) ?? describedStranger(ctx, els, end) ?? describedPerson(ctx, els, end) ?? quotedInTag(ctx, els, q.close, end) ?? interposedReporter(ctx, q, paraEnd);
}

/**
 * `,” Kelmor Radio quoted rescue workers as saying.`: a tag in which a named outlet quotes someone it does not name gives the
 * quote to those it quotes (quotedAsReporter), not to the speaker of the quote before. Why: with no name after "quoted", the
 * tag read as none, and the person who spoke last took the quote. Only "quoted" among the tag's first few words, in its sentence.
 */
function quotedInTag(ctx: AttributionContext, els: Element[], close: number, end: number): Reporter | null {
  const q = els.findIndex((e, k) => k <= QUOTING_WORDS && e.lower === 'quoted');
  return q > 0 && !endsSentenceBetween(ctx, close, els[q]!.start) ? quotedAsReporter(ctx, els, end) : null;
}

/** Most words naming who quotes before "quoted" in a tag ("the state-run Kelmor News Agency quoted"). */
const QUOTING_WORDS = 5;

/**
 * `,” a woman surnamed Ruiz, whose son is still underground, said by the pit head`, `,” an elderly man said`: someone
 * the tag describes as a man or a woman (maybe with the surname alone, and a clause on them set off by commas) says the
 * quote; no speaker named before may stand in for them. Their words ("a woman surnamed Ruiz"), or null.
 */
function describedPerson(ctx: AttributionContext, els: Element[], end: number): Reporter | null {
  if (!STRANGER_OPENERS.has(els[0]?.lower)) return null;
  let noun = 1;
  while (noun <= STRANGER_WORDS && els[noun]?.lower !== undefined && !PEOPLE.has(els[noun]!.lower) && !(els[noun]!.cls & FUNCTION)) noun++;
  if (!PEOPLE.has(els[noun]?.lower) || punctuatedBetween(ctx, els[0]!.end, els[noun]!.start)) return null;
  // "surnamed Ruiz": a name the text gives only in part, no one a reader could look up.
  const last = SURNAMED.has(els[noun + 1]?.lower) && els[noun + 2]?.name && !punctuatedBetween(ctx, els[noun]!.end, els[noun + 2]!.start) ? noun + 2 : noun;
  const clause = els[last + 1]?.lower === 'who' || els[last + 1]?.lower === 'whose';
  let v = clause ? relativeEnd(ctx, els, last + 1) : last + 1;
  if (v < 0) return null;
  const first = v;
  while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
  const verb = els[v];
  // "a man was told": a passive says who heard, not who spoke.
  if (verb === undefined || !(verb.cls & REPORTING_VERB) || PASSIVE_AUXILIARIES.has(els[v - 1]!.lower ?? '')) return null;
  // The comma closing the clause stands right before the verb; elsewhere nothing may cut the subject from it.
  const gapFrom = clause && v === first ? verb.start : els[v - 1]!.end;
  return punctuatedBetween(ctx, gapFrom, verb.start) ? null : reporter(ctx, els, 0, last, end);
}

/** Nouns of someone a tag describes only as a person ("a woman", "an elderly man"). */
export const PEOPLE: ReadonlySet<string | undefined> = new Set(['man', 'woman', 'boy', 'girl']);
/** Participles giving a person's name in part ("a woman surnamed Ruiz"). */
const SURNAMED: ReadonlySet<string | undefined> = new Set(['surnamed', 'named']);

/** A reporting verb stands in the quote's sentence before its opening mark at `open` ("X noted that “…”"). */
function introduced(ctx: AttributionContext, open: number): boolean {
  const s = ctx.sents[firstFrom(ctx.sents, open + 1) - 1];
  return s !== undefined && hasReportingVerb(elements(ctx, s.start, open));
}

/**
 * `The public health agency said cases fell. “…,” it said.`: a pronoun and its reporting verb right
 * after a quote stand for an unnamed speaker opening a sentence just before, where no one named
 * stands nearer; that speaker, or null.
 */
function pronounAfter(ctx: AttributionContext, els: Element[], q: Quote): Reporter | null {
  const word = els[0]?.lower;
  if ((!isPronoun(word) && word !== 'it') || !((els[1]?.cls ?? 0) & REPORTING_VERB)) return null;
  return antecedentReporter(ctx, word!, firstFrom(ctx.sents, q.open + 1) - 1);
}

/**
 * `,” a man who was pulled from the river told reporters`, `,” said one man who was at the
 * briefing`: someone unnamed, described by a relative clause, says the quote; no one named before
 * may stand in for them. Their words ("a man"), or null.
 */
function describedStranger(ctx: AttributionContext, els: Element[], end: number): Reporter | null {
  // The verb may come first; then the relative clause needs none of its own.
  const at = (els[0]?.cls ?? 0) & REPORTING_VERB && els[1] && !punctuatedBetween(ctx, els[0]!.end, els[1].start) ? 1 : 0;
  if (!STRANGER_OPENERS.has(els[at]?.lower)) return null;
  let who = at + 1;
  while (who <= at + STRANGER_WORDS && els[who]?.lower !== undefined && !(els[who]!.cls & FUNCTION)) who++;
  if (who === at + 1 || els[who]?.lower !== 'who' || punctuatedBetween(ctx, els[at]!.end, els[who]!.start)) return null;
  if (at === 1) return reporter(ctx, els, 1, who - 1, end);
  for (let j = who + 1; j < els.length && j <= who + APPOSITION_REACH; j++) {
    const e = els[j]!;
    if (e.name || punctuatedBetween(ctx, els[j - 1]!.end, e.start)) return null;
    if (e.cls & REPORTING_VERB) return reporter(ctx, els, 0, who - 1, end);
  }
  return null;
}

/** Words describing someone unnamed before "who" ("a young woman"). */
const STRANGER_WORDS = 2;

/** Words opening a description of someone unnamed ("a man", "one woman", "another resident"). */
export const STRANGER_OPENERS: ReadonlySet<string | undefined> = new Set(['a', 'an', 'one', 'another']);

/**
 * `,” read the headline of a local tabloid`: written words after a quote, "read" turned round to
 * what carried them and the unnamed outlet that printed it; that outlet, or null.
 */
function headlineReporter(ctx: AttributionContext, els: Element[], end: number): Reporter | null {
  if (!READS.has(els[0]?.lower) || els[1]?.lower !== 'the' || !PRINTED.has(els[2]?.lower) || !MEMBER_LINKS.has(els[3]?.lower)) return null;
  return punctuatedBetween(ctx, els[0]!.end, els[3]!.end) ? null : unnamedPhrase(ctx, els, 4, end);
}

/** Verbs that turn round to written words' carrier ("read the headline", "ran the banner"). */
const READS: ReadonlySet<string | undefined> = new Set(['read', 'reads', 'ran', 'runs']);

/** What carries a quote in print. */
const PRINTED: ReadonlySet<string | undefined> = new Set(['headline', 'caption', 'banner', 'front']);

/**
 * `,” said a spokesman for the district chief.`: the verb turned round to an unnamed speaker opening
 * with a determiner; a speaker named earlier must not stand in for them. That speaker, with the
 * body they speak for where it has no name ("a spokesman for the district chief"), or null.
 */
function invertedReporter(ctx: AttributionContext, els: Element[], end: number): Reporter | null {
  const verb = els[0];
  if (!verb || !(verb.cls & REPORTING_VERB) || !els[1] || punctuatedBetween(ctx, verb.end, els[1].start)) return null;
  return unnamedPhrase(ctx, els, 1, end);
}

/**
 * The unnamed speaker's phrase opening with a determiner at els[at] ("a spokesman", "the local
 * tabloid", "one official"), with the body it speaks for, or null. A place may describe the speaker ("the Kelmor
 * tabloid"); after "a" or "an" any name does ("a Kelmor Times reporter" is someone unnamed).
 */
function unnamedPhrase(ctx: AttributionContext, els: Element[], at: number, end: number): Reporter | null {
  const opener = els[at]?.lower;
  if (opener === undefined || !(DETERMINERS.has(opener) || STRANGER_OPENERS.has(opener))) return null;
  // "says one Kelmor journalist", "said another official": someone unnamed, as after "a".
  const indefinite = opener === 'a' || opener === 'an' || STRANGER_OPENERS.has(opener);
  for (let k = at + 1; k < els.length && k <= at + REPORTER_REACH; k++) {
    const e = els[k]!;
    if (punctuatedBetween(ctx, els[k - 1]!.end, e.start)) return null;
    if (e.lower === undefined) {
      if (e.name.kind === 'place' || indefinite) continue;
      return null;
    }
    if (e.cls & FUNCTION) return null;
    if (isSpeakerWord(ctx, e.lower) && !(els[k + 1]?.lower !== undefined && isSpeakerWord(ctx, els[k + 1]!.lower!))) return withBody(ctx, els, k, reporter(ctx, els, at, k, end));
  }
  return null;
}

/** The speaker's phrase ending at els[noun], with the unnamed body after "for"/"of" up to the next name, preposition or punctuation. */
function withBody(ctx: AttributionContext, els: Element[], noun: number, found: Reporter): Reporter {
  if (!MEMBER_LINKS.has(els[noun + 1]?.lower) || els[noun + 2]?.lower !== 'the') return found;
  let last = noun + 2;
  while (last + 1 < els.length && last < noun + 2 + REPORTER_REACH && els[last + 1]!.lower !== undefined && !(els[last + 1]!.cls & FUNCTION) && !punctuatedBetween(ctx, els[last]!.end, els[last + 1]!.start)) last++;
  if (last === noun + 2) return found;
  return { ...found, label: found.label + ctx.text.slice(els[noun]!.end, els[last]!.end).replace(/\s+/g, ' '), end: els[last]!.end };
}

/** "The Israeli military said …", "Officials said …": who sentence `i` opens reporting without naming them, or null. */
export function openingReporter(ctx: AttributionContext, i: number): Reporter | null {
  let found = ctx.openings[i];
  if (found === undefined) {
    const s = ctx.sents[i]!;
    const els = sentenceElements(ctx, i);
    // "Police found 40 rifles, it added.": the speaker goes on from a sentence before; the subject of what it tells reports nothing.
    const tag = closingIt(ctx, els);
    found = ctx.openings[i] = tag >= 0 && ADDED.has(els[tag + 1]!.lower) ? antecedentReporter(ctx, 'it', i) : unnamedSubject(ctx, els, s.start, s.end) ?? colonSubject(ctx, els, s.end);
  }
  return found;
}

/**
 * "It was a new ploy: lawyers across the region told reporters that …": a lead set off by a colon (no other pause in it),
 * then a clause not opening with a name, opens that clause as a sentence of its own, whose unnamed subject reports it. Why: the lead was read as the
 * subject's first words, and the lawyers reported nothing.
 */
function colonSubject(ctx: AttributionContext, els: Element[], end: number): Reporter | null {
  for (let k = 1; k < els.length && k <= COLON_LEAD_REACH; k++) {
    const gap = ctx.text.slice(els[k - 1]!.end, els[k]!.start);
    if (!gap.includes(':')) {
      if (punctuatedBetween(ctx, els[k - 1]!.end, els[k]!.start)) return null;
      continue;
    }
    // The clause may open in capitals ("…: Immigration lawyers told …"), but not with a name, which a named source's rules read.
    return /^:\s+$/.test(gap) && els[k]!.lower !== undefined && !els[k]!.name ? unnamedSubject(ctx, els.slice(k), els[k]!.start, end) : null;
  }
  return null;
}

/** Words of a lead before its colon ("Part of the closures look like the work of one new rule:"). */
const COLON_LEAD_REACH = 20;

/**
 * Who reports sentence `i` without being named: its opening subject ("Officials said …"), the words
 * after "according to" ("…, according to local officials."), or the subject of a verb closing it
 * ("…, police said.", "…, said officials."). For a sentence whose source is not named.
 */
export function unnamedReporter(ctx: AttributionContext, i: number): Reporter | null {
  const s = ctx.sents[i]!;
  if (s.end - s.start > MAX_SENTENCE) return null;
  const els = sentenceElements(ctx, i);
  const opening = openingReporter(ctx, i) ?? participleSubject(ctx, els, s.end) ?? pronounReporter(ctx, els, i) ?? reportsOpening(ctx, els, s.end) ?? ofPhraseSubject(ctx, els, s.end);
  if (opening) return opening;
  for (let k = 0; k + 2 < els.length; k++) {
    if (els[k]!.lower !== 'according' || els[k + 1]!.lower !== 'to') continue;
    // "…, the opposition alliance has claimed, according to Varn Radio": the tag before reports; the radio relays it.
    if (relaysTag(ctx, els, k)) break;
    return accordingReporter(ctx, els, k, s.end);
  }
  // "The count issued by the police was cut by 12 after a recount, the ministry said": a speaker of the sentence outranks the compiler.
  return quotedAsReporter(ctx, els, s.end) ?? quotedClosing(ctx, els, s.end) ?? closingReporter(ctx, els, s.end) ?? closingPluralReport(ctx, els, s.end) ?? asClauseReporter(ctx, els, s.end) ?? (taggedAfterComma(ctx, els) ? null : compilerOfOpening(ctx, els, s.end) ?? issuerOfOpeningClause(ctx, els, s.end) ?? partReporter(ctx, els, i) ?? accountFromReporter(ctx, els, s.end));
}

/**
 * "Police were checking an account from a Kelm sea-rescue charity that 300 people were aboard": a noun of a report, "from" or
 * "by" and someone unnamed, then "that", is that someone's report of what follows. Why: the sentence's subject only weighs the
 * report, and the count in it went to no one. Not "an account from the scene that …": no speaker's noun ends the phrase.
 */
function accountFromReporter(ctx: AttributionContext, els: Element[], until: number): Reporter | null {
  const k = els.findIndex((e, j) => ACCOUNT_NOUNS.has(e.lower) && (els[j + 1]?.lower === 'from' || els[j + 1]?.lower === 'by'));
  if (k < 0) return null;
  const that = els.findIndex((e, j) => j > k + 2 && j <= k + 2 + REPORTER_REACH + 1 && e.lower === 'that');
  return that > 0 && !punctuatedBetween(ctx, els[k + 1]!.end, els[that]!.start) ? reporterEndingAt(ctx, els, k + 2, that - 1, until) : null;
}
const ACCOUNT_NOUNS: ReadonlySet<string | undefined> = new Set(['account', 'accounts', 'report', 'reports', 'claim', 'claims']);

/**
 * "Organisers of Sunday's march against the visit of Premier Ana Ruiz claimed that 40,000 came": a plural speaker's noun opening
 * the sentence, then "of" and a long phrase of what they are of (names in it too), with no pause, up to the reporting verb; the
 * noun is the subject and reports the sentence. Why: the phrase put the verb past the subject's reach, and the count went to no
 * one. Not where a count, a relative or a pronoun in the phrase may own the verb, nor a passive verb.
 */
function ofPhraseSubject(ctx: AttributionContext, els: Element[], until: number): Reporter | null {
  const at = COORDINATORS.has(els[0]?.lower) ? 1 : 0;
  const noun = els[at]?.lower;
  if (noun === undefined || !noun.endsWith('s') || !isSpeakerWord(ctx, noun) || els[at + 1]?.lower !== 'of' || punctuatedBetween(ctx, els[at]!.end, els[at + 1]!.start)) return null;
  for (let k = at + 2; k < els.length && k <= at + 2 + OF_PHRASE_REACH; k++) {
    const w = els[k]!;
    if (punctuatedBetween(ctx, els[k - 1]!.end, w.start) || isCount(w) || RELATIVES.has(w.lower) || isPronoun(w.lower) || w.lower === 'it') return null;
    if (w.cls & REPORTING_VERB || isTally(els, k)) return k > at + 2 && !PASSIVE_AUXILIARIES.has(els[k - 1]!.lower ?? '') ? reporter(ctx, els, at, at, until) : null;
  }
  return null;
}
/** Most words of what the speakers are of ("today's march against the visit of President Ana Ruiz"). */
const OF_PHRASE_REACH = 12;

/**
 * "Twelve were hurt, officials said. Nine of them are students.": a sentence opening with a count "of them" (or "of those")
 * and no verb of telling tells a part of the count before it, which the same unnamed speaker reports, to its own end.
 * Why: the part's sentence names no speaker, and the count went to no one.
 */
function partReporter(ctx: AttributionContext, els: Element[], i: number): Reporter | null {
  if (i === 0 || !isCount(els[0]) || els[1]?.lower !== 'of' || !PART_PRONOUNS.has(els[2]?.lower) || els.some((e) => e.cls & REPORTING_VERB)) return null;
  if (sourceOfSentence(ctx, i - 1) !== null) return null;
  const before = unnamedReporter(ctx, i - 1);
  return before && { ...before, until: ctx.sents[i]!.end };
}
/** Pronouns of the whole a part is counted of ("nine of them", "two of those"). */
const PART_PRONOUNS: ReadonlySet<string | undefined> = new Set(['them', 'those']);

/**
 * "The counts differ, as the army report states that 41 died, while …": "as" after a comma opens a clause whose unnamed
 * subject reports the counts after it; that subject, or null. Only where no count stands before "as": the reporter goes to
 * every count of the sentence. Why: the subject opens no sentence and closes none, and the count went to no one.
 */
function asClauseReporter(ctx: AttributionContext, els: Element[], until: number): Reporter | null {
  for (let k = 1; k + 1 < els.length; k++) {
    if (isCount(els[k])) return null;
    if (els[k]!.lower === 'as' && hasCharBetween(ctx, els[k - 1]!.end, els[k]!.start, COMMA)) return clauseReporter(ctx, els, k + 1, until);
  }
  return null;
}

/**
 * "By the time the county authorities issued their statement, two were still missing", "When police released their
 * figures on Monday, the toll stood at 14": a clause of time opening the sentence, whose unnamed subject issued a text or
 * a count, gives the count told after its comma to that subject, as "police said" does. Why: the count is what the text
 * said, and it went to no one. Not "Before police issued …" (the count came before theirs), nor a clause with no count after it.
 */
function issuerOfOpeningClause(ctx: AttributionContext, els: Element[], until: number): Reporter | null {
  // "And once …": a coordinator may open the sentence.
  const o = COORDINATORS.has(els[0]?.lower) ? 1 : 0;
  const at = els[o]?.lower === 'by' && els[o + 1]?.lower === 'the' && els[o + 2]?.lower === 'time' ? o + 3 : ISSUE_CLAUSE_OPENERS.has(els[o]?.lower) ? o + 1 : 0;
  if (at === 0) return null;
  const verb = els.findIndex((e, k) => k > at && k <= at + REPORTER_REACH + 1 && ISSUE_VERBS.has(e.lower));
  if (verb < 0 || punctuatedBetween(ctx, els[at]!.start, els[verb]!.start)) return null;
  const found = reporterEndingAt(ctx, els, at, verb - 1, until);
  if (!found || found.start !== els[at]!.start) return null;
  // What they issued, then the comma that closes the clause, then a count of the sentence's own.
  let comma = -1;
  for (let k = verb + 1; k < els.length && k <= verb + LEADING_CLAUSE_REACH; k++) {
    if (endsSentenceBetween(ctx, els[k - 1]!.end, els[k]!.start)) return null;
    if (hasCharBetween(ctx, els[k - 1]!.end, els[k]!.start, COMMA)) {
      comma = k;
      break;
    }
  }
  if (comma < 0 || !els.slice(verb + 1, comma).some((e) => ISSUED_COUNTS.has(e.lower))) return null;
  return els.slice(comma).some((e) => isCount(e)) ? found : null;
}
/**
 * "Officials raised on Monday to 17 the number of deaths": a verb of revising, a time phrase, "to" and a count, then the
 * noun of the tally, which the verb gives as "raised the toll to 17" does. Why: the time phrase put the tally past the verb's
 * reach, and the count went to no one.
 */
function raisedTo(els: Element[], v: number): boolean {
  if (!REVISED.has(els[v]!.lower)) return false;
  let to = v + 1;
  while (to < els.length && to <= v + RAISED_TIME_REACH && (els[to]!.cls & WEEKDAY || DAY_WORDS.has(els[to]!.lower) || RAISED_TIME.has(els[to]!.lower))) to++;
  if (to === v + 1 || els[to]?.lower !== 'to' || !isCount(els[to + 1])) return false;
  const the = ARTICLES.has(els[to + 2]?.lower ?? '') ? to + 3 : to + 2;
  return RAISED_TALLIES.has(els[the]?.lower);
}
const REVISED: ReadonlySet<string | undefined> = new Set(['raised', 'raises', 'lowered', 'lowers', 'revised', 'revises', 'updated', 'updates']);
/** Words of a time phrase after the verb ("this Saturday", "on Monday", "late last night"). */
const RAISED_TIME: ReadonlySet<string | undefined> = new Set(['on', 'this', 'last', 'late', 'early', 'night', 'morning', 'evening', 'afternoon']);
const RAISED_TIME_REACH = 3;
/** Nouns of the tally so raised. */
const RAISED_TALLIES: ReadonlySet<string | undefined> = new Set(['number', 'toll', 'tally', 'count', 'total', 'figure']);

/** Words opening a clause of the time a text was issued ("when", "after", "once"; "by the time" is read whole). */
const ISSUE_CLAUSE_OPENERS: ReadonlySet<string | undefined> = new Set(['when', 'after', 'once']);
/** Verbs of issuing a text or count. */
const ISSUE_VERBS: ReadonlySet<string | undefined> = new Set([...ISSUED_VERBS, 'updated']);
/** What a body issues that holds a count ("a press release", "their latest figures"). */
const ISSUED_COUNTS: ReadonlySet<string | undefined> = new Set([...ISSUED, ...COUNT_RELEASES, 'report', 'update', 'toll', 'bulletin']);

/**
 * "A list compiled by local officials shows 85 people missing", "Figures released by the families of the
 * victims put …": a subject that is a list or tally, published "by" speakers the text does not name, gives
 * its figures to them, as "released by the Varn Agency" does to a named body. Those speakers, or null.
 */
function compilerOfOpening(ctx: AttributionContext, els: Element[], until: number): Reporter | null {
  for (let p = 1; p < els.length - 2 && p <= SUBJECT_REACH; p++) {
    if (els[p - 1]!.name || punctuatedBetween(ctx, els[p - 1]!.end, els[p]!.start)) return null;
    // "The count earlier disclosed by …": an adverb may stand between the noun and its participle.
    const list = els[p - 1]!.cls & VERB_FILLER && p > 1 ? els[p - 2]!.lower : els[p - 1]!.lower;
    // "The tally released on Friday by …": the day it was issued may stand before "by".
    const by = p + 1 + (compiled(els[p]!.lower!) ? dayOf(els, p + 1) : 0);
    if (!compiled(els[p]!.lower!) || !LIST_NOUNS.has(list) || els[by]?.lower !== 'by') continue;
    for (let j = by + 1; j < els.length && j <= by + 1 + REPORTER_REACH; j++) {
      const e = els[j]!;
      // "by the Kelmorese authorities": a people's adjective read as a name is a word of the phrase.
      if ((e.name && !peoplesAdjective(ctx, els, j)) || (j > by + 1 && punctuatedBetween(ctx, els[j - 1]!.end, e.start))) return null;
      // "by government officials": a speaker's noun may describe the one after it, which ends the phrase.
      if (e.lower !== undefined && isSpeakerWord(ctx, e.lower) && !(els[j + 1]?.lower !== undefined && isSpeakerWord(ctx, els[j + 1]!.lower!))) return reporterEndingAt(ctx, els, by + 1, j, until);
    }
    return null;
  }
  return null;
}

/** A reporting verb stands after a comma in `els` (", the ministry said"): the sentence has a speaker, named or not, of its own. */
const taggedAfterComma = (ctx: AttributionContext, els: Element[]): boolean => els.some((e) => e.cls & REPORTING_VERB && hasCharBetween(ctx, els[0]!.start, e.start, COMMA));

/** Nouns of a list or tally that its compiler speaks for ("a list compiled by relatives", "the figure revealed by officials"). */
const LIST_NOUNS: ReadonlySet<string | undefined> = new Set(['list', 'lists', 'tally', 'tallies', 'count', 'counts', 'figure', 'figures', 'data', 'records', 'toll', 'estimate', 'estimates']);
/** Participles of making a count known, whose "by" names who made it, beside figure-owners' (read at call time: the modules import each other). */
const compiled = (word: string): boolean => AGENT_PARTICIPLES.has(word) || word === 'revealed' || word === 'disclosed';

/** The unnamed speaker of "according to" at els[k] ("according to local officials", "according to a military statement"), or null. */
function accordingReporter(ctx: AttributionContext, els: Element[], k: number, until: number): Reporter | null {
  // "…, according to" closing a cut text names no one.
  if (k + 2 >= els.length) return null;
  // The phrase runs to the next punctuation, within ACCORDING_REACH words.
  let last = k + 2;
  while (last + 1 < els.length && last + 1 < k + 2 + ACCORDING_REACH && !punctuatedBetween(ctx, els[last]!.end, els[last + 1]!.start)) last++;
  // "…, according to Yerevan.": a capital or country alone stands for its government, as "Yerevan said" does (capitalSpeaking).
  if (last === k + 2 && oneWordPlace(ctx, els[last]!)) return reporter(ctx, els, last, last, until);
  if (last === k + 2 && els[last]!.lower === 'it') return bodyBefore(ctx, els, k, until);
  return familiarReporter(ctx, els, k + 2, last, until) ?? reporterEndingAt(ctx, els, k + 2, last, until, ACCORDING_TALLIES.has(els[last]!.lower)) ?? placedReporter(ctx, els, last, until, k + 2) ?? describedByClause(ctx, els, k + 2, last, until) ?? issuedTally(ctx, els, k + 2, last, until);
}

/**
 * "Data from the energy ministry told another story: according to it, only 412,000 homes …": "according to it" stands for the
 * unnamed body the sentence names before it; that body, reporting to the sentence's end, or null. Why: "it" named no one, and
 * the counts went to no one.
 */
function bodyBefore(ctx: AttributionContext, els: Element[], k: number, until: number): Reporter | null {
  for (let j = 0; j < k; j++) {
    const w = els[j]!.lower;
    if (w === undefined || !isSpeakerWord(ctx, w) || !agrees('it', w) || possessed(ctx, els[j]!) || (els[j + 1]?.lower !== undefined && isSpeakerWord(ctx, els[j + 1]!.lower!))) continue;
    return reporterEndingAt(ctx, els, 0, j, until);
  }
  return null;
}

/**
 * "according to a person familiar with the raids and a police spokesman": a speaker's noun then "familiar with" and what they
 * know of, up to an "and" joining another speaker or a "who" clause, is one unnamed source. Why: read to the phrase's last word,
 * it ended on no speaker's noun ("raids"), and the count went to no one. The phrase is els[first..last]; null where none is.
 */
function familiarReporter(ctx: AttributionContext, els: Element[], first: number, last: number, until: number): Reporter | null {
  let j = first + 1;
  while (j < last && !(els[j]!.lower === 'familiar' && els[j + 1]!.lower === 'with')) j++;
  if (j >= last || !(isSpeakerNoun(els[j - 1]!.lower ?? '') || FAMILIAR_PEOPLE.has(els[j - 1]!.lower))) return null;
  let end = j + 2;
  while (end < last && !FAMILIAR_ENDS.has(els[end + 1]!.lower)) end++;
  return end <= last ? reporter(ctx, els, first, end, until) : null;
}

/** Nouns of people who may be sources familiar with something ("a person familiar with the talks"). */
const FAMILIAR_PEOPLE: ReadonlySet<string | undefined> = new Set(['person', 'persons', 'people']);
/** Words ending what a source is familiar with ("… with the raids and a police spokesman", "… with the talks who spoke"). */
const FAMILIAR_ENDS: ReadonlySet<string | undefined> = new Set(['and', 'who', 'which', 'but']);

/**
 * "according to official figures released on Friday showing 400 missing", "according to the latest count published by the
 * ministry's website": a tally's noun, then a participle of issuing it, closes the "according to" phrase; the tally speaks for
 * whoever keeps it. Why: read to the phrase's last word, it ended on no speaker's noun, and the count went to no one.
 */
function issuedTally(ctx: AttributionContext, els: Element[], first: number, last: number, until: number): Reporter | null {
  const noun = els.findIndex((e, j) => j >= first && j < last && ACCORDING_TALLIES.has(e.lower) && AGENT_PARTICIPLES.has(els[j + 1]!.lower!));
  if (noun < 0) return null;
  // "as per figures collated by the channel": the speaker "by" names keeps the tally, not its noun.
  const agent = els[noun + 2]?.lower === 'by' && noun + 3 <= last ? reporterEndingAt(ctx, els, noun + 3, last, until) : null;
  return agent ?? reporterEndingAt(ctx, els, first, noun, until, true);
}

/**
 * "Yerevan said 12 soldiers died", "Ostra has denied it": a capital or country of one word alone as the subject of a reporting
 * verb (auxiliaries between) stands for its government, whose word the article gives. Why: read as a place it said nothing, and
 * the count went to no one. Not "Ostra Province officials said" (the place describes the speaker), nor a verb that reports nothing.
 */
function capitalSpeaking(ctx: AttributionContext, els: Element[], start: number, verb: number): boolean {
  if (!oneWordPlace(ctx, els[start]!) || (start > 0 && !punctuatedBetween(ctx, els[start - 1]!.end, els[start]!.start) && els[start - 1]!.lower !== undefined && !COORDINATORS.has(els[start - 1]!.lower))) return false;
  for (let k = start + 1; k < verb; k++) if (!(els[k]!.cls & VERB_FILLER) && !capitalVerbFiller(els, k)) return false;
  return CAPITAL_VERBS.has(els[verb]!.lower) && !punctuatedBetween(ctx, els[start]!.end, els[start + 1]!.start) && !passiveBetween(els, start, verb);
}

/**
 * "Kelmor on Monday claimed …", "But Ostra only confirmed 61": the day it spoke ("on Monday", "Monday") and "only" may stand
 * between the government's place and its verb, as auxiliaries do. Why: read as words of a subject, they kept the place from
 * speaking, and the count went to no one.
 */
const capitalVerbFiller = (els: Element[], k: number): boolean =>
  els[k]!.lower === 'only' || (els[k]!.cls & WEEKDAY) !== 0 || DAY_WORDS.has(els[k]!.lower) || (els[k]!.lower === 'on' && ((els[k + 1]?.cls ?? 0) & WEEKDAY) !== 0);

/** The place of a government opening the subject at els[start], past a coordinator opening the sentence ("But Ostra confirmed"). */
const capitalStart = (els: Element[], start: number): number => (start === 0 && COORDINATORS.has(els[0]?.lower) ? 1 : start);
/** Verbs of a government's word ("Russia continues to mourn" reports nothing, though "continues" may tell speech). */
const CAPITAL_VERBS: ReadonlySet<string | undefined> = new Set(['said', 'says', 'told', 'reported', 'announced', 'claimed', 'claims', 'confirmed', 'denied', 'denies', 'refuted', 'refutes', 'insisted', 'stated', 'warned', 'accused', 'accuses', 'blamed', 'blames']);
/** A place's name of one capitalised word ("Yerevan", "Ostra"), not initials. */
const oneWordPlace = (ctx: AttributionContext, e: Element): boolean => e.name?.kind === 'place' && /^\p{Lu}\p{Ll}+$/u.test(ctx.text.slice(e.start, e.end));

/**
 * "According to a resident who fled the village, …", "according to two officers who would not give their names": a relative clause
 * on the speaker's noun, with no comma, closes the "according to" phrase; the speaker is the noun before "who". Why: read to
 * the clause's last word, the phrase ended on no speaker's noun, and the count went to no one.
 */
function describedByClause(ctx: AttributionContext, els: Element[], first: number, last: number, until: number): Reporter | null {
  const who = els.findIndex((e, j) => j > first && j <= last && e.lower === 'who');
  return who < 0 ? issuedWhen(ctx, els, first, last, until) : reporterEndingAt(ctx, els, first, who - 1, until);
}

/**
 * "according to a Kelmorese study published last month, …": when a text was issued closes the phrase as "who" does; the
 * text's own words before the participle are the reporter. Why: read to "month", the phrase ended on no speaker's noun.
 */
function issuedWhen(ctx: AttributionContext, els: Element[], first: number, last: number, until: number): Reporter | null {
  const issued = els.findIndex((e, j) => j > first && j <= last && ISSUE_VERBS.has(e.lower));
  return issued < 0 ? null : issuerAfter(ctx, els, issued, last, until) ?? reporterEndingAt(ctx, els, first, issued - 1, until);
}

/**
 * "according to a statement released by the navy early on Tuesday, …": "by" after the participle of issuing names who issued
 * the text, whose word it gives; that speaker's phrase (up to its last speaker's noun), or null. Why: the text's own words ("a
 * statement") were taken for the reporter, and the count went to a statement, not to the body that made it.
 */
function issuerAfter(ctx: AttributionContext, els: Element[], issued: number, last: number, until: number): Reporter | null {
  if (els[issued + 1]?.lower !== 'by') return null;
  for (let j = issued + 2; j <= last; j++) {
    const e = els[j]!;
    if (e.name ? !possessed(ctx, e) : e.cls & FUNCTION && !ARTICLES.has(e.lower)) return null;
    if (e.lower !== undefined && isSpeakerWord(ctx, e.lower) && !(els[j + 1]?.lower !== undefined && j + 1 <= last && isSpeakerWord(ctx, els[j + 1]!.lower!))) return reporterEndingAt(ctx, els, issued + 2, j, until);
  }
  return null;
}

/**
 * "The rebels quickly denied the count, saying only one fighter was killed": a subject of a speaker
 * noun opening the sentence, whose own verb reports nothing, speaks in a reporting participle set
 * off by a comma later in it, or in a reporting verb joined to its own by "and". Only read where no opening reporting verb was found.
 */
function participleSubject(ctx: AttributionContext, els: Element[], until: number): Reporter | null {
  const noun = openingNoun(ctx, els);
  if (noun < 0) return null;
  // Since the last comma: no other speaker stands before a joined "and said".
  let other = false;
  for (let k = noun + 2; k < els.length; k++) {
    const e = els[k]!;
    if (e.cls & REPORTING_PARTICIPLE) return hasCharBetween(ctx, els[k - 1]!.end, e.start, COMMA) ? openingPhrase(ctx, els, noun, until) : null;
    if (hasCharBetween(ctx, els[k - 1]!.end, e.start, COMMA)) other = false;
    // "But state media disputed the claim and said …": a reporting verb joined by "and" shares the opening subject.
    if (e.lower === 'and' && (els[k + 1]?.cls ?? 0) & REPORTING_VERB && !other && !punctuatedBetween(ctx, e.end, els[k + 1]!.start) && !listAfterBe(ctx, els, noun, k)) return openingPhrase(ctx, els, noun, until);
    if (e.name ? e.name.kind !== 'place' : isSpeakerWord(ctx, e.lower!)) other = true;
  }
  return null;
}

/**
 * "The police raid was brutal, planned, and announced days ahead": the verb after "and" at els[and + 1] ends a list of two or
 * more words set off by commas after a "was" or "is" of the subject; it is one of those words, a passive participle, no report of
 * the subject's. Why: read as the police's verb, it gave them words they never said, and a card. Not "were at the scene and said".
 */
function listAfterBe(ctx: AttributionContext, els: Element[], noun: number, and: number): boolean {
  let be = and - 1;
  while (be > noun && !PASSIVE_AUXILIARIES.has(els[be]!.lower ?? '')) be--;
  if (be === noun || and - be < 3) return false;
  for (let m = be + 1; m < and - 1; m++) if (els[m]!.lower === undefined || !/^,\s+$/.test(ctx.text.slice(els[m]!.end, els[m + 1]!.start))) return false;
  return true;
}

/**
 * Index of a speaker noun among the first words of `els` ("The rebels", "But an army spokesman"),
 * with no name but a place before it, followed by a word of its own clause (its verb); else -1.
 */
function openingNoun(ctx: AttributionContext, els: Element[]): number {
  const from = openingAt(ctx, els);
  // "The coal mine safety bureau": the article is no word of the subject's reach, as in unnamedSubject.
  const reach = from + SUBJECT_REACH + (ARTICLES.has(els[from]?.lower ?? '') ? 1 : 0);
  for (let i = from; i < els.length && i < reach; i++) {
    const e = els[i]!;
    if (e.lower === undefined ? e.name.kind !== 'place' : e.cls & REPORTING_VERB) return -1;
    // "an army spokesman": the last of the speaker's nouns heads the phrase.
    if (e.lower === undefined || !isSpeakerWord(ctx, e.lower) || (els[i + 1]?.lower !== undefined && isSpeakerWord(ctx, els[i + 1]!.lower!))) continue;
    // "An Ostran source, who asked not to be named, confirmed …": a relative clause set off by commas may stand before the verb.
    const related = els[i + 1]?.lower === 'who' ? relativeEnd(ctx, els, i + 1) : -1;
    const verb = els[related > 0 ? related : i + 1];
    return verb && !verb.name && (related > 0 || !punctuatedBetween(ctx, e.end, verb.start)) ? i : -1;
  }
  return -1;
}

/** The speaker's phrase ending at els[noun] that opens the sentence (after a coordinator), or null. */
function openingPhrase(ctx: AttributionContext, els: Element[], noun: number, until: number): Reporter | null {
  const found = reporterEndingAt(ctx, els, 0, noun, until);
  const opening = els[openingAt(ctx, els)]!;
  return found && found.start === opening.start ? found : null;
}

/**
 * Where the subject of the sentence of `els` opens: past a coordinator ("But the rebels …") or an adverb set off by a comma
 * ("Meanwhile, the police have defended …, stating …"). Why: read as a word of the subject, the adverb kept the speaker
 * from opening the sentence, and the count went to no one.
 */
function openingAt(ctx: AttributionContext, els: Element[]): number {
  if (COORDINATORS.has(els[0]?.lower)) return 1;
  return ASIDE_ADVERBS.has(els[0]?.lower ?? '') && els[1] !== undefined && hasCharBetween(ctx, els[0]!.end, els[1].start, COMMA) ? 1 : 0;
}

/**
 * "Separatists accused the army of an attack. They say eight were killed", "An army spokesman
 * disputed the account. The clash left seven dead, he said.": a pronoun reporting sentence `i`
 * (opening it, or closing it after a comma) stands for an unnamed speaker opening one of the
 * sentences just before, where no named source or person stands nearer; "they" for a plural
 * speaker, "he"/"she" for a singular person's noun, "it" (or "the announcement") for a body's. That speaker, reporting sentence `i`.
 */
function pronounReporter(ctx: AttributionContext, els: Element[], i: number): Reporter | null {
  const word = reportingPronoun(ctx, els);
  return word === undefined ? null : antecedentReporter(ctx, word, i);
}

/** The unnamed speaker opening one of the few sentences before sentence `i` that the pronoun `word` in it stands for, reporting to its end; or null. */
function antecedentReporter(ctx: AttributionContext, word: string, i: number): Reporter | null {
  const s = ctx.sents[i]!;
  for (let j = i - 1; j >= 0 && j >= i - PRONOUN_REACH; j--) {
    const before = sentenceElements(ctx, j);
    // "Dock unions voiced anger at the cuts, according to the Varn Courier. They claim …": the outlet a trailing
    // "according to" names passes the sentence on; "they" is the plural speaker opening it, not that outlet.
    if (sourceOfSentence(ctx, j) !== null && !(word === 'they' && closingAccording(ctx, before))) return null;
    // "Police found 40 rifles, it said.": the subject of what "it" tells is no speaker of it.
    if (closingIt(ctx, before) >= 0) continue;
    const noun = openingNoun(ctx, before);
    const found = noun >= 0 && agrees(word, before[noun]!.lower!) ? quoteTagOpening(ctx, before, j, s.end) ?? openingPhrase(ctx, before, noun, s.end) : null;
    if (found) return found;
    const according = openingAccording(ctx, before, word, s.end) ?? closingAccordingBody(ctx, before, word, s.end);
    if (according) return according;
    const stranger = strangerTag(ctx, word, j);
    if (stranger) return { ...stranger, until: s.end };
    if (before.some((e) => e.name?.kind === 'person')) return null;
  }
  return null;
}

/**
 * `“We regret the error,” a committee of doctors said in a statement. “…,” it said.`: where the sentence a pronoun looks back
 * to opens with a quote, its unnamed speaker is the one that quote's own tag names, read as the quote's tag is read
 * (reporterAfter: "a committee of doctors", not the first noun "a committee"), so that both quotes go to one source.
 * Reporting to `until`, or null where the sentence (of `els`, index `j`) opens otherwise or its tag names no one unnamed.
 */
function quoteTagOpening(ctx: AttributionContext, els: Element[], j: number, until: number): Reporter | null {
  const s = ctx.sents[j]!;
  const seg = ctx.quoted[firstFrom(ctx.quoted, s.start)];
  if (seg === undefined || seg.start > s.start + 2 || els[0] === undefined || els[0].start < seg.end) return null;
  // The closing mark is the last character before the tag's first word (`,” a committee …`).
  const close = ctx.text.slice(seg.end, els[0].start).trimEnd().length + seg.end;
  const found = reporterAfter(ctx, { open: seg.start - 1, close, segments: [seg], para: s.para, closed: true }, s.end);
  return found !== null && found.start === els[0].start ? { ...found, until } : null;
}

/**
 * "According to a statement released by the navy, 9 drones were downed. It said 14 were launched.": the unnamed speaker an
 * "according to" opening the sentence before names is whom a later pronoun that agrees with its noun stands for, reporting
 * to the end of the pronoun's sentence; or null. Why: no subject opened that sentence, and the pronoun's counts went to no one.
 */
function openingAccording(ctx: AttributionContext, els: Element[], word: string, until: number): Reporter | null {
  if (!accordingAt(els, 0)) return null;
  const found = accordingReporter(ctx, els, 0, until);
  const noun = found ? els.find((e) => e.end === found.end)?.lower : undefined;
  return noun !== undefined && agrees(word, noun) ? { ...found!, until } : null;
}

/**
 * "The toll rose to 31, according to the county coroner's office. Twenty were adults, it said.": the unnamed body a closing
 * "according to" of the sentence before names is whom a later "it" stands for, as an opening one is (openingAccording); or null.
 * Why: the "it" found no subject opening that sentence, and its counts went to no one. Only "it": a "they" after such a tail
 * is more often the sentence's own subject ("Dock unions …, according to the Varn Courier. They claim …").
 */
function closingAccordingBody(ctx: AttributionContext, els: Element[], word: string, until: number): Reporter | null {
  if (word !== 'it' || !closingAccording(ctx, els)) return null;
  let k = els.length - 3;
  while (k > 0 && !accordingAt(els, k)) k--;
  return k > 0 ? openingAccording(ctx, els.slice(k), word, until) : null;
}

/**
 * `The KDMA spokesperson said the count was too high. “…,” he told Kelmor Radio.`: sentence `i` opens with an
 * unnamed speaker the pronoun `word` agrees with ("he" with "spokesperson", not with "ministry"); that speaker,
 * not a person named further back, is whom the pronoun stands for.
 */
export function agreeingOpening(ctx: AttributionContext, word: string, i: number): boolean {
  const els = sentenceElements(ctx, i);
  const noun = openingNoun(ctx, els);
  return noun >= 0 && agrees(word, els[noun]!.lower!) && openingPhrase(ctx, els, noun, ctx.sents[i]!.end) !== null;
}

/**
 * Sentence `i` opens with a body the text does not name, with no name set beside it ("The mine office in Dorvik would not
 * confirm …", not "The watchdog, the Work Safety Agency, had …" nor "The state's watchdog"): what a later "it" stands for.
 */
export function unnamedOpeningBody(ctx: AttributionContext, i: number): boolean {
  const els = sentenceElements(ctx, i);
  const noun = openingNoun(ctx, els);
  return noun >= 0 && agrees('it', els[noun]!.lower!) && !possessed(ctx, els[noun]!) && !punctuatedBetween(ctx, els[noun]!.end, els[noun + 1]!.start) && openingPhrase(ctx, els, noun, ctx.sents[i]!.end) !== null;
}

/** The pronoun that reports the sentence of `els`: "They say …" or "…, he said." (closing it), "it" for "The statement said …"; undefined where none does. */
function reportingPronoun(ctx: AttributionContext, els: Element[]): string | undefined {
  // "And they said two more were found": a sentence may open with "and" or "but" before its pronoun.
  const at = LINKING_OPENERS.has(els[0]?.lower) ? 1 : 0;
  const first = els[at]?.lower;
  // "They spoke on condition of anonymity": the terms they spoke on, no report of theirs.
  // "They claim …": a verb spelt as a noun reports after a plural pronoun as after a plural speaker's noun.
  const plural = first === 'they' && PLURAL_REPORT_VERBS.has(els[at + 1]?.lower);
  // "It put the toll at 31": a body giving a toll reports it, as one saying so does.
  if ((isPronoun(first) || first === 'it') && ((els[adverbsPast(els, at + 1)]?.cls ?? 0) & REPORTING_VERB || plural || (first === 'it' && isTally(els, at + 1)))) return els[at + 2]?.lower === 'on' && els[at + 3]?.lower === 'condition' ? undefined : first;
  if ((isPronoun(first) || first === 'it') && secondVerbReports(ctx, els, at)) return first;
  // "The military said … . The announcement said 61 had died": what a body issued speaks for it, as "it" does.
  if (first === 'the' && ISSUED_DOCUMENTS.has(els[1]?.lower) && (els[2]?.cls ?? 0) & REPORTING_VERB) return 'it';
  const last = els.length - 1;
  for (let v = last; v > 0 && v >= last - OWN_VERB_REACH; v--) {
    const word = els[v - 1]!.lower;
    if (els[v]!.cls & REPORTING_VERB && (isPronoun(word) || word === 'it') && closesClause(ctx, els, v) && commaBefore(ctx, els[v - 1]!.start)) return word;
  }
  return undefined;
}

/**
 * "He also said …", "She later told …": the index past the adverbs and active auxiliaries from els[k] to the verb; a passive's
 * auxiliary ("He was told") is not passed, for its subject heard, not spoke.
 */
function adverbsPast(els: Element[], k: number): number {
  while (k < els.length && els[k]!.cls & VERB_FILLER && !PASSIVE_AUXILIARIES.has(els[k]!.lower ?? '')) k++;
  return k;
}

/** Words that join a sentence to the one before without a clause of their own. */
const LINKING_OPENERS: ReadonlySet<string | undefined> = new Set(['and', 'but']);

/** "they" stands for a plural noun of speakers, "he"/"she" for a singular noun of a person ("spokesman", not "ministry"), "it" for a body's ("agency"). */
function agrees(pronoun: string, noun: string): boolean {
  const plural = noun.endsWith('s') && !noun.endsWith('ss');
  if (pronoun === 'they') return plural || PEOPLE_PLURALS.has(noun);
  if (pronoun === 'it') return !plural && ((wordClass(noun) & BODY_NOUN) !== 0 || UNNAMED_BODIES.has(noun));
  // "An Ostran source, who asked not to be named, confirmed the crash. He said …": a source is one person too.
  return !plural && ((wordClass(noun) & (SPOKESNOUN | PERSON_NOUN | ROLE_HEAD)) !== 0 || ONE_VOICE.has(noun));
}

/** What a body issues, which says what the body does ("the statement said", "the announcement added"). */
const ISSUED_DOCUMENTS: ReadonlySet<string | undefined> = new Set([...ISSUED, 'announcement']);

/** How many sentences back a reporting pronoun looks for the unnamed speaker it stands for. */
const PRONOUN_REACH = 3;

/**
 * "…, police said." / "…, officials said on Friday." / "…, authorities said, as …" / "…, said
 * officials.": a speaker noun set off by a comma with a reporting verb that closes the sentence or
 * its clause (nothing it reports follows: the end, a comma, or a word opening another clause).
 */
function closingReporter(ctx: AttributionContext, els: Element[], until: number): Reporter | null {
  for (let v = 1; v < els.length; v++) {
    if (!(els[v]!.cls & REPORTING_VERB) || !closesClause(ctx, els, v)) continue;
    let noun = v - 1;
    while (noun > 0 && els[noun]!.cls & VERB_FILLER) noun--;
    noun -= dayBefore(els, noun);
    // Its report is the words before it ("…, authorities said as rescuers searched for 12 more"), and the toll
    // that a participle set off after it brings them to ("…, the source said, bringing the toll to 15").
    const reach = Math.min(until, tollBroughtAfter(ctx, els, v) || els[v]!.end);
    // "…, a source from Kelmor hospital said": where the place's own noun is a speaker's ("hospital") but opens no phrase after the comma, the speaker is placed there.
    const member = memberReporter(ctx, els, noun, groupOfBefore(ctx, els, noun, reach) ?? reporterEndingAt(ctx, els, 0, noun, reach));
    if (member && tagOpens(ctx, els, member.start)) return member;
    const placed = placedReporter(ctx, els, noun, reach) ?? bodyForBefore(ctx, els, noun, reach);
    if (placed && tagOpens(ctx, els, placed.start)) return placed;
    const described = describedBeforeClause(ctx, els, v, reach);
    if (described && tagOpens(ctx, els, described.start)) return described;
  }
  // ", said officials.": the verb turned round after a comma, at the end.
  const last = els.length - 1;
  for (let j = last - 1; j >= 0 && j >= last - OWN_VERB_REACH; j--) {
    if (els[j]!.cls & REPORTING_VERB) return commaBefore(ctx, els[j]!.start) ? reporterEndingAt(ctx, els, j + 1, last, until) : null;
  }
  return invertedBeforeRelative(ctx, els, until);
}

/**
 * "…, said a hospital source who put the toll at 11.", "…, said opposition activists, who blamed the army.": the verb turned
 * round after a comma, and the speaker's phrase closed by a relative clause on it; that speaker, or null. Why: read to the
 * sentence's end, the phrase ended on no speaker's noun, and the count (the clause's own too) went to no one.
 */
function invertedBeforeRelative(ctx: AttributionContext, els: Element[], until: number): Reporter | null {
  const who = els.findIndex((e, k) => k > 1 && e.lower === 'who');
  for (let j = who - 2; j >= 0 && j >= who - 1 - REPORTER_REACH; j--) {
    if (els[j]!.cls & REPORTING_VERB) return commaBefore(ctx, els[j]!.start) ? reporterEndingAt(ctx, els, j + 1, who - 1, until) : null;
  }
  return null;
}

/**
 * "…, two Kelmor diplomats who handled the talks told the agency.": a relative clause with no commas between the speaker's
 * noun and the closing verb els[v]; the speaker before "who", or null. Why: read to the clause's last word, the phrase ended
 * on no speaker's noun, and the count went to no one.
 */
function describedBeforeClause(ctx: AttributionContext, els: Element[], v: number, until: number): Reporter | null {
  for (let who = v - 2; who > 0 && who >= v - APPOSITION_REACH; who--) {
    if (punctuatedBetween(ctx, els[who]!.end, els[who + 1]!.start)) return null;
    if (els[who]!.lower === 'who') return punctuatedBetween(ctx, els[who - 1]!.end, els[who]!.start) ? null : reporterEndingAt(ctx, els, 0, who - 1, until);
  }
  return null;
}

/**
 * After the closing reporting verb els[v] (and who it was told to), a comma opens a participle of raising a toll
 * to a count ("…, police told Kelmor Radio, bringing the toll to 15"): where that count ends, else 0. A count it
 * rises "from" was another's ("raising the toll from 12 announced earlier").
 */
function tollBroughtAfter(ctx: AttributionContext, els: Element[], v: number): number {
  let k = v + 1;
  while (k < els.length && k <= v + TOLD_REACH && !punctuatedBetween(ctx, els[k - 1]!.end, els[k]!.start)) k++;
  if (!TOLL_PARTICIPLES.has(els[k]?.lower) || !hasCharBetween(ctx, els[k - 1]!.end, els[k]!.start, COMMA)) return 0;
  for (let m = k + 1; m < els.length && m <= k + TOLL_TO_REACH; m++) {
    if (punctuatedBetween(ctx, els[m - 1]!.end, els[m]!.start)) return 0;
    if (els[m]!.lower !== 'to') continue;
    for (let c = m + 1; c < els.length && c <= m + 3; c++) if (isCount(els[c]!)) return els[c]!.end;
    return 0;
  }
  return 0;
}

/** Words between that participle and its "to" ("bringing the overall death toll to", "bringing the death toll in the latest outbreak to"). */
const TOLL_TO_REACH = 8;

/** Participles that carry a toll on from the count before them ("bringing the toll to 15"). */
const TOLL_PARTICIPLES: ReadonlySet<string | undefined> = new Set(['bringing', 'raising', 'taking', 'pushing', 'lifting']);

/** Words of whom a report was told to between its verb and the comma after ("told Kelmor Radio"). */
const TOLD_REACH = 3;

/**
 * "…, a regional group of aid organisations said", "…, a local alliance of farm unions said": a group's noun, "of" and the
 * bodies it gathers, ending at els[noun] right before the verb; the whole phrase, or null. Why: read back from its last
 * noun, the phrase ran past its reach inside the group's words ("local group of aid organisations", without its "a"), no
 * comma opened it, and the count went to no one. Each half is read within its own reach.
 */
function groupOfBefore(ctx: AttributionContext, els: Element[], noun: number, until: number): Reporter | null {
  for (let m = noun - 1; m >= 2 && m >= noun - REPORTER_REACH; m--) {
    if (punctuatedBetween(ctx, els[m]!.end, els[m + 1]!.start)) return null;
    if (els[m]!.lower !== 'of' || !GROUPS_OF.has(els[m - 1]!.lower) || punctuatedBetween(ctx, els[m - 1]!.end, els[m]!.start)) continue;
    const bodies = reporterEndingAt(ctx, els, m + 1, noun, until);
    const group = bodies && bodies.start === els[m + 1]!.start ? reporterEndingAt(ctx, els, 0, m - 1, until, true) : null;
    return group && { ...group, label: group.label + ctx.text.slice(els[m - 1]!.end, els[noun]!.end).replace(/\s+/g, ' '), end: els[noun]!.end };
  }
  return null;
}
/** Nouns of a group gathering bodies or people ("a group of rights organisations", "a coalition of unions"). */
const GROUPS_OF: ReadonlySet<string | undefined> = new Set(['group', 'collective', 'coalition', 'alliance', 'network', 'federation', 'association', 'union', 'consortium']);

/**
 * "…, an official in the state government said": a body's phrase after a preposition is where the
 * speaker works; the speaker is the unnamed person's phrase before it, which the reporter takes in.
 */
function memberReporter(ctx: AttributionContext, els: Element[], noun: number, body: Reporter | null): Reporter | null {
  if (!body) return null;
  // The body's phrase opens at most REPORTER_REACH words before its noun.
  let at = noun;
  while (at > 0 && els[at]!.start > body.start) at--;
  if (at < 2 || !MEMBER_LINKS.has(els[at - 1]!.lower) || punctuatedBetween(ctx, els[at - 2]!.end, body.start)) return body;
  const person = reporterEndingAt(ctx, els, 0, at - 2, body.until);
  return person ? { ...person, label: `${person.label}${ctx.text.slice(els[at - 2]!.end, body.end).replace(/\s+/g, ' ')}`, end: body.end } : body;
}

/**
 * "…, a source from Kelmor hospital said", "…, a nurse at the clinic said": the unnamed speaker's phrase, then where they
 * are, ending at els[noun] with a word that is no speaker's; the speaker with that place, or null.
 */
function placedReporter(ctx: AttributionContext, els: Element[], noun: number, until: number, first = 0): Reporter | null {
  for (let m = noun - 1; m >= first + 2 && m >= noun - REPORTER_REACH; m--) {
    const e = els[m]!;
    if (punctuatedBetween(ctx, e.end, els[m + 1]!.start) || e.name?.kind === 'person') return null;
    if (e.lower === undefined || ARTICLES.has(e.lower)) continue;
    if (!PLACED_LINKS.has(e.lower) && !forPlace(els, m, noun)) {
      if (e.cls & FUNCTION) return null;
      continue;
    }
    if (punctuatedBetween(ctx, els[m - 1]!.end, e.start)) return null;
    const person = reporterEndingAt(ctx, els, first, m - 1, until);
    return person && { ...person, label: person.label + ctx.text.slice(els[m - 1]!.end, els[noun]!.end).replace(/\s+/g, ' '), end: els[noun]!.end };
  }
  return null;
}

/**
 * "…, the regional office for flood relief said": the body's noun, "for" and the few lower-case words of what it does, ending at
 * els[noun] right before the verb; the body with what it does, or null. Why: read to "relief", the phrase ended on no speaker's noun,
 * and the count went to no one.
 */
function bodyForBefore(ctx: AttributionContext, els: Element[], noun: number, until: number): Reporter | null {
  for (let m = noun - 1; m >= 1 && m >= noun - BODY_TASK_WORDS; m--) {
    if (els[m]!.lower !== 'for') continue;
    if (bodyForNoun(ctx, els, m, noun + 1) !== noun + 1 - m) return null;
    const body = reporterEndingAt(ctx, els, 0, m - 1, until);
    return body && { ...body, label: body.label + ctx.text.slice(els[m - 1]!.end, els[noun]!.end).replace(/\s+/g, ' '), end: els[noun]!.end };
  }
  return null;
}

/**
 * "The national office for flood relief said": "for" at els[i] after a body's noun, and one to BODY_TASK_WORDS lower-case
 * words of what the body does, right before the reporting verb (or before els[verb], where the verb is known); its elements, or 0.
 * A name or function word among them ("for the victims of Varn") says whom the body serves, no words of its own.
 */
function bodyForNoun(ctx: AttributionContext, els: Element[], i: number, verb = -1): number {
  if (els[i]!.lower !== 'for' || !(els[i - 1]!.cls & BODY_NOUN) || punctuatedBetween(ctx, els[i - 1]!.end, els[i]!.start)) return 0;
  for (let k = i + 1; k < els.length && k <= i + 1 + BODY_TASK_WORDS; k++) {
    const w = els[k]!;
    if (punctuatedBetween(ctx, els[k - 1]!.end, w.start)) return 0;
    if (k === verb || (verb < 0 && k > i + 1 && w.cls & REPORTING_VERB)) return k - i;
    if (w.name || w.lower === undefined || w.cls & (FUNCTION | REPORTING_VERB) || isCount(w) || !(classAt(ctx.text, w.start) & LOWER)) return 0;
  }
  return 0;
}

/** Most words of what a body does after its "for" ("risk management", "disaster risk reduction"). */
const BODY_TASK_WORDS = 3;

/**
 * "Villagers on Marra island said", "fishermen on the island said": "on" and a place's phrase ending in a word of land one
 * lives on, where a speaker is, as "in Marra" says. Only such a word: "on" opens days ("on March 3") and other things
 * ("on condition of anonymity").
 */
function islandOn(ctx: AttributionContext, els: Element[], i: number): boolean {
  if (els[i]!.lower !== 'on') return false;
  for (let k = i + 1; k < els.length && k <= i + REPORTER_REACH; k++) {
    if (punctuatedBetween(ctx, els[k - 1]!.end, els[k]!.start) || isCount(els[k])) return false;
    if (LIVED_ON.has(els[k]!.lower)) return true;
  }
  return false;
}

/** Nouns of land a speaker lives or works on. */
const LIVED_ON: ReadonlySet<string | undefined> = new Set(['island', 'islands', 'isle', 'atoll', 'peninsula', 'coast', 'border', 'frontline', 'front', 'ground', 'scene']);

/** Words placing a speaker where they work ("a source from the hospital", "a doctor at the clinic", "lawyers across the region"). */
const PLACED_LINKS: ReadonlySet<string> = new Set(['from', 'at', 'in', 'across', 'throughout']);
/**
 * "according to the district administration for the Kelm province": "for" and a place (its name, or a place's noun ending the
 * phrase) say which body as "in" does. Why: read to "region", the phrase ended on no speaker's noun, and the count went to no
 * one. Not "a spokesman for the company": no place ends it.
 */
const forPlace = (els: Element[], m: number, noun: number): boolean => els[m]!.lower === 'for' && (els[noun]!.name?.kind === 'place' || (els[noun]!.cls & PLACE_NOUN) !== 0);

/** Nothing the verb at els[v] reports follows it (past whom it was told to): the sentence ends, or "(on) <weekday>" or "yesterday", a comma or a word opening a clause does. */
function closesClause(ctx: AttributionContext, els: Element[], v: number): boolean {
  let next = v + 1;
  // "…, three police sources told Reuters.": whom they told stands between.
  if (TOLD.has(els[v]!.lower)) {
    const listener = ARTICLES.has(els[next]?.lower ?? '') && (els[next + 1]?.name || OUTLET_LISTENERS.has(els[next + 1]?.lower)) ? next + 1 : next;
    if (els[listener]?.name || LISTENERS.has(els[listener]?.lower) || (listener > next && OUTLET_LISTENERS.has(els[listener]?.lower))) next = listener + 1;
  }
  if (els[next]?.lower === 'on' && (els[next + 1]?.cls ?? 0) & WEEKDAY) next += 2;
  else if (DAY_WORDS.has(els[next]?.lower) || (els[next]?.cls ?? 0) & WEEKDAY) next += 1;
  next += issuedInAfter(ctx, els, next);
  const after = els[next];
  return !after || punctuatedBetween(ctx, els[next - 1]!.end, after.start) || CLAUSE_OPENERS.has(after.lower);
}

/**
 * "…, the ministry said in a statement.", "…, it said in a news release, …": "in", an article and at most two words ending
 * in a noun of what a body issues, right after the closing verb, say where it was said; nothing the verb reports. Its
 * elements, or 0. Why: read as words the verb reports, they kept the tag from closing its clause, and the count went to no one.
 */
function issuedInAfter(ctx: AttributionContext, els: Element[], at: number): number {
  if (els[at]?.lower !== 'in' || !ARTICLES.has(els[at + 1]?.lower ?? '')) return 0;
  for (let k = at + 2; k < els.length && k <= at + 4; k++) {
    const w = els[k]!.lower;
    if (w === undefined || punctuatedBetween(ctx, els[k - 1]!.end, els[k]!.start) || (els[k]!.cls & FUNCTION && !ISSUED.has(w))) return 0;
    if (ISSUED.has(w)) return k + 1 - at + postedTo(ctx, els, k + 1);
  }
  return 0;
}

/**
 * "…, the port board said in a statement put on its website.": where the text was put out, a participle of putting out and a
 * short phrase of where, to the clause's end, is no more what the verb reports than "in a statement" is. Its elements, or 0.
 * Why: read as reported words, they kept the tag from closing, and the count went to no one.
 */
function postedTo(ctx: AttributionContext, els: Element[], at: number): number {
  if (!POSTED.has(els[at]?.lower) || !POSTED_LINKS.has(els[at + 1]?.lower)) return 0;
  for (let k = at + 2; k < els.length && k <= at + 1 + POSTED_REACH; k++) {
    if (punctuatedBetween(ctx, els[k - 1]!.end, els[k]!.start)) return k - at;
    if (k === els.length - 1) return k + 1 - at;
  }
  return 0;
}
const POSTED: ReadonlySet<string | undefined> = new Set([...ISSUE_VERBS, 'posted', 'put']);
const POSTED_LINKS: ReadonlySet<string | undefined> = new Set(['on', 'to']);
const POSTED_REACH = 4;

/** Verbs of telling whose listener follows them, and the listeners named by a noun ("told reporters"). */
const TOLD: ReadonlySet<string | undefined> = new Set(['told', 'tells']);
const LISTENERS: ReadonlySet<string | undefined> = new Set(['reporters', 'journalists']);
/** Outlets an article names by their kind as whom it was told to ("told the agency", "told the newspaper"). */
const OUTLET_LISTENERS: ReadonlySet<string | undefined> = new Set(['agency', 'newspaper', 'paper', 'broadcaster', 'channel', 'station', 'network']);

/**
 * The closing tag's speaker, whose phrase opens at `start`, is set off from what it reports: by a comma ("…, police said"), or by
 * "as" and "the" opening the speaker's phrase ("…, killing five as the police and other witnesses said Monday"). Why: after "as"
 * the tag was read as no tag, and the count it closes went to no one. With no "the" ("as relatives and police said") the
 * phrase may be the end of a longer subject, and stays no tag.
 */
function tagOpens(ctx: AttributionContext, els: Element[], start: number): boolean {
  if (commaBefore(ctx, start)) return true;
  const at = els.findIndex((e) => e.start === start);
  return at > 0 && els[at - 1]!.lower === 'as' && els[at]!.lower === 'the';
}

/** A comma, then spaces, right before `pos`. */
function commaBefore(ctx: AttributionContext, pos: number): boolean {
  return /,\s*$/.test(ctx.text.slice(Math.max(0, pos - 4), pos));
}

/**
 * The phrase of words ending at els[last] (none before els[first]) naming a speaker it does not
 * name: a speaker noun, with the determiners, describing words and places right before it and
 * within the same stretch of punctuation ("some news organisations", "a Travis County official");
 * a word that joins ("but", "by", "on") ends it. After "according to", a `tally` ("the official count") stands for
 * whoever keeps it.
 */
function reporterEndingAt(ctx: AttributionContext, els: Element[], first: number, last: number, until: number, tally = false): Reporter | null {
  const noun = els[last]!;
  if (noun.lower === undefined || !(tally || isSpeakerWord(ctx, noun.lower))) return null;
  let from = last;
  while (from > first && from > last - REPORTER_REACH && !punctuatedBetween(ctx, els[from - 1]!.end, els[from]!.start)) {
    const e = els[from - 1]!;
    // "Despite beating analyst estimates": a verb's "-ing" form is no word of the speaker's phrase.
    // "some witnesses and sources": "and" joins two speakers' nouns into one phrase.
    // "security and hospital officials": so does it join two words describing the one noun.
    const joined = e.lower === 'and' && from - 2 >= first && els[from - 2]!.lower !== undefined && (isSpeakerWord(ctx, els[from - 2]!.lower!) || describing(els[from - 2]!));
    if (e.name ? e.name.kind !== 'place' && !possessed(ctx, e) && !countedMembers(ctx, els, from - 1) && !otherBodyAfter(ctx, els, from - 1) && !peoplesAdjective(ctx, els, from - 1) : (e.cls & FUNCTION && !DETERMINERS.has(e.lower) && !QUANTIFIERS.has(e.lower) && !joined) || (e.lower.endsWith('ing') && !nounAfterArticle(ctx, els, from - 1, first))) break;
    from--;
  }
  return reporter(ctx, els, from, last, until);
}

/**
 * "a shipping ministry official", "the mining company": an "-ing" word right after an article, in the same stretch, names what
 * the speaker's body deals in; no verb's form ("Despite beating analyst estimates").
 */
function nounAfterArticle(ctx: AttributionContext, els: Element[], i: number, first: number): boolean {
  const before = els[i - 1];
  return i - 1 >= first && before?.lower !== undefined && (ARTICLES.has(before.lower) || countsSpeakers(before)) && !(els[i]!.cls & (FUNCTION | REPORTING_VERB)) && !punctuatedBetween(ctx, before.end, els[i]!.start);
}

/**
 * "Three leading aid groups say": after a count or a word of quantity an "-ing" word describes the speakers counted, as
 * after an article. Why: read as a verb's form it ended the phrase at "aid groups", after "leading", and the count went to no one.
 */
const countsSpeakers = (e: Element): boolean => QUANTIFIERS.has(e.lower!) || isCount(e);

/** The name at els[i] is short for a longer one, and a body's noun after it names another body ("Ostra administration"). */
function otherBodyAfter(ctx: AttributionContext, els: Element[], i: number): boolean {
  const next = els[i + 1];
  return next?.lower !== undefined && (next.cls & BODY_NOUN) !== 0 && !punctuatedBetween(ctx, els[i]!.end, next.start) && shortOfOther(ctx, els[i]!, next.lower);
}

/**
 * "two Kelmor Bank sources", "three Varn officials": a name between a count and a speaker noun is
 * whose people they are, a few unnamed of them; the name at els[i] describes the speaker.
 */
function countedMembers(ctx: AttributionContext, els: Element[], i: number): boolean {
  const next = els[i + 1]?.lower;
  return QUANTIFIERS.has(els[i - 1]?.lower ?? '') && next !== undefined && isSpeakerWord(ctx, next) && !punctuatedBetween(ctx, els[i - 1]!.end, els[i + 1]!.start);
}

/**
 * "…, Varnian authorities said", "a Kelmorese official said": one capitalised word of a people's adjective's shape ("-ian",
 * "-ese", "-ish") that the lexicon does not know, right before a speaker's noun, says whose country the speaker is of, as
 * "Iranian" does; it is no body of its own. Why: read as a name it ended the speaker's phrase, and the count went to no one.
 */
function peoplesAdjective(ctx: AttributionContext, els: Element[], i: number): boolean {
  const e = els[i]!;
  const next = els[i + 1];
  if (e.name?.kind === 'person' || next?.lower === undefined || !isSpeakerWord(ctx, next.lower) || punctuatedBetween(ctx, e.end, next.start)) return false;
  return isPeoplesAdjective(ctx.text.slice(e.start, e.end));
}
/** One capitalised word of a people's adjective's shape ("Varnian", "Kelmorese"). */
export const isPeoplesAdjective = (word: string): boolean => PEOPLES_ADJECTIVE.test(word);
const PEOPLES_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ian|ese|ish)$/u;

/**
 * "Ostra administration", where "Ostra" is short for "Ostra Medical College" the text names: the
 * noun after the short form names another body than the long name's. True where a longer name of
 * the entity opens with the name's words and none holds `noun`.
 */
export function shortOfOther(ctx: AttributionContext, name: Range, noun: string): boolean {
  const words = ctx.text.slice(name.start, name.end);
  let longer = false;
  for (const n of ctx.names) {
    if (n.end - n.start <= words.length || !ctx.text.startsWith(`${words} `, n.start)) continue;
    if (ctx.text.slice(n.start, n.end).toLowerCase().split(/\s+/).includes(noun)) return false;
    longer = true;
  }
  return longer;
}

/** The reporter whose words are els[from..last], its label in lower case where only its place in the sentence capitalised it. */
export function reporter(ctx: AttributionContext, els: Element[], from: number, last: number, until: number): Reporter {
  // A line wrapped inside the words ("A\nsecurity source") is one space in the label a reader sees.
  const words = ctx.text.slice(els[from]!.start, els[last]!.end).replace(/\s+/g, ' ');
  // A determiner or the noun alone opening a sentence is capitalised for its place ("Officials",
  // "The military"); an adjective may be capitalised as one of a name ("Pakistani officials").
  const first = els[from]!.lower;
  const common = first !== undefined && (from === last || DETERMINERS.has(first) || QUANTIFIERS.has(first));
  const label = common && /^\p{Lu}(?:\p{Ll}|\s)/u.test(words) ? words[0]!.toLowerCase() + words.slice(1) : words;
  return { label, start: els[from]!.start, end: els[last]!.end, until };
}

/**
 * "State radio quoted the ministry of health as saying nine had died": the one an active "quoted" quotes, named
 * by no name, says what follows "as saying"; the quoting outlet only passes it on. Its words, or null where the words
 * between "quoted" and "as saying" hold a name (read elsewhere) or no speaker's noun.
 */
function quotedAsReporter(ctx: AttributionContext, els: Element[], end: number): Reporter | null {
  const q = els.findIndex((e) => e.lower === 'quoted');
  if (q <= 0 || PASSIVE_AUXILIARIES.has(els[q - 1]!.lower ?? '')) return null;
  let as = q + 1;
  while (as < els.length - 1 && as <= q + QUOTED_AS_REACH && !(els[as]!.lower === 'as' && els[as + 1]!.lower === 'saying')) as++;
  if (as >= els.length - 1 || as > q + QUOTED_AS_REACH || as === q + 1) return null;
  let speaker = false;
  for (let k = q + 1; k < as; k++) {
    const e = els[k]!;
    // "quoted a statement as saying": a text quoted is no speaker of its own.
    if (e.name || e.lower === undefined || ISSUED.has(e.lower) || punctuatedBetween(ctx, els[k - 1]!.end, e.start)) return null;
    if (isSpeakerWord(ctx, e.lower)) speaker = true;
  }
  return speaker ? { ...reporter(ctx, els, q + 1, as - 1, end), until: end } : null;
}

/**
 * "…, more than 9,000 dockers stayed away, port police were quoted as saying.": a passive "was/were quoted as saying" closing
 * the sentence after a comma is a tag, as "police said" is; its unnamed subject reports the sentence. Why: "quoted" is no
 * reporting verb, so the closing tag was read as none, and the count went to no one.
 */
function quotedClosing(ctx: AttributionContext, els: Element[], until: number): Reporter | null {
  const last = els.length - 1;
  if (last < 4 || !closesQuotedAsSaying(els)) return null;
  const found = reporterEndingAt(ctx, els, 1, last - 4, until);
  return found && commaBefore(ctx, found.start) ? found : null;
}

/** Most words between "quoted" and "as saying" ("the ministry of health"). */
const QUOTED_AS_REACH = 7;

/** Verbs spelt as nouns that a plural speaker's noun before them makes verbs ("sources report", "residents claim"). */
const PLURAL_REPORT_VERBS: ReadonlySet<string | undefined> = new Set(['report', 'claim']);

/** Where a phrase a past participle opens at els[at], set off by commas, ends: the index after its closing comma, or 0. */
function participleAsideEnd(ctx: AttributionContext, els: Element[], at: number, opened = false): number {
  if ((!opened && !participleAside(els[at]!)) || !hasCharBetween(ctx, els[at - 1]!.end, els[at]!.start, COMMA)) return 0;
  for (let k = at + 1; k < els.length && k <= at + PARTICIPLE_ASIDE_REACH; k++) {
    if (punctuatedBetween(ctx, els[k - 1]!.end, els[k]!.start)) return /^,\s*$/.test(ctx.text.slice(els[k - 1]!.end, els[k]!.start)) ? k : 0;
  }
  return 0;
}

/**
 * The first words of `els` are a subject of a few words, with no name other than a place or
 * pronoun, ending in a noun of a speaker (military, ministry, governor, officials), and a reporting
 * verb ("The four constituencies recorded …" reports no one). Auxiliaries and adverbs may stand
 * between ("officials have also said"), but not a passive one ("the company was told": it does not
 * speak). That speaker's words, whose report reaches to `end` or to a coordinated clause with a
 * report of its own ("Police said 30 were killed, while officials put the toll at 55").
 */
function unnamedSubject(ctx: AttributionContext, els: Element[], from: number, end: number): Reporter | null {
  // "Melbourne: A Kelmor government official said": a dateline is no word of the subject; nor is
  // an adverb set off by a comma ("However, some officials said").
  const opening = afterDateline(ctx, els, from);
  const opened = afterDataFrom(els, ASIDE_ADVERBS.has(els[opening]?.lower ?? '') && els[opening + 1] && hasCharBetween(ctx, els[opening]!.end, els[opening + 1]!.start, COMMA) ? opening + 1 : afterParticiple(ctx, els, afterLeadingClauses(ctx, els, opening)));
  // "On Monday provincial officials told …": a day opening the subject with no comma is no word of it.
  const start = opened + (opened < els.length ? dayOf(els, opened) : 0);
  let noun = -1;
  let placed = -1;
  // A second speaker joined by "and" ends its noun at the verb: one placed or dated reads as no subject.
  let joined = false;
  // The last element of a relative clause set off by commas on the noun, skipped ("who declined to be named,").
  let related = -1;
  // "a South Korean activist group claimed": the article is no word of the subject's reach.
  let reach = start + SUBJECT_REACH + (ARTICLES.has(els[start]?.lower ?? '') ? 1 : 0);
  for (let i = start; i < els.length; i++) {
    const e = els[i]!;
    // "the chief fire officer (CFO) said": a short form in brackets after the noun belongs to it.
    if (noun >= 0 && i === noun + 1 && inBrackets(ctx.text, e)) continue;
    if (endsSentenceBetween(ctx, i === 0 ? from : els[i - 1]!.end, e.start) || isPronoun(e.lower) || e.lower === 'it') return null;
    // "the police chief in Kelmor who visited the site on Monday said": a relative clause with no commas,
    // on the noun or its place, runs to the reporting verb of the noun.
    if (noun >= 0 && (noun === i - 1 || (placed > noun && i === placed + 1)) && e.lower === 'who' && !punctuatedBetween(ctx, els[i - 1]!.end, e.start)) {
      const verb = restrictiveEnd(ctx, els, i);
      if (verb > 0) {
        i = verb - 1;
        continue;
      }
    }
    // "a rights group that said it had made its own count put …": "that" or "who" right after the noun,
    // with no comma, opens a clause whose verb the noun is the subject of; so does "which" ("The police which had
    // first counted 20,000 later said 9,000").
    // Its auxiliaries and an adverb in "-ly" stand before that verb ("which had initially counted").
    if (noun >= 0 && noun === i - 1 && RELATIVES.has(e.lower) && !punctuatedBetween(ctx, els[noun]!.end, e.start)) {
      i = relativeVerb(els, i) - 1;
      continue;
    }
    // "Witnesses, however, said": an adverb set off by commas after the noun is skipped.
    if (noun >= 0 && noun === i - 1 && ASIDE_ADVERBS.has(e.lower ?? '') && hasCharBetween(ctx, els[noun]!.end, e.start, COMMA) && els[i + 1] && hasCharBetween(ctx, e.end, els[i + 1]!.start, COMMA)) continue;
    // "Local police and hospital officials said": "and" after a speaker's noun joins a second speaker to the subject.
    if (noun >= 0 && noun === i - 1 && e.lower === 'and' && isSpeakerWord(ctx, els[noun]!.lower!) && !punctuatedBetween(ctx, els[noun]!.end, e.start)) {
      noun = -1;
      joined = true;
      reach = i + 1 + SUBJECT_REACH;
      continue;
    }
    // "A security source, who spoke on condition of anonymity, confirmed": the clause on the noun is skipped;
    // so is one on a body ("The prosecutor's office, which has tracked the strikes for years, said"), or after its place's phrase.
    if (noun >= 0 && (noun === i - 1 || (placed > noun && i === placed + 1)) && WHICH_WHO.has(e.lower)) {
      const closed = relativeEnd(ctx, els, i);
      if (closed < 0) return null;
      i = closed - 1;
      related = i;
      continue;
    }
    // "The report issued Wednesday noted …": a participle dating the noun, with its day, is skipped;
    // so is what the speaker said it in ("officials in their first statements said").
    // "Officials on Wednesday said": so is the day.
    const polled = noun >= 0 && noun === i - 1 && FORECASTERS.has(els[noun]!.lower) ? polledBy(els, i) : 0;
    if (polled > 0) {
      i += polled - 1;
      related = i;
      continue;
    }
    const dated = noun >= 0 && noun === i - 1 && !raisedTo(els, i) ? datedParticiple(els, i) || issuedIn(ctx, els, i) || dayOf(els, i) || participleOnNoun(ctx, els, i) : 0;
    // "A source from Kelmor hospital said", "Doctors at the clinic said": where the speaker works is a word of their phrase.
    const place = noun >= 0 && noun === i - 1 && !dated && isSpeakerWord(ctx, els[noun]!.lower!) ? placeOnNoun(ctx, els, i) || placeOfNoun(ctx, els, i) || governmentOfNoun(ctx, els, i) || bodyForNoun(ctx, els, i) || participleOnNoun(ctx, els, i, true) : 0;
    // "Nurses and porters at a Varn clinic have said": the place says where both work, as it does for one speaker.
    if (joined && dated > 0) return null;
    if (place > 0) {
      placed = i + place - 1;
      i = placed;
      continue;
    }
    if (dated > 0) {
      i += dated - 1;
      continue;
    }
    // "The state news agency in Varn, aligned with the government of Ana Ruiz, said": the phrase describes the noun.
    const aside = noun >= 0 && (i === noun + 1 || (placed > noun && i === placed + 1)) ? participleAsideEnd(ctx, els, i) || (placed > noun ? placeRelativeEnd(ctx, els, i) : 0) : 0;
    if (aside > 0) {
      i = aside - 1;
      continue;
    }
    // "The West Ostran country’s defence ministry said": the owner's words before a possessive are no words of the speaker's own reach.
    if (e.lower !== undefined && possessed(ctx, e) && i < reach) reach = i + 1 + SUBJECT_REACH;
    // "A Travis County official said": a place may describe the speaker; "Ferri's lawyer said": so may
    // the person the speaker is of (where that person is not the source).
    if (e.name) {
      if ((e.name.kind !== 'place' && !possessed(ctx, e) && !countedMembers(ctx, els, i) && !otherBodyAfter(ctx, els, i) && !peoplesAdjective(ctx, els, i)) || i >= reach) return null;
      noun = -1;
      continue;
    }
    // "an official put the figure at 22" gives a count as "said" does.
    // "Aides were quoted on Tuesday as saying …": those quoted say it, passive though the verb is.
    // Active ("state television quoted a statement as saying") it passes on another's words, which it does not say.
    // Asked at every word of the subject: most words are none of those a verb of it can be, and one lookup passes them by.
    const progressive = noun >= 0 && progressiveReport(els, i);
    const verbLike = (e.cls & REPORTING_VERB) !== 0 || OWN_VERB_WORDS.has(e.lower) || progressive;
    const quoted = verbLike && e.lower === 'quoted' && PASSIVE_AUXILIARIES.has(els[i - 1]?.lower ?? '') && quotedAsSaying(els, i);
    // "Other sources report 25 deaths": "report" or "claim" right after a plural speaker's noun is its verb, as "estimate" is.
    // "Local media estimate 80": "media" is plural with no "s".
    const plural = verbLike && (noun === i - 1 || (placed > noun && i === placed + 1)) && (estimateVerb(els, i) || (PLURAL_REPORT_VERBS.has(e.lower) && els[noun]?.lower?.endsWith('s') === true) || (e.lower === 'estimate' && els[noun]?.lower === 'media'));
    // "Reports said 160 were aboard": a plural noun spelt as a reporting verb opening the subject, with the verb right after, is the noun.
    if (noun < 0 && i === start && e.lower === 'reports' && (els[i + 1]?.cls ?? 0) & REPORTING_VERB && !punctuatedBetween(ctx, e.end, els[i + 1]!.start)) {
      noun = i;
      continue;
    }
    if (verbLike && (e.cls & REPORTING_VERB || isTally(els, i) || raisedTo(els, i) || listsAs(els, i) || plural || claimVerb(els, i, noun) || quoted || progressive || indicating(els, i, noun) || forecastersExpected(els, i, noun, related))) {
      const capital = capitalStart(els, start);
      if (e.cls & REPORTING_VERB && capital < i && capitalSpeaking(ctx, els, capital, i)) return reporter(ctx, els, capital, capital, end);
      // "One officer, who declined to be named, said": a passive in the clause set off is none of the verb's.
      if (noun < 0 || !isSpeakerWord(ctx, els[noun]!.lower!) || (passiveBetween(els, Math.max(noun, related), i) && !quoted && !progressive && !forecastersExpected(els, i, noun, related))) return null;
      const found = reporterEndingAt(ctx, els, start, noun, end)!;
      // "Despite beating analyst estimates, …": the phrase is the object of a verb's "-ing" form or
      // of a preposition, no subject ("Though researchers concluded" still has one).
      // Words before `start` ("Data from") are none of the subject's.
      const at = els.findIndex((x) => x.start === found.start);
      const before = at > start ? els[at - 1] : undefined;
      if (before?.lower !== undefined && (before.lower.endsWith('ing') || OBJECT_OPENERS.has(before.lower)) && !punctuatedBetween(ctx, before.end, found.start)) return null;
      const next = nextReport(els, i);
      if (next >= 0) found.until = els[next]!.start;
      // "Local officials listed 14 as missing, but later counts suggest five survived": a listing gives one count, and its report ends with its clause.
      const joined = !(e.cls & REPORTING_VERB) && listsAs(els, i) ? els.findIndex((x, k) => k > i && (COORDINATORS.has(x.lower) || CONCESSIVE.has(x.lower)) && hasCharBetween(ctx, els[k - 1]!.end, x.start, COMMA)) : -1;
      if (joined >= 0) found.until = Math.min(found.until, els[joined]!.start);
      if (placed <= noun) return found;
      // "in Ostra (Varn) said": the bracket closing the place's region ends the phrase.
      // "The ministry in Varn has said": the place's phrase reaches the verb, whose auxiliaries are no words of it.
      const placeEnd = els[beforeAuxiliaries(els, placed, noun)]!.end;
      const last = ctx.text.startsWith(')', placeEnd) ? placeEnd + 1 : placeEnd;
      return { ...found, label: found.label + ctx.text.slice(found.end, last).replace(/\s+/g, ' '), end: last };
    }
    // "Authorities had Thursday put the toll at 15": a day may stand among the verb's fillers; so may an adverb of contrast
    // not set off by commas ("Other sources have however said"), read as a noun it ended the subject.
    if (noun >= 0 && (e.cls & (VERB_FILLER | WEEKDAY) || ASIDE_ADVERBS.has(e.lower ?? ''))) {
      // "have so far confirmed": "so far" is one filler of two words.
      // "Rebels, who have held the town for years, had earlier said": the fillers are counted from the clause's end.
      if (i - Math.max(noun, related) - (e.lower === 'far' && els[i - 1]!.lower === 'so' ? 1 : 0) > OWN_VERB_FILLERS) return null;
    } else if (i >= reach) return null;
    else noun = i;
  }
  return null;
}

/**
 * "Melbourne: Officials said …", "OSTRA (Kelmor Times) - Officials said …": where a sentence opening its line
 * with a dateline, its place a place's name or a word in capitals, goes on after the dateline's colon or dash. The
 * index of the first element after it, or 0.
 */
function afterDateline(ctx: AttributionContext, els: Element[], from: number): number {
  if (els.length < 2 || (from > 0 && ctx.text.charCodeAt(from - 1) !== 10)) return 0; // \n
  const first = els[0]!;
  const capitals = ctx.text.slice(first.start, first.end);
  const d = readDateline(ctx.text, from);
  if (d === undefined) return 0;
  // "Ostra, May 2 (KNA) Officials said": a date and a wire's credit mark a dateline whatever its place's word is.
  if (first.name?.kind !== 'place' && !(capitals.length > 1 && capitals === capitals.toUpperCase() && capitals !== capitals.toLowerCase()) && !(d.date && d.credit)) return 0;
  for (let k = 1; k < els.length && k <= DATELINE_REACH; k++) {
    if (els[k]!.start >= d.end) return ctx.text.slice(d.end, els[k]!.start).trim() === '' ? k : 0;
  }
  return 0;
}

/**
 * "Data from two local sources estimate …": the speakers are whose data it is, the words after
 * "from"; the index of the first of them, or `at` where the subject opens otherwise.
 */
function afterDataFrom(els: Element[], at: number): number {
  return DATA_NOUNS.has(els[at]?.lower) && els[at + 1]?.lower === 'from' ? at + 2 : at;
}

/** Nouns of data that a source gives ("figures from the ministry show …"). */
const DATA_NOUNS: ReadonlySet<string | undefined> = new Set(['data', 'figures', 'statistics', 'numbers']);

/** Elements a dateline holds before its colon or dash ("OSTRA, Kelmor (Kelmor Times) -"). */
const DATELINE_REACH = 5;

/** Elements of a past participle and its day at els[i] ("issued Wednesday", "released on Monday"), or 0. */
function datedParticiple(els: Element[], i: number): number {
  const e = els[i]!;
  if (e.lower === undefined || !e.lower.endsWith('ed') || e.cls & REPORTING_VERB) return 0;
  const on = els[i + 1]?.lower === 'on' ? 1 : 0;
  return (els[i + 1 + on]?.cls ?? 0) & WEEKDAY ? 2 + on : 0;
}

/**
 * "security sources speaking on condition of anonymity said": a participle's clause right after the
 * speaker's noun, with no punctuation (or set off by commas), no name but a place and no count, up to the reporting verb; its elements, or 0.
 */
function participleOnNoun(ctx: AttributionContext, els: Element[], i: number, linked = false): number {
  const e = els[i]!;
  // "speaking" is a function word of the lexicon ("speaking to reporters"); "including", "during" join no clause of the speaker's.
  if (e.lower === undefined || !(linked ? linkedParticiple(els, i) : e.lower.endsWith('ing')) || e.cls & REPORTING_VERB || NOT_PARTICIPLES.has(e.lower)) return 0;
  // "a shipping ministry official said", "two leading aid groups say": after an article or a count the "-ing" word describes the noun to come.
  if (ARTICLES.has(els[i - 1]?.lower ?? '') || countsSpeakers(els[i - 1]!)) return 0;
  // "Officials, speaking from the island, said": set off by commas, the clause closes with the second one.
  const aside = hasCharBetween(ctx, els[i - 1]!.end, e.start, COMMA);
  // "Regional papers quoting staff from the Ministry reported": whom the speakers quote may be named; the name speaks through them.
  const quoting = QUOTING.has(e.lower);
  for (let k = i + 1; k < els.length && k <= i + PARTICIPLE_CLAUSE_REACH; k++) {
    const w = els[k]!;
    const closes = aside && w.cls & REPORTING_VERB && hasCharBetween(ctx, els[k - 1]!.end, w.start, COMMA);
    if ((punctuatedBetween(ctx, els[k - 1]!.end, w.start) && !closes) || (w.name && w.name.kind !== 'place' && !quoting && !objectOfClause(els, k, i)) || isCount(w)) return 0;
    if (w.cls & REPORTING_VERB || isTally(els, k)) return k - i;
  }
  return 0;
}

/** Participles by which speakers pass on whom they quote ("quoting", "citing"). */
const QUOTING: ReadonlySet<string | undefined> = new Set(['quoting', 'citing']);

/**
 * "Doctors linked to the strike movement said", "Medics allied with the opposition said": a past participle and the
 * preposition that ties the speakers to someone open a clause on the noun, as "-ing" does (read with `linked`), and say
 * who the speakers are, as a place does. Why: read as the subject's own words, they put the verb past the subject's
 * reach, and the count went to no one.
 */
function linkedParticiple(els: Element[], i: number): boolean {
  return els[i]!.lower!.endsWith('ed') && !(els[i]!.cls & FUNCTION) && PARTICIPLE_LINKS.has(els[i + 1]?.lower);
}

/** Prepositions that tie a participle's speakers to someone ("linked to", "allied with", "backed by"). */
const PARTICIPLE_LINKS: ReadonlySet<string | undefined> = new Set(['to', 'with', 'by']);

/**
 * "Rebels seeking to oust the Varn government put …": a name after an article, after a verb of the
 * participle's clause opened at els[from], is what that verb acts on, a word of the clause, not a speaker.
 */
function objectOfClause(els: Element[], k: number, from: number): boolean {
  const verb = els[k - 2];
  return k - 2 >= from && ARTICLES.has(els[k - 1]?.lower ?? '') && verb?.lower !== undefined && !(verb.cls & FUNCTION) && (k - 2 === from || els[k - 3]?.lower === 'to');
}

/**
 * "Rescue officials in Kelmor's Dorva province, which took the worst of the storm, said …": a relative clause set off by commas
 * on the place where the speakers are describes the place; the index after its closing comma, or 0. Why: the clause cut the
 * place's phrase from the verb, and the count went to no one.
 */
function placeRelativeEnd(ctx: AttributionContext, els: Element[], at: number): number {
  return WHICH_WHO.has(els[at]?.lower) ? Math.max(0, relativeEnd(ctx, els, at)) : 0;
}

/**
 * Elements of "from", "at" or "in" and a short place phrase at els[i] ("at the hospital", "from Kelmor hospital", "in Varn")
 * right before a reporting verb, with no punctuation, no person's name and no other function word; or 0.
 */
function placeOnNoun(ctx: AttributionContext, els: Element[], i: number): number {
  if (!PLACED_LINKS.has(els[i]!.lower ?? '') && !islandOn(ctx, els, i)) return 0;
  // "sources in Ostra (Varn) and Kelmor (Brask) report": a place's region in brackets, and a second place after "and",
  // are words of where they are; each lengthens the reach by its own.
  let reach = i + REPORTER_REACH + 1;
  let bracketed = -1;
  for (let k = i + 1; k < els.length && k <= reach; k++) {
    const w = els[k]!;
    if (regionInBrackets(ctx, els, k)) {
      bracketed = k;
      reach++;
      continue;
    }
    if (w.lower === 'and' && k - 1 > i && capitalised(ctx, els[k - 1]!) && els[k + 1] && capitalised(ctx, els[k + 1]!) && els[k + 1]!.name?.kind !== 'person') {
      reach += 2;
      continue;
    }
    // The bracket closing a region goes on with the place's phrase.
    const punctuated = !(k - 1 === bracketed && /^\)\s+$/.test(ctx.text.slice(els[k - 1]!.end, w.start))) && punctuatedBetween(ctx, els[k - 1]!.end, w.start);
    // "Sources in Ostra report": "report" after a plural speaker's noun is its verb (PLURAL_REPORT_VERBS).
    if (PLURAL_REPORT_VERBS.has(w.lower) && els[i - 1]?.lower?.endsWith('s') && k - 1 > i && !punctuated) return k - i;
    // "in Varn, aligned with …, said": a participle's phrase may stand between the place and the verb.
    if (punctuated) {
      const after = participleAsideEnd(ctx, els, k) || placeRelativeEnd(ctx, els, k);
      return k - 1 > i && after > 0 && ((els[after]!.cls & REPORTING_VERB) !== 0 || tallyAfterPlace(els, after)) ? k - i : 0;
    }
    if (w.name?.kind === 'person') return 0;
    // "Officials in Varn put the toll at 40": a verb giving a tally ends the place's phrase as "said" does.
    if (w.cls & REPORTING_VERB || tallyAfterPlace(els, k)) return k - 1 > i ? k - i : 0;
    // "in Kelmor who visited the site said": a relative clause with no commas may stand between the place and the verb.
    if (w.lower === 'who' && k - 1 > i && restrictiveEnd(ctx, els, k) > 0) return k - i;
    if (w.lower !== undefined && w.cls & FUNCTION && !ARTICLES.has(w.lower)) return 0;
  }
  return 0;
}

/**
 * "Officials in Varn placed the death toll at 52", "Fire officials in Ostra raised the toll from the blaze to 70": a verb giving or
 * revising a tally right after the place's phrase is the speakers' verb, as "said" is. Why: read as a word of the place, it
 * put the verb past the phrase, and the count went to no one though the bare "Officials placed the toll at 52" had its reporter.
 */
const tallyAfterPlace = (els: Element[], k: number): boolean => isTally(els, k) || raisedTo(els, k);

/**
 * "The authorities of the breakaway Varn Republic said": "of" and a short phrase holding a place's name, right before a
 * reporting verb, say whose the speakers are, as "in Varn" says where they are; its elements, or 0.
 */
function placeOfNoun(ctx: AttributionContext, els: Element[], i: number): number {
  // "Police in the Federal Republic (FR) of Ostra said": "of" after a bracket or a capitalised word belongs to a name.
  if (els[i]!.lower !== 'of' || punctuatedBetween(ctx, els[i - 1]!.end, els[i]!.start) || capitalised(ctx, els[i - 1]!)) return 0;
  let place = false;
  for (let k = i + 1; k < els.length && k <= i + REPORTER_REACH + 1; k++) {
    const w = els[k]!;
    // "The mayor of Kelmo, located near the burned towns, said": a participle's aside after the place ends its phrase.
    if (punctuatedBetween(ctx, els[k - 1]!.end, w.start)) return place && participleAsideEnd(ctx, els, k) > 0 ? k - i : 0;
    if (w.cls & REPORTING_VERB) return place ? k - i : 0;
    // "the mayor of Varn had said": an auxiliary is no word of the place's phrase.
    if ((w.name && w.name.kind !== 'place') || w.cls & VERB_FILLER) return 0;
    if (w.name) place = true;
    // "managers of two morgues and a cemetery said": the places that keep the dead are where the speakers work.
    else if (KEEPER_WORDS.has(w.lower)) place = true;
    else if (w.lower === 'and' && place) continue;
    // "the mayor of the village of Kelmo said": "of" after a place's noun leads to that place's name.
    else if (w.lower === 'of' && els[k - 1]!.cls & (PLACE_NOUN | PLACE_CUE)) continue;
    else if (w.lower !== undefined && w.cls & FUNCTION && !ARTICLES.has(w.lower)) return 0;
  }
  return 0;
}
/** Places that keep the dead, read as a place named after "of" ("managers of two morgues"). */
const KEEPER_WORDS: ReadonlySet<string | undefined> = new Set(DEAD_KEEPERS);

/**
 * "Officials of the central government said", "Mayors and envoys of the state government in the flooded towns revealed": "of"
 * or "for", "the" and lower-case words ending in a government's noun say whose the speakers are, as a place's name does; a place
 * of theirs may follow. Its elements up to the reporting verb, or 0. Why: read as the subject's own words, they put the verb past
 * the subject's reach, and the count went to no one.
 */
function governmentOfNoun(ctx: AttributionContext, els: Element[], i: number): number {
  if ((els[i]!.lower !== 'of' && els[i]!.lower !== 'for') || els[i + 1]?.lower !== 'the') return 0;
  for (let k = i + 2; k < els.length && k <= i + 1 + REPORTER_REACH; k++) {
    const w = els[k]!;
    if (w.lower === undefined || w.cls & FUNCTION || punctuatedBetween(ctx, els[k - 1]!.end, w.start)) return 0;
    // "A spokesman for the rebels said": an armed group speaks through its spokesman as a government does.
    if (!(w.cls & GOV_HEAD) && !GROUP_SPEAKERS.has(w.lower)) continue;
    const next = els[k + 1];
    // "A spokesman for the ministry put the death toll at 37": a verb giving a toll reports, as "said" does.
    if (next && (next.cls & REPORTING_VERB || isTally(els, k + 1)) && !punctuatedBetween(ctx, w.end, next.start)) return k + 1 - i;
    const placed = next ? placeOnNoun(ctx, els, k + 1) : 0;
    return placed > 0 ? k + 1 - i + placed : 0;
  }
  return 0;
}

/** els[k] is one capitalised word or name alone in brackets right after a place's ("Ostra (Varn)"): the region it lies in. */
function regionInBrackets(ctx: AttributionContext, els: Element[], k: number): boolean {
  const [before, w, after] = [els[k - 1]!, els[k]!, els[k + 1]];
  return capitalised(ctx, before) && w.name?.kind !== 'person' && capitalised(ctx, w) && /^ \($/.test(ctx.text.slice(before.end, w.start)) && after !== undefined && /^\)\s+$/.test(ctx.text.slice(w.end, after.start));
}
/** The element is a name or a capitalised word (a place the lexicon may not know). */
const capitalised = (ctx: AttributionContext, e: Element): boolean => !!e.name || /^\p{Lu}/u.test(ctx.text.slice(e.start, e.end));

/** Words in "-ing" that are prepositions, no participle. */
const NOT_PARTICIPLES: ReadonlySet<string> = new Set(['according', 'including', 'during', 'following', 'regarding', 'concerning', 'excluding', 'notwithstanding']);

/** A word that may describe a speaker's noun ("security", "hospital"): no function word, verb form, count or plural ("Rescuers and officials" are two groups). */
function describing(e: Element): boolean {
  return !(e.cls & (FUNCTION | REPORTING_VERB)) && !/(?:ed|ing|s)$/.test(e.lower!) && !isCount(e);
}

/**
 * "…, officials on Tuesday said.", "…, officials yesterday said.": elements of a day ending at els[i], between a closing
 * speaker and the verb, as they stand after it ("officials said on Tuesday"), or 0.
 */
function dayBefore(els: Element[], i: number): number {
  if (i < 2 || !(els[i]!.cls & WEEKDAY || DAY_WORDS.has(els[i]!.lower))) return 0;
  return els[i - 1]!.lower === 'on' ? 2 : 1;
}

/** Elements of a day at els[i] ("on Wednesday", "Wednesday"), or 0. */
function dayOf(els: Element[], i: number): number {
  const on = els[i]!.lower === 'on' ? 1 : 0;
  return (els[i + on]?.cls ?? 0) & WEEKDAY ? 1 + on : 0;
}

/**
 * "Giving their first toll, officials said …": the index after the comma closing a clause of a
 * participle opening the sentence at els[at] (one with no report of its own), else `at`.
 */
function afterParticiple(ctx: AttributionContext, els: Element[], at: number): number {
  const first = els[at];
  if (first?.lower === undefined || !first.lower.endsWith('ing') || first.cls & (FUNCTION | REPORTING_VERB | REPORTING_PARTICIPLE)) return at;
  for (let k = at + 1; k < els.length && k <= at + PARTICIPLE_CLAUSE_REACH; k++) {
    if (els[k]!.cls & REPORTING_VERB) return at;
    if (hasCharBetween(ctx, els[k - 1]!.end, els[k]!.start, COMMA)) return k;
  }
  return at;
}

/**
 * "As relief work goes on in Ostra, the country's cabinet has said …", "This morning, a border source said …",
 * "Late Monday, local news outlets said …", "In Varn, …": the
 * index after the comma closing a clause or time phrase opening the sentence at els[at] with a subordinator or a word of
 * time (one with no report of its own, so "As officials said, …" keeps its subject), else `at`.
 */
function afterLeadingClause(ctx: AttributionContext, els: Element[], at: number): number {
  // "In each case organisers gave higher counts": the phrase of which cases is no word of the subject, comma or not.
  if (els[at]?.lower === 'in' && CASE_QUANTIFIERS.has(els[at + 1]?.lower) && CASE_NOUNS.has(els[at + 2]?.lower)) return at + 3;
  const when = timeWhen(els, at);
  if (!LEADING_OPENERS.has(els[at]?.lower) && !when && !placeOfEvent(els, at)) return afterAgo(ctx, els, at);
  // "The last time a march against the mayor's plan to shut the clinic was held, …": a clause of time tells an event, at length.
  const reach = at + (when ? TIME_CLAUSE_REACH : LEADING_CLAUSE_REACH);
  for (let k = at + 1; k < els.length && k <= reach; k++) {
    if ((els[k - 1]!.cls & REPORTING_VERB && !nounAfterPreposition(els, at, k - 1)) || endsSentenceBetween(ctx, els[k - 1]!.end, els[k]!.start)) return at;
    if (hasCharBetween(ctx, els[k - 1]!.end, els[k]!.start, COMMA) || spacedDashBetween(ctx, els[k - 1]!.end, els[k]!.start)) return k;
  }
  return at;
}

/**
 * "Amid rival claims over the toll, the Ostra council said …": after a preposition opening the sentence, a reporting verb
 * spelt as a plural noun ("claims", "reports") is the noun, no verb of a clause that would end the phrase. Why: the phrase
 * was read as the speaker's, and the council's count went to no one.
 */
const nounAfterPreposition = (els: Element[], at: number, k: number): boolean => PREPOSITION_OPENERS.has(els[at]?.lower) && PLURAL_NOUN_VERBS.has(els[k]?.lower);
const PREPOSITION_OPENERS: ReadonlySet<string | undefined> = new Set(['amid', 'on', 'in']);

const CASE_QUANTIFIERS: ReadonlySet<string | undefined> = new Set(['both', 'each', 'all', 'either', 'every']);
const CASE_NOUNS: ReadonlySet<string | undefined> = new Set(['case', 'cases', 'instance', 'instances']);

/** "At the latest march, officers counted …": "at" and an article open a phrase of where (not "at least 20"). */
const placeOfEvent = (els: Element[], at: number): boolean => els[at]?.lower === 'at' && ARTICLES.has(els[at + 1]?.lower ?? '');

/**
 * "… held on a Sunday -- in May -- police said": a dash with spaces round it (two hyphens in plain-text wires) sets a phrase
 * off as a comma does; a hyphen inside a word ("pre-dawn") does not.
 */
function spacedDashBetween(ctx: AttributionContext, from: number, to: number): boolean {
  if (to - from < 3 || ctx.text.charCodeAt(from) !== SPACE || ctx.text.charCodeAt(to - 1) !== SPACE) return false;
  const dash = ctx.text.slice(from, to).trim();
  return dash === '--' || dash === '—' || dash === '–';
}
const SPACE = 32;

/** Most words of an opening clause of time ("the last time …"). */
const TIME_CLAUSE_REACH = 24;

/**
 * "Similarly in the capital, organisers claimed …", "The last time a strike fell on a Sunday, in June, police said …": an
 * adverb in "-ly" or a coordinator before the opening clause, and a second time phrase after it, are no words of the subject
 * either; the index after them all, else `at`. Why: the subject was looked for in the clause, and the count went to no one.
 */
function afterLeadingClauses(ctx: AttributionContext, els: Element[], at: number): number {
  const lead = els[at]?.lower;
  const k = lead !== undefined && (lead.endsWith('ly') || COORDINATORS.has(lead)) && (LEADING_OPENERS.has(els[at + 1]?.lower) || timeWhen(els, at + 1) || placeOfEvent(els, at + 1)) ? at + 1 : at;
  const next = afterLeadingClause(ctx, els, k);
  if (next === k) return at;
  // "At the latest march, held during a general strike, officers counted …": a participle's phrase after it describes the event.
  // An opening clause may end the sentence ("In both cases"): nothing follows it to describe.
  const after = els[next];
  const described = after !== undefined && (participleAside(after) || IRREGULAR_PARTICIPLES.has(after.lower)) ? participleAsideEnd(ctx, els, next, true) : 0;
  const last = afterLeadingClause(ctx, els, described || relativeAsideEnd(ctx, els, next) || dateAsideEnd(ctx, els, next) || next);
  return dateAsideEnd(ctx, els, last) || last;
}

/**
 * "For the spring fair, May 3, the city police said …": a date set off by commas after the opening phrase says when the event
 * it names was; the index after its closing comma, or 0. Why: read as the subject's first words, it kept the speaker from
 * opening the clause, and the count went to no one.
 */
function dateAsideEnd(ctx: AttributionContext, els: Element[], at: number): number {
  if (!((els[at]?.cls ?? 0) & MONTH) || !isCount(els[at + 1]) || !els[at + 2] || !/^,\s+$/.test(ctx.text.slice(els[at + 1]!.end, els[at + 2]!.start))) return 0;
  return punctuatedBetween(ctx, els[at]!.end, els[at + 1]!.start) ? 0 : at + 2;
}

/**
 * "To find the 80 runaways, who fled on Monday, the prison service said …": a relative clause set off by commas on the opening
 * phrase's last noun describes it; the index after its closing comma, or 0. Why: its words were read as the subject, and the
 * count went to no one. Not one holding a reporting verb ("…, which officials said …,"): its speaker is another matter.
 */
function relativeAsideEnd(ctx: AttributionContext, els: Element[], at: number): number {
  if (!WHICH_WHO.has(els[at]?.lower)) return 0;
  for (let k = at + 1; k < els.length && k <= at + LEADING_CLAUSE_REACH; k++) {
    if (els[k - 1]!.cls & REPORTING_VERB || endsSentenceBetween(ctx, els[k - 1]!.end, els[k]!.start)) return 0;
    if (hasCharBetween(ctx, els[k - 1]!.end, els[k]!.start, COMMA)) return k;
  }
  return 0;
}

/** Past participles not in "-ed" that open a phrase describing an event ("held during a strike", "led by students"). */
const IRREGULAR_PARTICIPLES: ReadonlySet<string | undefined> = new Set(['held', 'led', 'run', 'seen', 'begun']);

/** "the last time", "the first time": a clause of time opens at els[at]. */
const timeWhen = (els: Element[], at: number): boolean => els[at]?.lower === 'the' && TIME_ORDINALS.has(els[at + 1]?.lower) && els[at + 2]?.lower === 'time';
const TIME_ORDINALS: ReadonlySet<string | undefined> = new Set(['last', 'first', 'next', 'previous']);

/**
 * "Two days ago, village officials said …", "A day ago police said …": the index after a time phrase
 * ending in "ago" that opens the sentence at els[at], else `at`. Why: its words are no subject's, and read as one they put
 * the speaker past the subject's reach, so the count went to no one.
 */
function afterAgo(ctx: AttributionContext, els: Element[], at: number): number {
  for (let k = at + 1; k < els.length - 1 && k <= at + AGO_REACH; k++) {
    const e = els[k - 1]!;
    if (e.lower === undefined || e.cls & REPORTING_VERB || punctuatedBetween(ctx, e.end, els[k]!.start)) return at;
    if (els[k]!.lower === 'ago') return k + 1;
  }
  return at;
}
/** Words of a time phrase before its "ago" ("just three weeks"). */
const AGO_REACH = 3;

/** Words that open a clause or time phrase before a sentence's subject ("For the harvest fair, the police said …": what the count is for). */
const LEADING_OPENERS: ReadonlySet<string | undefined> = new Set(['as', 'while', 'when', 'after', 'before', 'since', 'although', 'though', 'once', 'until', 'amid', 'earlier', 'later', 'late', 'early', 'on', 'in', 'for']);

/** How many words such an opening clause may have ("As rescue crews dig on in flood-struck Ostra"). */
const LEADING_CLAUSE_REACH = 12;

/** How many words a participle's clause opening a sentence may have ("Giving their first official toll from the protests"). */
const PARTICIPLE_CLAUSE_REACH = 9;

/**
 * Elements of "in", a determiner or possessive, at most two describing words and a noun of what a
 * source issues, at els[i] ("in their initial statements", "in a statement"), right before a
 * reporting verb; or 0.
 */
function issuedIn(ctx: AttributionContext, els: Element[], i: number): number {
  if (els[i]!.lower !== 'in' || !ARTICLES.has(els[i + 1]?.lower ?? '')) return 0;
  for (let k = i + 2; k < els.length && k <= i + 4; k++) {
    const w = els[k]!.lower;
    if (w === undefined || punctuatedBetween(ctx, els[k - 1]!.end, els[k]!.start)) return 0;
    if (ISSUED.has(w) || ISSUED.has(w.replace(/s$/, ''))) return (els[k + 1]?.cls ?? 0) & REPORTING_VERB ? k + 1 - i : 0;
    if (els[k]!.cls & FUNCTION) return 0;
  }
  return 0;
}

/**
 * "who visited the site on Monday said": the reporting verb closing a relative clause set off by no
 * commas, whose own verb (at who + 1) reports nothing ("the officer who said" is the clause's own report); its index, or -1.
 */
function restrictiveEnd(ctx: AttributionContext, els: Element[], who: number): number {
  if ((els[who + 1]?.cls ?? REPORTING_VERB) & REPORTING_VERB) return -1;
  for (let j = who + 2; j < els.length && j <= who + APPOSITION_REACH; j++) {
    if (punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start) || isCount(els[j])) return -1;
    if (els[j]!.cls & REPORTING_VERB) return j;
  }
  return -1;
}

/** Index of the word after the comma closing a relative clause opened by "who" at els[who] (after a comma), or -1. */
function relativeEnd(ctx: AttributionContext, els: Element[], who: number): number {
  if (!hasCharBetween(ctx, els[who - 1]!.end, els[who]!.start, COMMA)) return -1;
  for (let j = who + 1; j < els.length && j <= who + APPOSITION_REACH; j++) {
    if (endsSentenceBetween(ctx, els[j - 1]!.end, els[j]!.start)) return -1;
    if (hasCharBetween(ctx, els[j - 1]!.end, els[j]!.start, COMMA)) return j;
  }
  return -1;
}

/**
 * A noun of a speaker, or a short form the text gave one: "the Chief Officer (CFO) said …. “…,” the
 * CFO said." Short forms are read once per text, over its tokens.
 */
function isSpeakerWord(ctx: AttributionContext, lower: string): boolean {
  if (isSpeakerNoun(lower)) return true;
  ctx.speakerShortForms ??= speakerShortForms(ctx);
  return ctx.speakerShortForms.has(lower);
}

/** Short forms alone in brackets right after a speaker's noun ("Chief Officer (CFO)"). */
function speakerShortForms(ctx: AttributionContext): Set<string> {
  const { text, tokens } = ctx;
  const out = new Set<string>();
  // Brackets are rare: go from each "(" to the word it opens, not through every word of the text.
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const k = firstFrom(tokens, open + 1);
    const t = tokens[k];
    if (k === 0 || t === undefined || t.start !== open + 1 || !inBrackets(text, t) || !isAcronym(t.text)) continue;
    const before = tokens[k - 1]!;
    if (before.end + 2 === t.start && isSpeakerNoun(before.lower)) out.add(t.lower);
  }
  return out;
}

/** A form of "be" among els(from, to): the verb at els[to] is passive. */
function passiveBetween(els: Element[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (PASSIVE_AUXILIARIES.has(els[i]!.lower!)) return true;
  return false;
}

/** How many words may stand before the verb after a quote that names nobody ("the Israeli military said"). */
export const OWN_VERB_REACH = 3;

/** How many words an unnamed subject opening a sentence may have ("The regional weather office said"). */
const SUBJECT_REACH = 4;

/** How many auxiliaries and adverbs may stand between that subject and its verb ("have also"). */
const OWN_VERB_FILLERS = 2;

/** Prepositions whose object may look like a speaker's phrase ("despite analyst estimates"). */
const OBJECT_OPENERS = new Set(['despite', 'of', 'with', 'without', 'for', 'by', 'from', 'against', 'beyond', 'unlike', 'like', 'over', 'under', 'to']);

/** Words that open a clause after a report closing its own ("…, authorities said as rescuers searched …"). */
const CLAUSE_OPENERS: ReadonlySet<string | undefined> = new Set(['as', 'after', 'while', 'when', 'because', 'since', 'but', 'and', 'adding', 'citing']);

/**
 * "But state radio was reporting 41 dead", "Officials were saying 12 had died": a form of "be" right before
 * "reporting", "saying" or "claiming" makes it the subject's verb, going on at the time. Why: "reporting" is no verb of
 * telling in the lexicon (it is mostly a noun), "was" reads as a passive's, and the count went to no one.
 */
const progressiveReport = (els: Element[], i: number): boolean => PROGRESSIVE_REPORTS.has(els[i]!.lower) && PROGRESSIVE_AUXILIARIES.has(els[i - 1]?.lower);
const PROGRESSIVE_REPORTS: ReadonlySet<string | undefined> = new Set(['reporting', 'saying', 'claiming']);
const PROGRESSIVE_AUXILIARIES: ReadonlySet<string | undefined> = new Set(['was', 'were', 'is', 'are']);

/** Index of the verb of the relative clause opened at els[rel], past its auxiliaries and "-ly" adverbs ("which had initially counted"). */
function relativeVerb(els: Element[], rel: number): number {
  let k = rel + 1;
  while (k < els.length && k <= rel + OWN_VERB_FILLERS + 1 && (els[k]!.cls & VERB_FILLER || els[k]!.lower?.endsWith('ly'))) k++;
  return k;
}

/** Words opening a relative clause on the subject's noun. */
const RELATIVES: ReadonlySet<string | undefined> = new Set(['that', 'who', 'which']);

/** Words of quantity that open a speaker's phrase ("some news organisations", "many officials"). */
const QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'several', 'other', 'most', 'few', 'one', 'two', 'three']);

/**
 * Where a report by an unnamed speaker whose verb is els[verb] ends: at a coordinator before another
 * reporting or tally verb ("…, while officials put the toll at 55"), or -1 where it runs on.
 */
/**
 * "… and two deaths were recorded", "with reported cases", "from three states": after an auxiliary of
 * the passive, a determiner or "with", a reporting verb's form is passive or an adjective, and after
 * a count "states" is a noun; none reports anything of its own, so the report before it goes on.
 */
function reportsNothing(els: Element[], verb: number): boolean {
  const before = els[verb - 1];
  if (before?.lower === undefined) return false;
  return PASSIVE_AUXILIARIES.has(before.lower) || DETERMINERS.has(before.lower) || before.lower === 'with' || (PLURAL_NOUN_VERBS.has(els[verb]!.lower) && isCount(before));
}

function nextReport(els: Element[], verb: number): number {
  let joined = -1;
  for (let i = verb + 1; i < els.length; i++) {
    const e = els[i]!;
    // The coordinator nearest the verb: "30 were killed and 12 hurt, while officials said …".
    if (COORDINATORS.has(e.lower) || CONCESSIVE.has(e.lower)) joined = i;
    if (joined >= 0 && ((e.cls & REPORTING_VERB && !reportsNothing(els, i)) || isTally(els, i))) {
      // "observers said turnout was high but warned of …": a verb right after the coordinator shares the subject, whose report goes on.
      if (i === joined + 1) joined = -1;
      else return joined;
    }
  }
  return -1;
}

/** `“…,” except for one who was hurt, a port official said`: the unnamed tag after a clause set between quote and tag (interposedTagStart). */
function interposedReporter(ctx: AttributionContext, q: Quote, paraEnd: number): Reporter | null {
  const from = interposedTagStart(ctx, q, paraEnd);
  if (from === null) return null;
  const end = Math.min(paraEnd, from + AFTER_WINDOW);
  return unnamedSubject(ctx, elements(ctx, from, end), from, end);
}

/**
 * "…, local papers report, citing fire crews.", "…, residents claim.": a plural speaker's noun set off by a comma and
 * "report" or "claim" closing the sentence or its clause, as "…, police said." is (closingReporter); "report" is a verb
 * there, no noun. Why: the count before it went to no one. Not "…, a local media report." (a noun after an article).
 */
function closingPluralReport(ctx: AttributionContext, els: Element[], until: number): Reporter | null {
  for (let v = 2; v < els.length; v++) {
    const noun = els[v - 1]!.lower;
    if (!PLURAL_REPORT_VERBS.has(els[v]!.lower) || noun === undefined || !pluralSpeaker(ctx, noun) || punctuatedBetween(ctx, els[v - 1]!.end, els[v]!.start) || !closesClause(ctx, els, v)) continue;
    const found = reporterEndingAt(ctx, els, 0, v - 1, els[v]!.end);
    // "a local media report": after "a" the word is the noun it is.
    if (found && commaBefore(ctx, found.start) && !/^(?:an?|one) /i.test(found.label)) return { ...found, until: Math.min(until, found.until) };
  }
  return null;
}
/** A plural speaker's noun: one in "-s" ("sources", "residents"), or "media", plural though it has none. */
const pluralSpeaker = (ctx: AttributionContext, noun: string): boolean => isSpeakerWord(ctx, noun) && (noun.endsWith('s') || noun === 'media');

/**
 * "Authorities indicated that 17 were hurt", "Other sources indicated four died": "indicate" right after a plural speaker's
 * noun (or its fillers) tells what they said, as "said" does. Why: the lexicon reads it as no verb of telling, and the count
 * went to no one. Not "figures from the community indicated": a singular noun there mostly ends a longer subject.
 */
const indicating = (els: Element[], i: number, noun: number): boolean => INDICATING.has(els[i]!.lower) && noun >= 0 && i - noun <= 1 + OWN_VERB_FILLERS && (els[noun]!.lower?.endsWith('s') ?? false);
const INDICATING: ReadonlySet<string | undefined> = new Set(['indicated', 'indicate', 'indicates']);

/**
 * "Forecasters had been expecting 40,000 new hires", "Analysts polled by Kelmor Data expected a loss of 9 cents", "Economists
 * were looking for 2 per cent": what those whose trade is to forecast expected is their figure, which they give as others say
 * theirs. Why: the forecast the story sets against the result went to no one. Only after their plural noun, with at most the
 * verb's auxiliaries between ("had been"): "the company expected a loss" is its own plan, read by the figure owners.
 */
const forecastersExpected = (els: Element[], i: number, noun: number, related: number): boolean =>
  EXPECTING.has(els[i]!.lower) && (els[i]!.lower !== 'looking' || els[i + 1]?.lower === 'for') && noun >= 0 && i - Math.max(noun, related) <= 1 + OWN_VERB_FILLERS && FORECASTERS.has(els[noun]!.lower);
/**
 * "Analysts polled by Kelmor Data on average expected …": who polled the forecasters is no word of their phrase; the elements of
 * "polled by" and the pollster's name (and "on average"), or 0.
 */
function polledBy(els: Element[], i: number): number {
  if (!POLLED.has(els[i]!.lower) || els[i + 1]?.lower !== 'by' || !els[i + 2]?.name) return 0;
  return els[i + 3]?.lower === 'on' && els[i + 4]?.lower === 'average' ? 5 : 3;
}
const POLLED: ReadonlySet<string | undefined> = new Set(['polled', 'surveyed']);
const EXPECTING: ReadonlySet<string | undefined> = new Set(['expected', 'expecting', 'expect', 'looking']);
const FORECASTERS: ReadonlySet<string | undefined> = new Set(['analysts', 'economists', 'forecasters']);

/** The words besides reporting verbs that unnamedSubject reads as its verb: tallies (with revisions), listings, claims, "estimate", "quoted", "indicated". */
const OWN_VERB_WORDS: ReadonlySet<string | undefined> = new Set([...TALLY_VERBS, ...LISTING, ...CLAIM_VERBS, ...INDICATING, ...EXPECTING, 'quoted']);

/**
 * "Other regional reports indicated six villagers died", "Local reports said …": "reports" opening the sentence after
 * words that say whose, and a verb of telling after it, is the plural noun, the reports speaking, not a verb ("Ostra reports
 * …"). Why: read as a verb, the count went to no one.
 */
function reportsOpening(ctx: AttributionContext, els: Element[], end: number): Reporter | null {
  const r = els.findIndex((e, k) => k <= REPORTER_REACH && e.lower === 'reports');
  if (r < 1 || els.slice(0, r).some((e, k) => (e.lower !== undefined ? e.cls & FUNCTION && !QUANTIFIERS.has(e.lower) && !ARTICLES.has(e.lower) : e.name.kind === 'person') || (k > 0 && punctuatedBetween(ctx, els[k - 1]!.end, e.start)))) return null;
  const verb = els[r + 1];
  if (!verb || punctuatedBetween(ctx, els[r]!.end, verb.start) || !(verb.cls & REPORTING_VERB || INDICATING.has(verb.lower))) return null;
  return reporter(ctx, els, 0, r, end);
}

/** Clauses with a source of their own ("X said 30 died, while Y put the toll at 55"); separate because it splits one sentence among several sources. */
import { COMMA, isDigit } from '../chars';
import { ABBREVIATIONS, COMPANY_NOUNS, PURPOSE_REPORTING_VERBS } from '../lexicon';
import { firstFrom } from '../ranges';
import { type AttributionContext, type Element, hasCharBetween, SEMICOLON, MAX_SENTENCE, type Named, possessed, punctuatedBetween, sentenceElements, shortFormAfter } from './context';
import { accordingAt, ACCORDING_REACH, ARTICLES, BODY_NOUN, POSSESSIVES, CONCESSIVE, COORDINATORS, estimateVerb, hasCount, isCount, isSpeakerNoun, isTally, PASSIVE_AUXILIARIES, REPORTER_REACH, SPEAKS, TALLY_VERBS } from './words';
import { definite } from './definite-references';
import { introducedBy } from './introduced-paragraphs';
import { formerOrLatterNamed } from './pair-references';
import { pastIncluded } from './included-phrases';
import { AGENT_PARTICIPLES, businessOwner } from './figure-owners';
import { nameWithin, releasedCount, sourceOfSentence } from './sentence-sources';
import { studyFinding } from './study-findings';
import { appositivePerson, personAfterLowerTitle, titledPerson } from './titled-people';
import { clauseReporter, openingReporter, type Reporter, reporter as reporterWords, shortOfOther, unnamedReporter } from './unnamed-reporters';
import { FUNCTION, PERSON_NOUN, REPORTING_PARTICIPLE, REPORTING_VERB, ROLE_HEAD, ROLE_MODIFIER, SPOKESNOUN, VERB_FILLER, WEEKDAY } from '../wordclass';

/**
 * A clause of a sentence with a source of its own: where its words start (its coordinator, if any),
 * where its subject starts, and that source: a named entity, or (entity null) a reporter the text
 * does not name.
 */
export interface ClauseSource {
  start: number;
  from: number;
  entity: number | null;
  reporter: Reporter | null;
  /** The clause holds no number: it is listed only to give its own source its own statement. */
  numberless?: true;
}

/**
 * Clauses of sentence `i` that give the figures in them a source of their own: "…, while the Red
 * Cross put the toll at 55", "…; the Red Cross, 55", "… and the Red Cross at 55", "… and 55
 * according to the Red Cross". Such a clause is joined by a coordinator (or "although"), or a semicolon, after a
 * report of the sentence, opens with a named subject and a reporting verb (or a figure the verb of
 * the first clause is left out before), and holds a number: "…, while rescuers searched for 12
 * more" names no one, "but Y said nothing" gives Y no figure. A sentence with no source of its
 * own opening "X put the toll at 30" gives X its first clause. The main clause after "While X said
 * six had died," is one too, even where its speaker is not named ("the fire chief said nine"); so
 * are the words after "with X reporting" (and "and Y saying" after it), "quoting/cited X as
 * saying", "confirmed by X, adding that" and ", who had pegged the toll at". Only clauses that change the source are listed, in text order.
 */
export function clauseSources(ctx: AttributionContext, i: number): ClauseSource[] {
  const s = ctx.sents[i]!;
  if (s.end - s.start > MAX_SENTENCE) return [];
  const els = sentenceElements(ctx, i);
  const respective = respectiveSources(ctx, i, els) ?? gappedPairSources(ctx, i, els);
  if (respective !== null) return respective;
  // The source so far: a clause of the same one changes nothing.
  let last = sourceOfSentence(ctx, i);
  const out: ClauseSource[] = last === null ? [] : sourceAfterSemicolon(ctx, i, els, last);
  let reported = false;
  // A verb of the sentence reported (not "according to"): "X reported two, Y reported four" lists clauses after commas.
  let verbReported = false;
  // A clause after a comma had a subject and verb of its own: "…, Z 26" may leave the verb out.
  let listing = false;
  // "While X said six had died, Y said nine": the main clause after a report in a subordinate one
  // opens at the first comma after that report.
  let subordinate = CONCESSIVE.has(els[0]?.lower);
  // Who denied a report in the sentence, until a participle of their own speaks again (deniedThenRestated).
  let denier: number | null = null;
  // The last "with" opened a clause of a speaker and a participle ("with X reporting 28").
  let withClause = false;
  // "According to the official tally, 16 died, but X said …": the sentence opens with a report of no one named.
  const unnamedAccording = accordingAt(els, 0) && nameWithin(ctx, els, 2, ACCORDING_REACH) === null;
  // "According to X, Y, and Z, 40 died": the names listed after "according to" report together; their "and" opens no clause.
  let listEnd = -1;
  for (let c = 0; c < els.length; c++) {
    const e = els[c]!;
    if (c < listEnd) continue;
    if (accordingAt(els, c)) listEnd = sourceListEnd(ctx, els, c + 2);
    // Most words start none of the rules below that a word starts: one lookup passes them by.
    const cue = e.lower !== undefined && CLAUSE_CUES.has(e.lower);
    // "…, although Y said only eight": a concessive word inside the sentence joins a clause as "while" does.
    const coordinator = (cue && (COORDINATORS.has(e.lower) || (c > 0 && CONCESSIVE.has(e.lower)))) || reportingAs(ctx, els, c);
    const comma = c > 0 && hasCharBetween(ctx, els[c - 1]!.end, e.start, COMMA);
    const main = subordinate && reported && comma && !countAside(els, c) && !inNumber(ctx, els, c);
    if (main) subordinate = false;
    const listed = verbReported && comma && !coordinator;
    if (c === 0 || main || listed || (reported && (coordinator || hasCharBetween(ctx, els[c - 1]!.end, e.start, SEMICOLON)))) {
      const open = coordinator && c > 0 ? pastAdverbial(ctx, els, c + 1) : coordinator ? c + 1 : c;
      const counted = els[open] !== undefined && hasCount(els, open);
      const entity = counted ? clauseSubject(ctx, els, open, c === 0) : null;
      const gapped = listing && listed && entity === null && counted ? gappedSubject(els, open) : undefined;
      const conceded = main && out.length === 0 ? concededReport(ctx, els, c, last) : null;
      // "X claimed 200 were dead, while the Ostra ministry announced that police never fired": a clause set
      // against a report, with no number, still has a speaker of its own, who says only it.
      const contrasted = !counted && c > 0 && reported && CONCESSIVE.has(e.lower) && els[open] !== undefined ? clauseSubject(ctx, els, open, false) : null;
      if (conceded) {
        out.push(conceded, { start: e.start, from: els[open]!.start, entity: last, reporter: null });
      } else if (contrasted !== null && contrasted !== last) {
        out.push({ start: e.start, from: els[open]!.start, entity: contrasted, reporter: null, numberless: true });
        last = contrasted;
      } else if (entity !== null && entity !== last && (c > 0 || last === null)) {
        out.push({ start: e.start, from: els[open]!.start, entity, reporter: null });
        last = entity;
        listing ||= listed;
      } else if (gapped !== undefined && gapped !== last) {
        // "…, Ostra Hospital reported four, Kelmor Clinic 26": the 26 is the clinic's, or (unnamed) nobody's.
        out.push({ start: e.start, from: els[open]!.start, entity: gapped, reporter: null });
        last = gapped;
      } else if ((main || (coordinator && c > 0 && (last !== null || reported))) && counted && entity === null) {
        // "While X said six had died, the fire chief said nine", "X said 21 died, while an official put
        // the figure at 22": the unnamed speaker of the main or joined clause is not X; nor, after a
        // report by someone unnamed ("…, a rebel spokesman said, while troops claimed 10"), theirs.
        const reporter = companyAgain(ctx, els, open, last) ? null : clauseReporter(ctx, els, open, ctx.sents[i]!.end) ?? (coordinator ? describedSubject(ctx, els, open, ctx.sents[i]!.end) : null);
        if (reporter) {
          out.push({ start: e.start, from: els[open]!.start, entity: null, reporter });
          last = null;
        }
      }
    }
    const fresh = last === null && out.length === 0 && c > 0 && !(reported && coordinator) ? unreportedJoin(ctx, els, c, !reported && coordinator && comma, s.end) : null;
    if (fresh) out.push(fresh);
    const relayed = reported && e.lower === 'that' && out.length === 0 ? relayedReport(ctx, els, c, s.end) : null;
    if (relayed) {
      out.push(relayed);
      last = null;
    }
    // "The official toll was 372, while Ana Ruiz told Varn Radio that …": a "while" set after a comma does the same.
    const against = e.lower === 'but' || ((e.lower === 'while' || e.lower === 'whereas') && comma);
    if ((!reported || unnamedAccording) && last !== null && against && c > 0 && els.slice(0, c).some(isCount) && clauseSubject(ctx, els, c + 1, false) === last) {
      // "The official count stands at 84 - but its president Ana Ruiz said …", "According to the
      // official tally, 16 died, but Ana Ruiz said …": the clause before a "but" whose own subject
      // reports is nobody's the sentence names; the speaker owns only her clause.
      // "According to the official tally" names whose the clause's figures are, if no one.
      const tally = unnamedAccording ? unnamedReporter(ctx, i) : null;
      out.push({ start: s.start, from: s.start, entity: null, reporter: tally && { ...tally, until: e.start } }, { start: e.start, from: els[c + 1]!.start, entity: last, reporter: null });
    }
    // "A local official put the toll at 50 while Colonel Ana Ruiz said …": the clause an unnamed
    // subject opens the sentence with is theirs, up to the coordinator before the named speaker's own.
    const opener = coordinator && c > 0 && out.length === 0 && last !== null ? openingReporter(ctx, i) : null;
    if (opener?.until === e.start && clauseSubject(ctx, els, c + 1, false) === last) {
      out.push({ start: s.start, from: s.start, entity: null, reporter: opener }, { start: e.start, from: els[c + 1]!.start, entity: last, reporter: null });
    }
    // "The Varn police have denied a Kelmor Fans Union report that the toll exceeded 140": the figure is the named reporter's.
    const denied = last !== null && cue ? deniedNamedReport(els, c) : null;
    if (denied !== null && denied !== last) {
      out.push({ start: els[c + 1]!.start, from: els[c + 1]!.start, entity: denied, reporter: null });
      last = denied;
    }
    const contrary = c > 0 && e.lower === 'however' && comma ? contraryReport(ctx, els, c, last, s.end) : reported && cue && e.lower === 'after' ? reportAfter(ctx, els, c, last, s.end) : null;
    if (contrary) {
      out.push(contrary);
      last = contrary.entity;
    }
    const gainsaid = !contrary && last !== null && c > 0 && e.lower === 'however' && comma ? gainsaidClause(ctx, els, c, last, i) : null;
    if (gainsaid) {
      out.push(gainsaid);
      last = gainsaid.entity;
    }
    if (last !== null && cue && deniedReport(els, c)) {
      // "The army said it killed 20 militants, but denied reports it had killed up to eight villagers":
      // the figure of a report its source denies is not that source's.
      const joined = c > 0 && COORDINATORS.has(els[c - 1]!.lower);
      out.push({ start: joined ? els[c - 1]!.start : e.start, from: els[c + 1]!.start, entity: null, reporter: null });
      denier = last;
      last = null;
    }
    if (denier !== null && deniedThenRestated(e, comma)) {
      out.push({ start: e.start, from: e.start, entity: denier, reporter: null });
      last = denier;
      denier = null;
    }
    // "made an appearance to declare that …" reports as "said" does (sentence-sources' purpose rule).
    // "<The county> released a list of 385 …, a day after X had announced that …": releasing a count reports it too.
    if (e.cls & REPORTING_VERB || estimateVerb(els, c) || (cue && (isTally(els, c) || (PURPOSE_REPORTING_VERBS.has(e.lower!) && els[c - 1]?.lower === 'to'))) || releasedCount(els, c)) reported = verbReported = true;
    if (accordingAt(els, c)) reported = true;
    // "X questioned the count, saying the toll was nearer 150, while Y put it at 300": the participle after a comma reports for the subject.
    if (e.cls & REPORTING_PARTICIPLE && comma) reported = true;
    // "While a count of 27 was listed by Ostran officials, Varnian officials listed 26": a figure
    // published "by" someone in the subordinate clause is their report, and the main clause has its own.
    if (subordinate && passiveAgent(els, c)) reported = true;
    const quoted: Named | null = cue ? ownSpeaker(ctx, els, c, withClause) : null;
    if (e.lower === 'with') withClause = quoted !== null;
    if (quoted !== null && quoted.entity !== last) {
      out.push({ start: e.start, from: quoted.start, entity: quoted.entity, reporter: null });
      last = quoted.entity;
    }
  }
  return out;
}

/**
 * "The count of 5,000 was announced by the Varn Front, however, the true count is under 900": a clause after ", however,"
 * with a count and no speaker of its own gainsays the source before it (the writer's own word), so its figures are not
 * that source's. Where what it gainsays is the agent of "announced by X", the clause is whoever else reports the sentence:
 * "Ana Ruiz said the 5,000 was announced by the Front, however, …" goes on with Ruiz, and a paragraph a colon handed to a
 * speaker ("A spokeswoman for the bank writes us:") with that speaker. The clause, or null.
 */
function gainsaidClause(ctx: AttributionContext, els: Element[], c: number, last: number, i: number): ClauseSource | null {
  const open = els[c + 1];
  if (!open || !hasCharBetween(ctx, els[c]!.end, open.start, COMMA) || !hasCount(els, c + 1) || sameReportGoesOn(open) || clauseSubject(ctx, els, c + 1, false) !== null) return null;
  const agent = agentBefore(els, c);
  const entity = agent === null ? null : agent === last ? introducedBy(ctx, i) : last;
  return { start: els[c]!.start, from: open.start, entity, reporter: null };
}

/**
 * "Local radio gave the toll as 30 on Friday, however, the county's crisis desk confirmed that 26 had died": a clause after
 * ", however," with a subject and a reporting verb of its own is that subject's report, named or not, not the one it is
 * set against. Why: its count went to the first reporter of the sentence. The clause, or null where its subject is the
 * source so far or it opens with no subject ("…, however, that 26 …").
 */
function contraryReport(ctx: AttributionContext, els: Element[], c: number, last: number | null, end: number): ClauseSource | null {
  const open = els[c + 1];
  if (!open || !hasCharBetween(ctx, els[c]!.end, open.start, COMMA) || !hasCount(els, c + 1) || sameReportGoesOn(open)) return null;
  return clauseOwnReport(ctx, els, c, last, end);
}

/**
 * "A storm has killed 40 people, the Red Crescent said, hours after the rebel-run health ministry said 31 had died": a
 * clause after "after" with a subject, a reporting verb and a count of its own (before any pause) tells an earlier report,
 * its subject's, not the one of the sentence's source. Why: the earlier count went to the later reporter. The clause, or null.
 */
function reportAfter(ctx: AttributionContext, els: Element[], c: number, last: number | null, end: number): ClauseSource | null {
  const open = els[c + 1];
  let stop = c + 2;
  while (stop < els.length && (!punctuatedBetween(ctx, els[stop - 1]!.end, els[stop]!.start) || abbreviatedBefore(ctx, els, stop))) stop++;
  if (!open || !hasCount(els, c + 1, stop)) return null;
  return clauseOwnReport(ctx, els, c, last, end);
}

/**
 * "…, a day after Gov. Ana Ruiz had announced that the number would fall to 50": the full stop of an abbreviated title
 * before els[k] is no pause of the clause. Why: read as one, it ended the clause before its count, and the count went to
 * the sentence's first speaker.
 */
const abbreviatedBefore = (ctx: AttributionContext, els: Element[], k: number): boolean => ABBREVIATIONS.has(els[k - 1]!.lower ?? '') && /^\.\s+$/.test(ctx.text.slice(els[k - 1]!.end, els[k]!.start));

/**
 * The subject of the clause opening after els[c] ("the county's crisis desk" of ", however, the county's crisis desk confirmed
 * …"), named or a reporter the text does not name, as the clause's own report; null where it is the source so far (`last`).
 */
function clauseOwnReport(ctx: AttributionContext, els: Element[], c: number, last: number | null, end: number): ClauseSource | null {
  const open = els[c + 1]!;
  const entity = clauseSubject(ctx, els, c + 1, false);
  if (entity !== null) return entity === last ? null : { start: els[c]!.start, from: open.start, entity, reporter: null };
  const reporter = clauseReporter(ctx, els, c + 1, end) ?? describedSubject(ctx, els, c + 1, end);
  return reporter && { start: els[c]!.start, from: open.start, entity: null, reporter };
}

/**
 * "The Kelmor Institute reported in May, however, that 9,000 were infected", "A Varn Courier report, however, said 30
 * died": the clause after ", however," opening with "that" or a reporting verb goes on with the report it was set in (the
 * adverb is the writer's aside), so gainsays nothing. Why: its count went to no one.
 */
const sameReportGoesOn = (open: Element): boolean => open.lower === 'that' || (open.cls & REPORTING_VERB) !== 0;

/** The entity of a name right before els[c] that is the agent after "by" ("announced by the Varn Front, however"), or null. */
function agentBefore(els: Element[], c: number): number | null {
  const name = els[c - 1]?.name;
  const by = els[c - 2]?.lower === 'the' ? c - 3 : c - 2;
  return name && els[by]?.lower === 'by' ? name.entity : null;
}

/**
 * "While Ostra Radio put the crowd at 9,000, with 2,000 of them children, the organisers counted 15,000": "with" and a
 * count after the subordinate clause's comma set an aside of that clause, not the main clause; the main one opens at the
 * comma after. Why: read as the main clause, the aside had no speaker and the real one took the subordinate's.
 */
function countAside(els: Element[], c: number): boolean {
  return els[c]!.lower === 'with' && isCount(els[c + 1]);
}

/** "9,000": els[c] is a group of a number's digits after its thousands comma, which opens no clause. */
function inNumber(ctx: AttributionContext, els: Element[], c: number): boolean {
  const e = els[c]!;
  return e.start === els[c - 1]!.end + 1 && isDigit(ctx.text.charCodeAt(e.start)) && isDigit(ctx.text.charCodeAt(e.start - 2));
}

/**
 * "…, dock unions and port police said, putting the crowd at 52,000 and 9,000 respectively": two speakers the sentence's
 * unnamed reporter joins with "and", and two counts joined by "and" before a closing "respectively", pair off in order;
 * each count is its own speaker's, as two clauses would make it, not the pair's. The pair's clause before the counts and
 * the two counts' clauses, or null.
 */
function respectiveSources(ctx: AttributionContext, i: number, els: Element[]): ClauseSource[] | null {
  if (els[els.length - 1]?.lower !== 'respectively') return null;
  const counts = els.flatMap((e, k) => (isCount(e) && !isCount(els[k - 1]) ? [k] : []));
  if (counts.length !== 2 || els[counts[1]! - 1]?.lower !== 'and') return null;
  const pair = unnamedReporter(ctx, i);
  if (pair === null) return null;
  const words = els.filter((e) => e.start >= pair.start && e.end <= pair.end);
  const and = words.findIndex((e) => e.lower === 'and');
  if (and < 1 || and === words.length - 1) return null;
  const first = els.indexOf(words[0]!);
  const end = ctx.sents[i]!.end;
  const a = reporterWords(ctx, els, first, first + and - 1, end);
  const b = reporterWords(ctx, els, first + and + 1, first + words.length - 1, end);
  const one = els[counts[0]!]!;
  const two = els[counts[1]! - 1]!;
  // What the pair says before the counts stays the pair's.
  const start = ctx.sents[i]!.start;
  return [
    { start, from: start, entity: null, reporter: { ...pair, until: one.start }, numberless: true },
    { start: one.start, from: one.start, entity: null, reporter: a },
    { start: two.start, from: els[counts[1]!]!.start, entity: null, reporter: b },
  ];
}

/**
 * "…, when dock unions counted 52,000 marchers and port police 9,000.": a speaker's noun, its reporting verb and a count,
 * then "and", a second speaker's noun and a count closing the sentence, the verb left out before it: each count is its
 * own speaker's. What the sentence says before the first speaker stays its reporter's. Those clauses, or null.
 */
function gappedPairSources(ctx: AttributionContext, i: number, els: Element[]): ClauseSource[] | null {
  // The second speaker and count close the sentence: "… and police 9,000" (a count may be more than one word).
  let n = els.length;
  while (n > 1 && isCount(els[n - 2])) n--;
  if (n < 7 || !isCount(els[n - 1]) || els[n - 3]?.lower !== 'and' || !isSpeakerNoun(els[n - 2]!.lower ?? '')) return null;
  const and = n - 3;
  let verb = -1;
  for (let k = and - 1; k > 0 && k >= and - GAPPED_REACH; k--) {
    if (punctuatedBetween(ctx, els[k]!.end, els[k + 1]!.start) && !(isCount(els[k]) && isCount(els[k + 1]))) return null;
    if (els[k]!.cls & REPORTING_VERB) {
      verb = k;
      break;
    }
  }
  if (verb < 1 || !isCount(els[verb + 1]) || !isSpeakerNoun(els[verb - 1]!.lower ?? '')) return null;
  const end = ctx.sents[i]!.end;
  const a = reporterWords(ctx, els, verb - 1, verb - 1, end);
  const b = reporterWords(ctx, els, n - 2, n - 2, end);
  const start = ctx.sents[i]!.start;
  const whole = unnamedReporter(ctx, i);
  const own = els[verb - 1]!.start;
  const before = start < own && whole !== null && whole.end <= own ? [{ start, from: start, entity: null, reporter: { ...whole, until: own }, numberless: true as const }] : [];
  return [...before, { start: own, from: own, entity: null, reporter: a }, { start: els[and]!.start, from: els[n - 2]!.start, entity: null, reporter: b }];
}

/** Most words from the first count's verb to the "and" before the second speaker ("counted 52,000 marchers in Varn"). */
const GAPPED_REACH = 6;

/**
 * "While residents have claimed that 13 died, the Ostra police chief said only three bodies were
 * found": the sentence's source, named in the main clause opening at els[main], does not report the
 * conceded clause before it, whose own subject names nobody; that clause is its unnamed subject's
 * ("residents"), or nobody's. Null where the source is named before the main clause, is not named
 * after it, or the conceded clause holds no number.
 */
function concededReport(ctx: AttributionContext, els: Element[], main: number, source: number | null): ClauseSource | null {
  if (source === null || !hasCount(els.slice(0, main), 0) || els.slice(0, main).some((x) => x.name?.entity === source) || !els.slice(main).some((x) => x.name?.entity === source)) return null;
  const start = els[0]!.start;
  const reporter = clauseReporter(ctx, els, 1, els[main]!.start);
  return { start, from: start, entity: null, reporter: reporter && { ...reporter, until: els[main]!.start } };
}

/**
 * "…, even though a ferryman at the jetty south of Varn said only three boats had sunk": a
 * joined clause opening with "a" or "the" and a noun no list of speakers holds, whose own reporting
 * verb follows (past words placing it), is that person's report, not the first speaker's. Their
 * words ("a ferryman", a few as an unnamed reporter's), or null where the clause names a speaker, holds a number or a pause before
 * its verb, or the verb is a passive participle ("the figures reported by", "the storm said to be").
 */
function describedSubject(ctx: AttributionContext, els: Element[], open: number, end: number): Reporter | null {
  if (!ARTICLES.has(els[open]?.lower ?? '')) return null;
  let head = open;
  for (let k = open + 1; k < els.length && k <= open + DESCRIBED_REACH; k++) {
    const e = els[k]!;
    // "4:15pm": the minutes after the hour's colon go on with its clock time.
    if (isCount(e) && clockTimeAt(ctx, els[k - 1]!)) continue;
    if (punctuatedBetween(ctx, els[k - 1]!.end, e.start) || (isCount(e) && !clockTimeAt(ctx, e)) || (e.name && SPEAKS.has(e.name.kind) && !nameModifiesNoun(ctx, els, k))) return null;
    if (e.cls & REPORTING_VERB) return head > open && head - open <= REPORTER_REACH && els[k + 1]?.lower !== 'by' && els[k + 1]?.lower !== 'to' ? reporterWords(ctx, els, open, head, end) : null;
    // The subject's words run to the first function word ("a local ferryman at …"); a name no list of speakers holds is one ("the Varn office's desk").
    if (head === k - 1 && (e.name !== undefined || (e.lower !== undefined && !(e.cls & FUNCTION)))) head = k;
  }
  return null;
}

/**
 * "…, the Varn office's help desk confirmed", "…, the Varn-run ministry said": a name before a noun that owns the subject's
 * head, or joined to the next word by a hyphen (no pause, no verb between), only says whose the noun is; the subject is the
 * noun's phrase, which names no speaker. True where els[k] is such a name. Not "…, but the Varn authorities said": there the
 * name and its noun are the speaker.
 */
function nameModifiesNoun(ctx: AttributionContext, els: Element[], k: number): boolean {
  const next = els[k + 1];
  if (next?.lower === undefined || next.cls & (FUNCTION | REPORTING_VERB) || punctuatedBetween(ctx, els[k]!.end, next.start)) return false;
  return OWNING.test(ctx.text.slice(next.end, next.end + 3)) || ctx.text.slice(els[k]!.end, next.start) === '-';
}
/** A possessive ending right after a word ("office's", "offices'"). */
const OWNING = /^['’](?:s\b|\s)/;

/**
 * "…, the county desk around 4:15pm on Friday said": a clock time placing the verb is no count of the subject's. True
 * where the number at e is an hour of the clock ("4pm", "4:15pm", "11 a.m.").
 */
const clockTimeAt = (ctx: AttributionContext, e: Element): boolean => CLOCK_TIME.test(ctx.text.slice(e.start, e.start + 12));
const CLOCK_TIME = /^\d{1,2}(?::\d\d)?\s?[ap]\.?m\b/i;

/**
 * "Kelmor Airways says its cargo trade grew, but the carrier still booked a loss of $2 billion": "the" and a company's
 * noun, after a company the clause before names as its source, is that company again, not someone else's report;
 * "the airline's pilots said" (a noun of the company's own) is someone else.
 */
function companyAgain(ctx: AttributionContext, els: Element[], open: number, last: number | null): boolean {
  const noun = els[open + 1];
  if (last === null || els[open]?.lower !== 'the' || !COMPANY_DESCRIPTIONS.has(noun?.lower) || possessed(ctx, noun!)) return false;
  return els.slice(0, open).some((e) => e.name?.entity === last && e.name.kind === 'organization');
}

/** Nouns a text calls a company by after naming it ("the carrier", "the lender", "the group"). */
const COMPANY_DESCRIPTIONS: ReadonlySet<string | undefined> = new Set([...COMPANY_NOUNS, 'carrier', 'group']);

/** Words of a clause's subject described by a phrase before its verb ("a ferryman at the old jetty just south of Varn"). */
const DESCRIBED_REACH = 12;

/** els[c] is a participle of publishing in the passive, its agent after "by" ("was listed by", "were released by"). */
const passiveAgent = (els: Element[], c: number): boolean =>
  AGENT_PARTICIPLES.has(els[c]!.lower ?? '') && els[c + 1]?.lower === 'by' && PASSIVE_AUXILIARIES.has(els[c - 1]?.lower ?? '');

/**
 * "The company reported revenue of $24 million, missing estimates of $26 million, according to
 * Kelmor Research": a trailing "according to X" set off by a comma right after a figure (its unit's
 * words may stand between) gives that figure to X, not to the sentence's subject. The figure ends at
 * `pos`; X's entity, or null where no such clause follows or it names nobody.
 */
export function accordingAfter(ctx: AttributionContext, i: number, pos: number): number | null {
  const els = sentenceElements(ctx, i);
  const k = firstFrom(els, pos);
  for (let j = k; j < els.length && j <= k + UNIT_REACH; j++) {
    const e = els[j]!;
    const before = j === k ? pos : els[j - 1]!.end;
    if (punctuatedBetween(ctx, before, e.start)) {
      const comma = /^\s*,\s*$/.test(ctx.text.slice(before, e.start));
      const at = comma ? pastIncluded(ctx, els, j) : j;
      return comma && accordingAt(els, at) ? nameWithin(ctx, els, at + 2, ACCORDING_REACH) : null;
    }
    if (isCount(e)) return null;
  }
  return null;
}

/**
 * "…, while in neighbouring Varn district, police official Ana Ruiz said 35": a phrase of place or
 * time set off by a comma may open a joined clause before its subject; the index of that subject,
 * or `open` where the clause opens with no such phrase.
 */
function pastAdverbial(ctx: AttributionContext, els: Element[], open: number): number {
  if (!ADVERBIAL_PREPOSITIONS.has(els[open]?.lower)) return open;
  for (let k = open + 1; k < els.length && k <= open + ADVERBIAL_REACH; k++) {
    const before = els[k - 1]!.end;
    if (isCount(els[k - 1]) || els[k - 1]!.cls & REPORTING_VERB) return open;
    if (punctuatedBetween(ctx, before, els[k]!.start)) return /^\s*,\s*$/.test(ctx.text.slice(before, els[k]!.start)) ? k : open;
  }
  return open;
}

/** Prepositions opening a phrase of place or time before a clause's subject ("in neighbouring Varn district,"). */
const ADVERBIAL_PREPOSITIONS: ReadonlySet<string | undefined> = new Set(['in', 'at', 'on', 'across', 'near', 'elsewhere']);

/** Words such a phrase may have ("in the neighbouring district of Varn in the west"). */
const ADVERBIAL_REACH = 8;

/**
 * The end of a list of names from els[from], each set off by a comma or joined by "and" ("BBC Varn, The Kelmor Voice,
 * and Radio Ostra"): the index of the first element after the last name, or `from` where no name is joined to the first.
 */
function sourceListEnd(ctx: AttributionContext, els: Element[], from: number): number {
  let k = from;
  let end = from;
  let names = 0;
  while (k < els.length) {
    if (els[k]!.lower === 'the') k++;
    if (!els[k]?.name) break;
    names++;
    end = ++k;
    const gap = els[k] ? ctx.text.slice(els[k - 1]!.end, els[k]!.start) : '';
    if (els[k]?.lower === 'and' && /^,?\s+$/.test(gap)) k++;
    else if (/^\s*,\s*$/.test(gap) && (els[k]?.name || els[k]?.lower === 'the' || els[k]?.lower === 'and')) k += els[k]!.lower === 'and' ? 1 : 0;
    else break;
  }
  return names > 1 ? end : from;
}

/** Words of a figure's unit that may stand between it and a trailing "according to" ("$26 million in revenue"). */
const UNIT_REACH = 3;

/** els[c] denies what others report, with a number in it: "denied reports (that) 8 …", "rejected claims of 30 dead", "denied a report that 8 …". */
function deniedReport(els: Element[], c: number): boolean {
  // "denied a report that 140 …": one report, after its article.
  if (ARTICLES.has(els[c + 1]?.lower ?? '') && REPORT_NOUNS.has(els[c + 2]?.lower)) return DENYING.has(els[c]!.lower) && hasCount(els, c + 3);
  return DENYING.has(els[c]!.lower) && ((REPORTS.has(els[c + 1]?.lower) && hasCount(els, c + 2)) || (describedReports(els, c + 1) && hasCount(els, c + 3)));
}

/**
 * "rejected union claims that …", "dismissed opposition reports of …": one word describing whose the reports are may stand
 * between the verb of denying and their noun (els[k] that word). Why: read only right after the verb, the denial was missed
 * and the denier's own count after it went to no one.
 */
const describedReports = (els: Element[], k: number): boolean => els[k]?.lower !== undefined && !(els[k]!.cls & FUNCTION) && REPORTS.has(els[k + 1]?.lower);

/** "has dismissed union claims that …": els[i] is the noun of reports a verb of denying (maybe past one describing word) takes, not a verb of their own. */
export const deniedReportsNoun = (els: Element[], i: number): boolean => REPORTS.has(els[i]!.lower) && (DENYING.has(els[i - 1]?.lower) || (DENYING.has(els[i - 2]?.lower) && describedReports(els, i - 1)));

/** els[c] denies a report a name before its noun owns, with a number in it ("denied a Kelmor union report that 140 …"): that name's entity, or null. */
function deniedNamedReport(els: Element[], c: number): number | null {
  if (!DENYING.has(els[c]!.lower)) return null;
  const at = ARTICLES.has(els[c + 1]?.lower ?? '') ? c + 2 : c + 1;
  const name = els[at]?.name;
  return name && SPEAKS.has(name.kind) && REPORT_NOUNS.has(els[at + 1]?.lower) && hasCount(els, at + 2) ? name.entity : null;
}

/**
 * "Kelmor Steel has rejected reports that it will cut 900 posts, reiterating that the losses will be 450": a participle of
 * saying after a comma, past the report denied, gives what follows back to the denier. Why: the denied report's clause ran
 * to the sentence's end, and the denier's own count went to no one.
 */
const deniedThenRestated = (e: Element, comma: boolean): boolean => comma && (e.cls & REPORTING_PARTICIPLE) !== 0;

/** A single report's nouns (the plural ones are REPORTS). */
const REPORT_NOUNS: ReadonlySet<string | undefined> = new Set(['report', 'claim', 'statement', 'estimate', 'count', 'tally', 'figure']);

/** Verbs that deny a report, and the nouns of the report denied. */
const DENYING: ReadonlySet<string | undefined> = new Set(['denied', 'denies', 'deny', 'rejected', 'rejects', 'dismissed', 'dismisses', 'disputed', 'disputes']);
const REPORTS: ReadonlySet<string | undefined> = new Set(['reports', 'claims', 'allegations', 'accounts', 'suggestions']);

/**
 * The source a clause opening at els[open] names: "the Red Cross said/estimated/put the toll at",
 * "the Red Cross, 55", "the Red Cross at 55", "55 according to the Red Cross"; only the first
 * of these at the opening of a sentence (`first`), and there only with "put the toll at".
 */
function clauseSubject(ctx: AttributionContext, els: Element[], open: number, first: boolean): number | null {
  // A clause cut off after its opening word ("…, but" at a text's end) has no subject to read.
  if (open >= els.length) return null;
  // "…, while an Ostra Press count drawn from official lists shows 420": a named author's count, study or poll finds it.
  const study = first ? null : studyFinding(ctx, els, open);
  if (study !== null) return study;
  // "…, but its president Ana Ruiz said": a possessive stands where "the" does.
  const article = els[open]!.lower === 'the' || (POSSESSIVES.has(els[open]!.lower) && els[open + 1]?.lower !== undefined) ? open + 1 : open;
  // "…, while organisers Kelmor Peace Group estimate …": a noun of speakers may stand before the name it describes.
  const nounAt = (k: number): boolean => {
    const noun = els[k]?.lower;
    return noun !== undefined && isSpeakerNoun(noun) && els[k + 1]?.name !== undefined && !punctuatedBetween(ctx, els[k]!.end, els[k + 1]!.start);
  };
  // "…, while French daily Kelmor Post gave a toll of 30", "…, while police official Ana Ruiz said 35": an adjective
  // (a nationality) or a noun may describe that noun.
  const adjective = els[article]?.lower !== undefined && !(els[article]!.cls & (FUNCTION | REPORTING_VERB)) && !punctuatedBetween(ctx, els[article]!.end, els[article + 1]?.start ?? 0);
  const opening = nounAt(article) ? article + 1 : adjective && nounAt(article + 1) ? article + 2 : article;
  // "…, while another news agency, Ostra Press Agency, said 22": a description set off by commas before the name.
  const renamed = first ? 0 : renamedSubject(ctx, els, open) || placedTitleSubject(ctx, els, open);
  const at = joinedSubject(ctx, els, renamed || (titledPerson(ctx, els, opening) ?? personAfterLowerTitle(els, opening) ?? opening));
  const name = els[at]?.name;
  // "Kelmor has put the death toll at 22": a country opening the sentence and giving a tally reports it, as its government.
  if (first && at === 0 && name?.kind === 'place' && tallyNext(els, 1)) return name.entity;
  if (!name || !SPEAKS.has(name.kind)) {
    if (!first && article > open && !name) return definiteSubject(ctx, els, article);
    if (first || !isCount(els[open])) return null;
    for (let k = open + 1; k < els.length && k <= open + 3; k++) {
      if (accordingAt(els, k)) return nameWithin(ctx, els, k + 2, ACCORDING_REACH);
    }
    return null;
  }
  const next = els[at + 1];
  if (!next) return null;
  const gap = ctx.text.slice(name.end, next.start);
  if (!first && (/^,\s+$/.test(gap) ? isCount(next) : next.lower === 'at' && isCount(els[at + 2]))) return name.entity;
  // "the Intelligence Bureau (IB) said": a short form in brackets stands between the name and its verb.
  const short = next.name && shortFormAfter(ctx.text, name.end, next) ? next.end + 1 : 0;
  // "…, but Ana Ruiz, a local official, put the number at eight": a person's apposition stands between.
  const described = short ? 0 : renamed ? renamed + 1 : describedPerson(ctx, els, at);
  let v = described || pastBodyNoun(els, short ? at + 2 : at + 1);
  // "Ostra administration has lowered the toll", where "Ostra" is short for "Ostra Medical College": the body's noun after the short form names another body.
  if (v > at + 1 && !described && shortOfOther(ctx, name, els[v - 1]!.lower!)) return null;
  // "the ministry Wednesday lowered the toll": a weekday may stand before the verb.
  while (v < els.length && els[v]!.cls & (VERB_FILLER | WEEKDAY)) v++;
  const verb = els[v];
  if (!verb || (!described && punctuatedBetween(ctx, short || name.end, verb.start)) || PASSIVE_AUXILIARIES.has(els[v - 1]!.lower!)) return null;
  return isTally(els, v) || (!first && (verb.cls & REPORTING_VERB || estimatesAt(els, v) || citesCount(els, v) || sayingAfter(ctx, els, v))) ? name.entity : null;
}

/**
 * "…, the Varn ministry rejected that figure, saying only 310,000 marched": a verb of the subject's own in the past (not a
 * reporting one) whose clause goes on, after a comma, with a participle of saying; the subject says what follows it.
 * Only a few words, none a count, stand between the verb at els[v] and the participle.
 */
function sayingAfter(ctx: AttributionContext, els: Element[], v: number): boolean {
  // A verb in the past ("rejected", "disputed"): "Zenit's chief executive, noting …" has a title there, no verb.
  const verb = els[v]!.lower;
  if (verb === undefined || !verb.endsWith('ed') || els[v]!.cls & (FUNCTION | ROLE_HEAD | PERSON_NOUN)) return false;
  for (let k = v + 1; k < els.length && k <= v + SAYING_REACH; k++) {
    const e = els[k]!;
    if (isCount(e)) return false;
    if (punctuatedBetween(ctx, els[k - 1]!.end, e.start)) return (e.cls & REPORTING_PARTICIPLE) !== 0 && /^\s*,\s*$/.test(ctx.text.slice(els[k - 1]!.end, e.start));
  }
  return false;
}

/** Most words between a subject's verb and the ", saying" after it ("rejected the union's figure"). */
const SAYING_REACH = 6;

/**
 * "…, the Varn Army and the Varn Police have reported over 80": two names of speakers joined by "and" are one subject; the
 * clause goes to the name its verb follows (the context credits the name joined to it). The index of that name, or `at`.
 * Why: read from the first name, the clause had no verb, the "and" opened one of its own, and the first name's words went
 * with the clause before.
 */
function joinedSubject(ctx: AttributionContext, els: Element[], at: number): number {
  const first = els[at]?.name;
  if (!first || !SPEAKS.has(first.kind) || els[at + 1]?.lower !== 'and' || punctuatedBetween(ctx, first.end, els[at + 1]!.start)) return at;
  const second = els[at + 2]?.lower === 'the' ? at + 3 : at + 2;
  const name = els[second]?.name;
  return name && SPEAKS.has(name.kind) && name.entity !== first.entity && !punctuatedBetween(ctx, els[at + 1]!.end, els[at + 2]!.start) ? second : at;
}

/**
 * "Kelmor Holdings grew its profit to 147 million; Varn Bank said profit grew from 123 million …": a source named only
 * after a semicolon, where nothing before it reports, speaks for its own clause alone. The clause before holds a count
 * and is a company's that opens it with its own results ("Kelmor Holdings' profit rose to …"), else nobody's. Those two clauses, or none.
 */
function sourceAfterSemicolon(ctx: AttributionContext, i: number, els: Element[], source: number): ClauseSource[] {
  const start = ctx.sents[i]!.start;
  for (let c = 1; c < els.length; c++) {
    const e = els[c]!;
    if (!hasCharBetween(ctx, els[c - 1]!.end, e.start, SEMICOLON)) {
      if (e.cls & REPORTING_VERB || e.name?.entity === source) return [];
      continue;
    }
    if (!hasCount(els.slice(0, c), 0) || !els.slice(c).some((x) => x.name?.entity === source)) return [];
    return [{ start, from: start, entity: businessOwner(ctx, i, e.start), reporter: null }, { start: e.start, from: e.start, entity: source, reporter: null }];
  }
  return [];
}

/** A tally verb ("put the toll at"), maybe after auxiliaries, stands at els[from]. */
function tallyNext(els: Element[], from: number): boolean {
  let v = from;
  while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
  return v < els.length && isTally(els, v);
}

/**
 * "Ana Ruiz, a local government official, put …": where a person's name at els[at] is followed by an
 * apposition opening with an article and closed by a comma, the index of the word after it; else 0.
 */
function describedPerson(ctx: AttributionContext, els: Element[], at: number): number {
  const next = els[at + 1];
  if (els[at]!.name?.kind !== 'person' || next?.lower === undefined || !/^,\s+$/.test(ctx.text.slice(els[at]!.end, next.start))) return 0;
  if (next.lower === 'who') return pastRelativeClause(ctx, els, at + 1);
  if (!ARTICLES.has(next.lower)) return 0;
  for (let k = at + 2; k < els.length && k <= at + DESCRIPTION_REACH; k++) {
    const gap = ctx.text.slice(els[k - 1]!.end, els[k]!.start);
    if (/^,\s+$/.test(gap)) return k;
    if (punctuatedBetween(ctx, els[k - 1]!.end, els[k]!.start) || els[k]!.name?.kind === 'person') return 0;
  }
  return 0;
}

/**
 * "another news agency, Ostra Press Agency, said": a clause at els[open] opening with a determiner and a
 * few words describing a speaker (a speaker's noun ends them, or a name that does), a comma, then the
 * speaker's name set off by a comma right before its verb. The index of that name, or 0.
 */
function renamedSubject(ctx: AttributionContext, els: Element[], open: number): number {
  const opener = els[open]?.lower;
  if (opener === undefined || !(ARTICLES.has(opener) || opener === 'another')) return 0;
  for (let k = open + 1; k < els.length && k <= open + REPORTER_REACH + 1; k++) {
    const gap = ctx.text.slice(els[k - 1]!.end, els[k]!.start);
    if (/^,\s+$/.test(gap)) {
      const last = els[k - 1]!;
      const noun = last.lower ?? ctx.text.slice(last.start, last.end).split(/\s+/).pop()!.toLowerCase();
      const name = els[k]!;
      const verb = els[k + 1];
      return k - 1 > open && isSpeakerNoun(noun) && name.name !== undefined && SPEAKS.has(name.name.kind) && verb?.lower !== undefined && /^,\s+$/.test(ctx.text.slice(name.end, verb.start)) ? k : 0;
    }
    const e = els[k]!;
    if (punctuatedBetween(ctx, els[k - 1]!.end, e.start) || (e.lower !== undefined && e.cls & (FUNCTION | REPORTING_VERB))) return 0;
  }
  return 0;
}

/**
 * "…, while the mayor of Ostra, Tomas Lind, told …", "the top official in the Varn (North) region, Ana Ruiz, said": a
 * clause opening with "the", a title placed by "of/in" and a few words (brackets allowed), a comma, then a person's name
 * set off by a comma before the verb. The index of that name, or 0 where no word of the title is a speaker's noun.
 */
function placedTitleSubject(ctx: AttributionContext, els: Element[], open: number): number {
  if (els[open]?.lower !== 'the') return 0;
  let titled = false;
  for (let k = open + 1; k < els.length && k <= open + PLACED_TITLE_REACH; k++) {
    const gap = ctx.text.slice(els[k - 1]!.end, els[k]!.start);
    if (/^,\s+$/.test(gap)) {
      const name = els[k]!;
      const verb = els[k + 1];
      return titled && name.name?.kind === 'person' && verb?.lower !== undefined && /^,\s+$/.test(ctx.text.slice(name.end, verb.start)) ? k : 0;
    }
    const e = els[k]!;
    if (!/^[\s()]*$/.test(gap) || e.cls & REPORTING_VERB || (e.lower !== undefined && e.cls & FUNCTION && !PLACING.has(e.lower))) return 0;
    if (e.lower !== undefined && isSpeakerNoun(e.lower)) titled = true;
  }
  return 0;
}

/** Words of a title placed by "of/in" ("the top civil official in the Varn (East) district"), and the words placing it. */
const PLACED_TITLE_REACH = 12;
const PLACING: ReadonlySet<string> = new Set(['of', 'in', 'for', 'the']);

/**
 * "…, while Kemal Oduya, who leads the rescue, relief and recovery teams of the Varn Relief Council, reported 30": a
 * relative clause on the person, from "who" at els[who], may hold commas of its own; it ends at the comma a reporting
 * verb follows. The index of that verb, or 0 where none does within RELATIVE_REACH words or another person is named first.
 */
function pastRelativeClause(ctx: AttributionContext, els: Element[], who: number): number {
  for (let k = who + 2; k < els.length && k <= who + RELATIVE_REACH; k++) {
    const e = els[k]!;
    if (e.name?.kind === 'person' || isCount(e)) return 0;
    if (/^,\s+$/.test(ctx.text.slice(els[k - 1]!.end, e.start))) {
      if (e.cls & REPORTING_VERB) return k;
    } else if (punctuatedBetween(ctx, els[k - 1]!.end, e.start)) return 0;
  }
  return 0;
}

/** Most words of a relative clause on a person ("who heads the search and rescue teams of the Varn Relief Council"). */
const RELATIVE_REACH = 24;

/** Most words of a person's apposition ("a local government official"). */
const DESCRIPTION_REACH = 8;

/**
 * "…, and the council said 41": a clause opening with "the" and a body's noun or a title right
 * before its reporting verb speaks for the body or person last named with it; els[noun] is that noun.
 */
function definiteSubject(ctx: AttributionContext, els: Element[], noun: number): number | null {
  let v = noun + 1;
  while (v < els.length && els[v]!.cls & (VERB_FILLER | WEEKDAY)) v++;
  const verb = els[v];
  if (!verb || punctuatedBetween(ctx, els[noun]!.end, verb.start) || !(verb.cls & REPORTING_VERB || isTally(els, v))) return null;
  return definite(ctx, els, noun);
}

/**
 * "…, while organisers Kelmor Peace Group estimate the crowd at more than 20,000": a verb of
 * estimating in the present, which the lexicon leaves out of its reporting verbs as a noun, or "put",
 * reports a count where "at" and a number follow it within a few words.
 */
function estimatesAt(els: Element[], v: number): boolean {
  if (!ESTIMATING.has(els[v]!.lower)) return false;
  for (let k = v + 1; k < els.length - 1 && k <= v + ESTIMATE_REACH; k++) if (els[k]!.lower === 'at') return hasCount(els, k + 1, k + 2 + COMPARATOR_WORDS);
  return false;
}

/**
 * "…, Varn Radio cites about 200 deaths": a source that cites a count gives it as its own; "cited Ana Ruiz as saying"
 * names the speaker next, and the lexicon leaves "cites" out as a verb of speaking.
 */
function citesCount(els: Element[], v: number): boolean {
  return CITING.has(els[v]!.lower) && hasCount(els, v + 1, v + 2 + COMPARATOR_WORDS);
}

const CITING: ReadonlySet<string | undefined> = new Set(['cites', 'cite', 'cited']);

/** Verbs of estimating a count "at" a number that are not reporting verbs of the lexicon. */
const ESTIMATING: ReadonlySet<string | undefined> = new Set(['estimate', 'put', 'puts', 'placed', 'places']);

/** How many words may stand between such a verb and its "at" ("estimate the size of the crowd at"). */
const ESTIMATE_REACH = 6;
/** Words of a comparator between "at" and its number ("at more than 20,000", "at at least 50"). */
const COMPARATOR_WORDS = 2;

/**
 * "…, while Kestrel Post opposition newspaper put the figure at": a few lower-case words ending in
 * the noun of a body may follow its name before the verb; the index after that noun, or `from`.
 */
function pastBodyNoun(els: Element[], from: number): number {
  for (let k = from; k < els.length && k < from + BODY_DESCRIPTOR_REACH; k++) {
    const e = els[k]!;
    if (e.lower === undefined || e.cls & (FUNCTION | REPORTING_VERB) || e.capitalised) return from;
    if (e.cls & BODY_NOUN) return k + 1;
  }
  return from;
}

/** How many words may describe a body between its name and its verb ("opposition newspaper"). */
const BODY_DESCRIPTOR_REACH = 2;

/**
 * "…, Ostra Hospital reported four, Kelmor Clinic 26": in a list of clauses each with its subject
 * and verb, a clause of a name (or a capitalised word naming nobody the text names) right before a
 * count leaves its verb out; its subject's entity, null for a word that is no name, undefined where
 * the clause is no such one.
 */
function gappedSubject(els: Element[], open: number): number | null | undefined {
  const subject = els[open]!;
  const count = els[open + 1];
  if (!count || !isCount(count) || count.start !== subject.end + 1) return undefined;
  if (subject.name) return SPEAKS.has(subject.name.kind) ? subject.name.entity : null;
  return subject.capitalised ? null : undefined;
}

/**
 * "(quoting) President Ana Ruiz as saying", "(cited) Mayor Ana Ruiz's office as estimating", "(quoted)
 * its spokesman, Ana Ruiz, as saying", "(quoted) Mayor Ana Ruiz who said": the person named from els[at], after a title, before "as" and
 * a participle of reporting; a noun speaking for the person ("'s office") may stand between.
 */
export function quotedAs(ctx: AttributionContext, els: Element[], at: number): Named | null {
  // "(quoted) the Red Cross spokesperson Ana Ruiz": an article may open the title.
  const p = titledPerson(ctx, els, at) ?? (ARTICLES.has(els[at]?.lower ?? '') ? titledPerson(ctx, els, at + 1) : null) ?? ownersVoice(ctx, els, at) ?? at;
  const name = els[p]?.name;
  if (!name || !SPEAKS.has(name.kind)) return personBeforeAs(ctx, els, at);
  const as = possessed(ctx, els[p]!) && els[p + 1]?.lower !== undefined && isSpeakerNoun(els[p + 1]!.lower!) ? p + 2 : p + 1;
  return (els[as]?.lower === 'as' && reportsCount(els[as + 1])) || reportsInRelative(els, as) ? name : personBeforeAs(ctx, els, at);
}

/**
 * "(quoted) Varn Province Chief Inspector of Mines Ana Ruiz as saying": a title too long for the titles' reading, with
 * "of" in it, before a person's name right before "as saying": that person, or null where a pause stands before the
 * name or no person's name comes within a title's reach. Why: the title's "of" cut it, and the quote's figures went to no one.
 */
function personBeforeAs(ctx: AttributionContext, els: Element[], at: number): Named | null {
  for (let k = at + 1; k < els.length && k <= at + LONG_TITLE_REACH; k++) {
    if (punctuatedBetween(ctx, els[k - 1]!.end, els[k]!.start)) return null;
    if (els[k]!.lower === 'as' && reportsCount(els[k + 1])) return els[k - 1]!.name?.kind === 'person' ? els[k - 1]!.name! : null;
  }
  return null;
}

/** Most words of a title and name after "quoted" ("Varn Province Chief Inspector of Mines Ana Ruiz"). */
const LONG_TITLE_REACH = 9;

/** "(quoted) Red Cross spokesperson Ana Ruiz who claimed that …": els[who] opens a relative clause whose verb reports, as "as saying" does. */
function reportsInRelative(els: Element[], who: number): boolean {
  if (els[who]?.lower !== 'who') return false;
  let v = who + 1;
  while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
  return ((els[v]?.cls ?? 0) & REPORTING_VERB) !== 0;
}

/** "its spokesman, Ana Ruiz, …": the index of a person a body's title from els[at] describes, set off by commas, or null. */
function ownersVoice(ctx: AttributionContext, els: Element[], at: number): number | null {
  let t = ARTICLES.has(els[at]?.lower ?? '') ? at + 1 : at;
  while (els[t + 1]?.lower !== undefined && (els[t + 1]!.cls & (ROLE_HEAD | ROLE_MODIFIER | SPOKESNOUN | PERSON_NOUN)) !== 0) t++;
  return els[t]?.lower !== undefined ? appositivePerson(ctx, els, t) : null;
}

/**
 * "The death was confirmed by opposition leader Ana Ruiz, adding that 15 others were hurt": the
 * agent of a passive "by" right before ", adding" is who adds what follows (els[adding] is "adding").
 */
function agentAdding(ctx: AttributionContext, els: Element[], adding: number): Named | null {
  const name = els[adding - 1]?.name;
  if (!name || !SPEAKS.has(name.kind) || !hasCharBetween(ctx, name.end, els[adding]!.start, COMMA) || !hasCount(els, adding + 1)) return null;
  for (let k = adding - 2; k >= 0 && k >= adding - 2 - TITLE_REACH; k--) {
    if (punctuatedBetween(ctx, els[k]!.end, els[k + 1]!.start)) return null;
    if (els[k]!.lower === 'by') return name;
  }
  return null;
}

/**
 * The speaker a phrase opening at els[c] hands what follows to: "(a statement) quoting President
 * Ana Ruiz as saying 200 …", "with X reporting", "…, adding", ", who had pegged"; null where els[c]
 * opens none. `afterWith`: a "with X reporting" clause came before, so "and Y saying" after it has
 * its own speaker too.
 */
function ownSpeaker(ctx: AttributionContext, els: Element[], c: number, afterWith: boolean): Named | null {
  const word = els[c]!.lower;
  if (QUOTING.has(word)) return quotedAs(ctx, els, c + 1);
  if (word === 'with' || (afterWith && COORDINATORS.has(word))) return withSaying(ctx, els, c + 1);
  if (word === 'adding') return agentAdding(ctx, els, c);
  if (word === 'who' || word === 'which') return relativeSpeaker(ctx, els, c);
  return null;
}

/**
 * "…, on the lines of speaker Tomas Halva, who had pegged the toll at 5,000": a relative clause
 * after a comma whose verb reports or gives a tally, with a number after it, is said by the name
 * it hangs on (els[relative] is "who" or "which"), not by the sentence's first speaker.
 */
function relativeSpeaker(ctx: AttributionContext, els: Element[], relative: number): Named | null {
  const name = els[relative - 1]?.name;
  if (!name || !SPEAKS.has(name.kind) || !hasCharBetween(ctx, name.end, els[relative]!.start, COMMA)) return null;
  let v = relative + 1;
  while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
  const verb = els[v];
  if (!verb || punctuatedBetween(ctx, els[relative]!.end, verb.start) || !(verb.cls & REPORTING_VERB || isTally(els, v))) return null;
  return hasCount(els, v + 1) ? name : null;
}

/**
 * "…, with the National Disaster Agency saying (that) 30 …": the body or person named from els[at]
 * (after "the" or a title) right before a reporting participle, where a number follows; else null.
 */
function withSaying(ctx: AttributionContext, els: Element[], at: number): Named | null {
  const opening = els[at]?.lower === 'the' ? at + 1 : at;
  // "with Norland's Centre for Human Rights reporting 34 deaths": the place owning the body is not the one reporting.
  const owned = els[opening]?.name && possessed(ctx, els[opening]!) && els[opening + 1]?.name ? opening + 1 : opening;
  const p = titledPerson(ctx, els, owned) ?? owned;
  const name = els[p]?.name;
  const v = joinedAfter(ctx, els, p);
  const verb = els[v];
  if (!name && reportsCount(verb) && hasCount(els, v + 1)) return formerOrLatterNamed(ctx, els, p);
  if (!name || !SPEAKS.has(name.kind) || !verb || !reportsCount(verb) || (v === p + 1 && punctuatedBetween(ctx, name.end, verb.start))) return null;
  return hasCount(els, v + 1) ? name : null;
}

/**
 * "with Ostra Watch, and several news outlets, reporting": others joined to the name between commas
 * report with it; the index of the element after that aside, or p + 1 where none follows els[p].
 */
function joinedAfter(ctx: AttributionContext, els: Element[], p: number): number {
  if (!COORDINATORS.has(els[p + 1]?.lower) || !hasCharBetween(ctx, els[p]!.end, els[p + 1]!.start, COMMA)) return p + 1;
  for (let k = p + 2; k < els.length && k <= p + 1 + JOINED_REACH; k++) {
    if (punctuatedBetween(ctx, els[k - 1]!.end, els[k]!.start)) return hasCharBetween(ctx, els[k - 1]!.end, els[k]!.start, COMMA) ? k : p + 1;
  }
  return p + 1;
}

/** Words of the others joined to a reporting name between commas ("and several news outlets"). */
const JOINED_REACH = 5;

/** A participle that reports what follows: "saying", "citing", and those of a count ("reporting 34 deaths", "estimating the crowd at"). */
function reportsCount(e: Element | undefined): boolean {
  return e !== undefined && ((e.cls & REPORTING_PARTICIPLE) !== 0 || COUNT_PARTICIPLES.has(e.lower));
}

/** Participles of giving a count, which report like "saying" after "with X" or "X as". */
const COUNT_PARTICIPLES: ReadonlySet<string | undefined> = new Set(['reporting', 'putting', 'estimating', 'recording', 'counting', 'placing', 'pegging', 'gauging']);

/** How many words of a title may stand between "by" and the name ("by the head of the opposition and former prime minister"). */
const TITLE_REACH = 12;

/** Verbs that hand what follows to the person named after them ("quoting X as saying"). */
const QUOTING: ReadonlySet<string | undefined> = new Set(['quoting', 'quoted', 'quotes', 'cited', 'cites', 'citing']);

/** Every word that starts a rule of clauseSources' loop by itself (coordinators, denials, tallies, ownSpeaker's openers); reporting verbs start theirs by their class. */
/**
 * "Fewer than 9,000 nurses walked out, ministers said, as the nurses' unions put it at 20,000": "as" after a comma, opening a clause
 * whose verb reports or tallies within a few words, joins a report of its own as "while" does. Why: the second side's count went
 * to no one. Not "…, police said, as rescuers searched for 12 more": no verb of telling follows.
 */
function reportingAs(ctx: AttributionContext, els: Element[], c: number): boolean {
  if (els[c]!.lower !== 'as' || c === 0 || !hasCharBetween(ctx, els[c - 1]!.end, els[c]!.start, COMMA)) return false;
  for (let k = c + 2; k < els.length && k <= c + 1 + AS_SUBJECT_REACH; k++) if (els[k]!.cls & REPORTING_VERB || isTally(els, k)) return true;
  return false;
}
/** Most words of the subject and its auxiliaries between "as" and its verb ("as the teachers' unions have put"). */
const AS_SUBJECT_REACH = 4;

const CLAUSE_CUES: ReadonlySet<string | undefined> = new Set([...COORDINATORS, ...CONCESSIVE, ...DENYING, ...TALLY_VERBS, ...PURPOSE_REPORTING_VERBS, ...QUOTING, 'with', 'adding', 'who', 'which', 'after']);


/**
 * "Nine were rescued on Monday, and relief groups said 30 were missing", "The toll is hard to confirm – some local
 * media estimate up to 80": a clause joined after a comma by a coordinator, or after a dash, to words no one reports,
 * whose unnamed subject reports a count, gives that count to its subject; the words before stay no one's.
 * Why: the sentence's own reporter is looked for only at its opening or close. The clause at els[c], or null.
 */
function unreportedJoin(ctx: AttributionContext, els: Element[], c: number, coordinated: boolean, end: number): ClauseSource | null {
  const dashed = !coordinated && DASH_JOIN.test(ctx.text.slice(els[c - 1]!.end, els[c]!.start));
  if (!coordinated && !dashed) return null;
  const open = coordinated ? c + 1 : c;
  if (els[open] === undefined || !hasCount(els, open)) return null;
  const reporter = clauseReporter(ctx, els, open, end);
  return reporter && { start: els[c]!.start, from: els[open]!.start, entity: null, reporter };
}

/** A dash set off by spaces, or a long dash, joining a clause ("… under way – some media estimate …"). */
const DASH_JOIN = /^\s*[—–]\s*$|^\s+-\s+$/;

/**
 * "Ostra Watch said on Monday that officials had earlier said only six died": a report the sentence's source passes on,
 * whose unnamed subject reports a count after "that", gives that count to its subject, not to the one passing it on.
 * Why: the two counts may differ, and a row needs each with its own reporter. The clause after els[c], or null.
 */
function relayedReport(ctx: AttributionContext, els: Element[], c: number, end: number): ClauseSource | null {
  const open = c + 1;
  if (els[open] === undefined || !hasCount(els, open)) return null;
  const reporter = clauseReporter(ctx, els, open, end);
  if (reporter === null) return null;
  // "… that police had found six bodies", "… that troops have claimed the lives of 40": a count the subject finds or causes, not
  // one it tells, stays the relayer's.
  let verb = els.findIndex((x) => x.start >= reporter.end);
  while (verb >= 0 && els[verb]!.cls & VERB_FILLER) verb++;
  return verb >= 0 && RELAYED_VERBS.has(els[verb]!.lower) ? { start: els[open]!.start, from: els[open]!.start, entity: null, reporter } : null;
}

/** Verbs of telling a count in a report passed on; "found" or "claimed" may be no telling. */
const RELAYED_VERBS: ReadonlySet<string | undefined> = new Set(['said', 'says', 'reported', 'stated', 'announced', 'confirmed', 'estimated', 'told']);

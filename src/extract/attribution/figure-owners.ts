/** Figures owned by someone else than their sentence's source ("released by", a person's forecast, a sentence opening with a forecaster, the article's gloss of a place); separate because it answers for one figure. */
import { type AttributionContext, type Element, hasCharBetween, hasReportingVerb, possessed, punctuatedBetween, SEMICOLON, sentenceElements } from './context';
import { COMMA } from '../chars';
import { accordingAt, APPOSITION_REACH, ARTICLES, BODIES, BODY_NOUN, CONCESSIVE, COORDINATORS, hasCount, isCount, isPronoun, isSpeakerNoun, LISTING, listsAs, PASSIVE_AUXILIARIES, REPORTER_REACH, REVISING_VERBS, SPEAKS } from './words';
import { DIRECTIONS } from '../lexicon';
import { resolve, resolveIt } from './pronouns';
import { firstFrom } from '../ranges';
import { skipTitle } from './titled-people';
import { definite } from './definite-references';
import { datedBy } from './sentence-sources';
import { reporter, type Reporter } from './unnamed-reporters';
import { FUNCTION, PERSON_NOUN, REPORTING_VERB, ROLE_HEAD, ROLE_MODIFIER, VERB_FILLER, WEEKDAY } from '../wordclass';
import { speakerTallyOwner } from './speaker-tallies';
import { CITED_NOUNS } from './cited-reports';

/** Who a figure's "released by" names: a named entity, or a reporter the text does not name. */
export interface Agent {
  entity: number | null;
  reporter: Reporter | null;
}

/**
 * "the figure of 288 released by Ostra's health ministry": a participle of publishing right after a
 * figure (its unit's words may stand between) and its agent after "by" give the figure to that
 * agent, not to the sentence's subject ("X said the toll is 400, higher than the 288 released by
 * Y"): the named body, or the words naming one the text does not name. Null where no agent follows.
 */
export function agentAfter(ctx: AttributionContext, i: number, pos: number): Agent | null {
  const els = sentenceElements(ctx, i);
  let k = firstFrom(els, pos);
  const relative = relativeReporter(ctx, els, k, pos);
  if (relative !== undefined) return relative;
  // "three men drowned, not 9, as asserted by the Varn monitor": an "as" aside right after the figure gives it to its agent.
  const aside = els[k]?.lower === 'as' && AS_PARTICIPLES.has(els[k + 1]?.lower) && hasCharBetween(ctx, pos, els[k]!.start, COMMA) && !punctuatedBetween(ctx, els[k]!.end, els[k + 1]!.start);
  if (aside) k++;
  let limit = k + AGENT_REACH;
  // "a list of 27 missing people was prepared by the police": the auxiliary of a passive takes none of the unit's reach.
  // "the three most tragic deaths were confirmed by police": the "most" of a superlative takes none of it either.
  if (!aside) for (; k < els.length && k <= limit && !AGENT_PARTICIPLES.has(els[k]!.lower!); k++) if (PASSIVE_AUXILIARIES.has(els[k]!.lower ?? '') || SUPERLATIVE_MARKS.has(els[k]!.lower)) limit++;
  // "the 90,000 announced May 4 by the Front": a month and day may stand before "by", as for a sentence's agent.
  const by = k + 1 + datedBy(els, k + 1);
  if (k > limit || els[by]?.lower !== 'by' || punctuatedBetween(ctx, aside ? els[k]!.end : pos, els[by]!.start)) return null;
  const first = ARTICLES.has(els[by + 1]?.lower ?? '') ? by + 2 : by + 1;
  const name = els[first]?.name;
  // "by Ostra's health ministry": a name owning the noun after it is not the agent; the phrase is.
  if (name && !possessed(ctx, els[first]!)) return SPEAKS.has(name.kind) ? { entity: name.entity, reporter: null } : null;
  for (let j = first; j < els.length && j <= first + REPORTER_REACH; j++) {
    const e = els[j]!;
    if (j > first && (e.name || punctuatedBetween(ctx, els[j - 1]!.end, e.start))) return null;
    if (e.lower === undefined || !isSpeakerNoun(e.lower)) continue;
    // "by government officials": a speaker's noun may describe the one after it, which ends the phrase.
    let last = j;
    while (els[last + 1]?.lower !== undefined && isSpeakerNoun(els[last + 1]!.lower!) && !punctuatedBetween(ctx, els[last]!.end, els[last + 1]!.start)) last++;
    return { entity: null, reporter: reporter(ctx, els, by + 1, last, els[last]!.end) };
  }
  return null;
}

/**
 * "well below the roughly 400 deaths that health officials in Ostra first reported": a
 * relative clause on the figure whose subject reports it gives the figure to that subject, the named
 * speaker or the words of one unnamed. Undefined where no such clause follows the figure's unit at els[k].
 */
function relativeReporter(ctx: AttributionContext, els: Element[], k: number, pos: number): Agent | null | undefined {
  let that = k;
  while (that < els.length && that <= k + AGENT_REACH && els[that]!.lower !== 'that' && els[that]!.lower !== 'which') that++;
  // "the 9,000 homes the government said would qualify": the clause may open with no "that", right after the unit's noun.
  if (that > k + AGENT_REACH || that >= els.length) that = els[k + 1]?.lower === 'the' && els[k]!.lower !== undefined && !(els[k]!.cls & FUNCTION) ? k : -1;
  if (that < 0 || punctuatedBetween(ctx, pos, els[that + 1]?.start ?? pos)) return undefined;
  let subject = -1;
  for (let j = that + 1; j < els.length && j <= that + RELATIVE_REACH; j++) {
    const e = els[j]!;
    if (punctuatedBetween(ctx, els[j - 1]!.end, e.start) || isCount(e)) return undefined;
    // "the day the army said": a second article opens another phrase, whose noun is no subject of the clause.
    if (subject < 0 && j > that + 1 && ARTICLES.has(e.lower ?? '')) return undefined;
    if (subject < 0 && (e.name ? SPEAKS.has(e.name.kind) : e.lower !== undefined && isSpeakerNoun(e.lower))) subject = j;
    if (e.cls & REPORTING_VERB) {
      if (subject < 0) return undefined;
      const named = els[subject]!.name;
      return named ? { entity: named.entity, reporter: null } : { entity: null, reporter: reporter(ctx, els, that + 1, subject, e.end) };
    }
  }
  return undefined;
}

/**
 * "Ostra prosecutors indicted the mayor with nine counts of fraud and two counts of bribery over 4 million dollars": the
 * counts a charge lists, and the sums it names, are the charging subject's (the named body, else its words), not the
 * sentence's reporter's nor no one's. The verb stands within a few words before the figure at els[at], "with" between,
 * no punctuation between; its subject is right before it. "He was charged with nine counts" has no subject: null.
 */
function chargedCounts(ctx: AttributionContext, els: Element[], at: number, until: number): Agent | null {
  if (at >= els.length) return null;
  let v = at - 1;
  let joined = false;
  for (; v > 0 && v >= at - CHARGE_REACH; v--) {
    if (punctuatedBetween(ctx, els[v]!.end, els[v + 1]!.start)) return null;
    if (els[v]!.lower === 'with') joined = true;
    if (joined && CHARGING_VERBS.has(els[v]!.lower)) break;
  }
  if (v <= 0 || v < at - CHARGE_REACH || punctuatedBetween(ctx, els[v - 1]!.end, els[v]!.start)) return null;
  const subject = els[v - 1]!;
  if (subject.name) return SPEAKS.has(subject.name.kind) && !possessed(ctx, subject) ? { entity: subject.name.entity, reporter: null } : null;
  if (subject.lower === undefined || !isSpeakerNoun(subject.lower) || subject.cls & FUNCTION) return null;
  // "state prosecutors", "the prosecutors": the words describing the noun belong to its label.
  let from = v - 1;
  while (from > 0 && els[from - 1]!.lower !== undefined && !(els[from - 1]!.cls & (FUNCTION | REPORTING_VERB)) && !els[from - 1]!.name && !punctuatedBetween(ctx, els[from - 1]!.end, els[from]!.start) && from > v - 3) from--;
  return { entity: null, reporter: reporter(ctx, els, from, v - 1, until) };
}

/**
 * "“…,” Ana Ruiz said on Friday, as some 40 fishermen are still missing, according to reports.": an "as" clause set
 * after the speaker's tag, ending the sentence with ", according to" unnamed reports, gives its figure (at els[at])
 * to those reports, not to the speaker, who said only the quote. The reports' words, or null.
 */
function reportedAside(ctx: AttributionContext, els: Element[], at: number, until: number): Agent | null {
  // The clause of the figure opens with "as" right after a comma, within a few words before it.
  let as = at - 1;
  while (as > 0 && as >= at - ASIDE_REACH && !punctuatedBetween(ctx, els[as - 1]!.end, els[as]!.start)) as--;
  if (as <= 1 || as < at - ASIDE_REACH || els[as]!.lower !== 'as' || !hasCharBetween(ctx, els[as - 1]!.end, els[as]!.start, COMMA)) return null;
  if (!els.slice(0, as).some((e) => e.cls & REPORTING_VERB)) return null;
  // Its end: a comma, "according to", and unnamed reports ending the sentence.
  let k = at + 1;
  while (k < els.length && k <= at + ASIDE_REACH && !punctuatedBetween(ctx, els[k - 1]!.end, els[k]!.start)) k++;
  if (k >= els.length || !accordingAt(els, k) || !hasCharBetween(ctx, els[k - 1]!.end, els[k]!.start, COMMA)) return null;
  const last = els.length - 1;
  if (last < k + 2 || last > k + 4 || !CITED_NOUNS.has(els[last]!.lower)) return null;
  for (let j = k + 2; j <= last; j++) if (els[j]!.name || punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start)) return null;
  return { entity: null, reporter: reporter(ctx, els, k + 2, last, until) };
}

/** How many words the "as" clause of reportedAside may hold before and after its figure. */
const ASIDE_REACH = 14;

/** Verbs of bringing charges whose "with" lists the counts ("charged him with 21 counts"). */
const CHARGING_VERBS: ReadonlySet<string | undefined> = new Set(['charged', 'charges', 'charge', 'indicted', 'indicts']);

/** How many words may stand between a verb of charging and a count it lists (the accused, "with", earlier counts and their crimes). */
const CHARGE_REACH = 24;

/** Words a relative clause on a figure may hold before its reporting verb ("that health officials in the Ostra district first described"). */
const RELATIVE_REACH = 9;

/**
 * "higher than Kelmor's official figure of 400, reports the Ostra Times": a place owning an official
 * tally right before "of" and the figure at `pos` owns it, as its government does, which the text
 * leaves unnamed; whoever reports the sentence only passes it on. An agent with those words, or null.
 */
export function officialOwner(ctx: AttributionContext, i: number, pos: number): Agent | null {
  const els = sentenceElements(ctx, i);
  const at = firstFrom(els, pos);
  const claimed = claimant(ctx, els, at, ctx.sents[i]!.end) ?? thatClaimant(ctx, els, at, ctx.sents[i]!.end);
  if (claimed !== undefined) return claimed;
  const unnamed = unnamedTallyOwner(ctx, els, at, ctx.sents[i]!.end) ?? joinedTallyOwner(ctx, els, at, ctx.sents[i]!.end) ?? comparedOfficial(ctx, els, at) ?? issuedTally(ctx, els, at, ctx.sents[i]!.end) ?? speakerTallyOwner(ctx, els, at, ctx.sents[i]!.end) ?? offeredFigure(ctx, els, at, ctx.sents[i]!.end) ?? chargedCounts(ctx, els, at, ctx.sents[i]!.end) ?? reportedAside(ctx, els, at, ctx.sents[i]!.end);
  if (unnamed) return unnamed;
  if (els[at - 1]?.lower !== 'of' || !ESTIMATE_NOUNS.has(els[at - 2]?.lower) || els[at - 3]?.lower !== 'official') return null;
  const owner = els[at - 4];
  if (owner?.name?.kind !== 'place' || !possessed(ctx, owner) || punctuatedBetween(ctx, els[at - 3]!.end, pos)) return null;
  return { entity: null, reporter: reporter(ctx, els, at - 4, at - 2, ctx.sents[i]!.end) };
}

/**
 * "At least 75 died, according to X, compared with the official count of 52": an official tally the sentence's
 * report is set against (after "compared to/with", "than", "against", "versus") is not that source's, and the tally's
 * words ("the official count") name a figure, no one who reports it: an agent of no one. Null where the figure at
 * els[at] has no such tally before it.
 */
function comparedOfficial(ctx: AttributionContext, els: Element[], at: number): Agent | null {
  if (els[at - 1]?.lower !== 'of' || !OFFICIAL_NOUNS.has(els[at - 2]?.lower) || els[at - 3]?.lower !== 'official' || els[at - 4]?.lower !== 'the') return null;
  const before = els[at - 5]?.lower;
  const compared = before === 'than' || before === 'against' || before === 'versus' || ((before === 'to' || before === 'with') && els[at - 6]?.lower === 'compared');
  if (!compared || punctuatedBetween(ctx, els[at - 4]!.start, els[at]!.start)) return null;
  return { entity: null, reporter: null };
}

/**
 * "The official tally released on Friday by the fire service, based in Varn, was 48": a tally opening the
 * sentence, published "by" someone, whose verb "is/was" stands right before the figure at els[at], is that publisher's:
 * the body named there, else its words. Null where the sentence has no such subject.
 */
function issuedTally(ctx: AttributionContext, els: Element[], at: number, until: number): Agent | null {
  // "The last official toll provided by the council, 31, came on Monday": the figure may stand apposed to the tally, after its agent's comma.
  const apposed = at > 0 && at < els.length && !TALLY_IS.has(els[at - 1]?.lower) && /^,\s*$/.test(ctx.text.slice(els[at - 1]!.end, els[at]!.start));
  const verb = apposed ? at : at - 1;
  if ((!apposed && !TALLY_IS.has(els[at - 1]?.lower)) || els[0]?.lower !== 'the') return null;
  let noun = 1;
  while (noun < ISSUED_NOUN_REACH && els[noun] && !KEPT_TALLY_NOUNS.has(els[noun]!.lower)) noun++;
  if (!KEPT_TALLY_NOUNS.has(els[noun]?.lower) || !AGENT_PARTICIPLES.has(els[noun + 1]?.lower ?? '')) return null;
  let by = noun + 2;
  while (by < at && by <= noun + ISSUED_NOUN_REACH && els[by]!.lower !== 'by') by++;
  const first = els[by]?.lower === 'by' ? by + 1 : -1;
  if (first < 0 || first >= verb) return null;
  const body = els[first]!.lower === 'the' ? els[first + 1] : els[first];
  if (body?.name) return SPEAKS.has(body.name.kind) ? { entity: body.name.entity, reporter: null } : null;
  // Its words run to the first pause ("the civil defence office, based in …").
  let last = first;
  while (last + 1 < verb && !punctuatedBetween(ctx, els[last]!.end, els[last + 1]!.start)) last++;
  // The apposed figure follows the agent's words right after their comma.
  if (apposed && last !== at - 1) return null;
  return last > first && isSpeakerNoun(els[last]!.lower ?? '') ? { entity: null, reporter: reporter(ctx, els, first, last, until) } : null;
}

/**
 * "Prison officials, who deny holding any dissidents, have offered a much bigger figure — nearly 640 releases —", "The
 * council gave a number of 52": a figure set after the noun of a figure that the sentence's subject offers, gives or puts
 * forward (after a dash, comma, colon or "of") is that subject's: the body named, else its words. A relative aside set off by
 * commas may stand between the subject and its verb. Null where the figure at els[at] is no such offer.
 */
function offeredFigure(ctx: AttributionContext, els: Element[], at: number, until: number): Agent | null {
  if (at >= els.length) return null;
  let noun = at - 1;
  if (els[noun]?.lower === 'of') noun--;
  else if (noun < 0 || !/^\s*[—–,:]\s*$/.test(ctx.text.slice(els[noun]!.end, els[at]!.start))) return null;
  if (!OFFERED_NOUNS.has(els[noun]?.lower)) return null;
  let verb = noun - 1;
  while (verb > 0 && verb >= noun - OFFERED_NOUN_REACH && !OFFERING.has(els[verb]!.lower)) {
    if (els[verb]!.name || punctuatedBetween(ctx, els[verb]!.end, els[verb + 1]!.start)) return null;
    verb--;
  }
  if (!OFFERING.has(els[verb]?.lower) || punctuatedBetween(ctx, els[verb]!.end, els[verb + 1]!.start)) return null;
  // "put forward": the particle's verb stands before it.
  if (els[verb]!.lower === 'forward' && els[--verb]?.lower !== 'put') return null;
  let subject = verb - 1;
  while (subject > 0 && OFFERING_AUXILIARIES.has(els[subject]!.lower)) subject--;
  if (subject < 0) return null;
  // ", who deny …, have offered": the subject ends at the sentence's first pause, before the aside.
  if (punctuatedBetween(ctx, els[subject]!.end, els[subject + 1]!.start)) {
    let first = 0;
    while (first < subject && !punctuatedBetween(ctx, els[first]!.end, els[first + 1]!.start)) first++;
    if (first >= subject || !/^\s*,\s*$/.test(ctx.text.slice(els[first]!.end, els[first + 1]!.start))) return null;
    subject = first;
  }
  const e = els[subject]!;
  if (e.name) return SPEAKS.has(e.name.kind) ? { entity: e.name.entity, reporter: null } : null;
  for (let k = 0; k < subject; k++) if (els[k]!.name || punctuatedBetween(ctx, els[k]!.end, els[k + 1]!.start)) return null;
  return e.lower !== undefined && isSpeakerNoun(e.lower) && subject <= REPORTER_REACH ? { entity: null, reporter: reporter(ctx, els, 0, subject, until) } : null;
}

/** Verbs of offering a figure ("offered a much bigger figure", "put forward a number"), and the auxiliaries before them. */
const OFFERING: ReadonlySet<string | undefined> = new Set(['offered', 'offers', 'offer', 'gave', 'gives', 'given', 'forward', 'provided', 'provides', 'cited', 'cites']);
const OFFERING_AUXILIARIES: ReadonlySet<string | undefined> = new Set(['have', 'has', 'had', 'also', 'since', 'instead']);

/** Nouns of the figure offered. */
const OFFERED_NOUNS: ReadonlySet<string | undefined> = new Set(['figure', 'number', 'estimate', 'count', 'tally', 'toll', 'total']);

/** Words between the verb and that noun ("a much bigger"). */
const OFFERED_NOUN_REACH = 4;

/** Words from the sentence's "The" to the tally's noun, and from its participle to "by" ("issued late on Tuesday by"). */
const ISSUED_NOUN_REACH = 5;

/** Nouns of an official tally ("the official number of 41", "the official toll of 41"). */
const OFFICIAL_NOUNS: ReadonlySet<string | undefined> = new Set(['number', 'figure', 'count', 'tally', 'toll', 'estimate', 'total']);

/**
 * "the government's official figure was that 31 people died", "the ministry's count is 40": a tally's noun owned by
 * a body the text does not name, then "is/was" (and "that") right before the figure at els[at], gives the figure to
 * that body, in the words naming it. Null where the tally has no such owner.
 */
function unnamedTallyOwner(ctx: AttributionContext, els: Element[], at: number, until: number): Agent | null {
  let v = els[at - 1]?.lower === 'that' ? at - 2 : at - 1;
  if (!TALLY_IS.has(els[v]?.lower)) return null;
  const noun = v - 1;
  if (!KEPT_TALLY_NOUNS.has(els[noun]?.lower) || punctuatedBetween(ctx, els[noun - 1]?.end ?? 0, els[at]!.start)) return null;
  const owner = els[noun - 1]?.lower === 'official' ? noun - 2 : noun - 1;
  const e = els[owner];
  if (!e || e.name || e.lower === undefined || !possessed(ctx, e) || !isSpeakerNoun(e.lower.replace(/['’]s?$/, ''))) return null;
  const first = ARTICLES.has(els[owner - 1]?.lower ?? '') ? owner - 1 : owner;
  return { entity: null, reporter: reporter(ctx, els, first, owner, until) };
}

/**
 * "the council's official tally was that 14 people drowned and 6 were missing": a figure right after an
 * "and" joining its clause to the one whose figure the tally's owner gives (no pause between) is that owner's too.
 */
function joinedTallyOwner(ctx: AttributionContext, els: Element[], at: number, until: number): Agent | null {
  // "… and rescuers found 12": a joined clause with a subject of its own is not the tally's.
  if (els[at - 1]?.lower !== 'and') return null;
  for (let j = at - 2; j > 0 && j >= at - JOINED_TALLY_REACH; j--) {
    if (punctuatedBetween(ctx, els[j]!.end, els[j + 1]!.start)) return null;
    if (isCount(els[j])) return unnamedTallyOwner(ctx, els, j, until);
  }
  return null;
}

/** Words from the first figure of a tally's clause to a figure joined after it ("49 people died and 26"). */
const JOINED_TALLY_REACH = 8;

/** Forms of "be" that set a tally equal to its figure ("the count was 40"). */
const TALLY_IS: ReadonlySet<string | undefined> = new Set(['is', 'was']);

/**
 * "Confirmed deaths rose to 412. The figures came from the Kelmor Disaster Council (KDC), …": a
 * sentence after sentence `i`, in its paragraph or the next, opening so names the source of the
 * figures of sentence `i`. That source's entity, or null.
 */
export function sourceNamedNext(ctx: AttributionContext, i: number): number | null {
  const next = ctx.sents[i + 1];
  if (!next || next.para > ctx.sents[i]!.para + 1) return null;
  const els = sentenceElements(ctx, i + 1);
  if (els[0]?.lower !== 'the' || !FIGURES_NOUNS.has(els[1]?.lower) || els[2]?.lower !== 'came' || els[3]?.lower !== 'from') return null;
  const name = els[4]?.lower === 'the' ? els[5]?.name : els[4]?.name;
  return name && SPEAKS.has(name.kind) ? name.entity : null;
}

/** Nouns of a sentence's figures that a later "The figures came from X" gives a source. */
const FIGURES_NOUNS: ReadonlySet<string | undefined> = new Set(['figures', 'figure', 'numbers', 'data', 'tally', 'toll', 'count']);

/**
 * "beat chief executive Paul Brandt's own estimate of growth of 15 per cent": a figure after a
 * person's forecast in its clause is that person's, not the sentence's source's.
 */
export function ownerBefore(ctx: AttributionContext, i: number, pos: number): number | null {
  const els = sentenceElements(ctx, i);
  const at = firstFrom(els, pos);
  for (let k = at - 1; k > 0 && k >= at - OWNER_REACH; k--) {
    const e = els[k]!;
    if (punctuatedBetween(ctx, e.end, k + 1 < at ? els[k + 1]!.start : pos) || e.name) return null;
    if (!FORECAST_NOUNS.has(e.lower)) continue;
    const owner = els[k - 1]!.lower === 'own' ? els[k - 2] : els[k - 1];
    return owner?.name?.kind === 'person' && possessed(ctx, owner) ? owner.name.entity : null;
  }
  return null;
}

/**
 * "Kelmor has denied Varn's claim that it killed 600 troops", "rejected the army's claim of 600
 * dead": a figure in what a name's claim holds is that claimant's, not the denier's. Scanning back
 * from the figure at els[at] within its stretch of punctuation: the claimant named, or a place whose claim it is
 * (its unnamed government's: the reporter is the place, "Varn", since "Varn's claim" names no one who
 * speaks); undefined where no such claim holds the figure.
 */
function claimant(ctx: AttributionContext, els: Element[], at: number, end: number): Agent | undefined {
  for (let k = at - 1; k > 0 && k >= at - ANNOUNCED_REACH; k--) {
    const e = els[k]!;
    if (punctuatedBetween(ctx, e.end, k + 1 < at ? els[k + 1]!.start : els[at]?.start ?? e.end)) return undefined;
    // "Ruiz said the Varn ministry's announcement that a fever in Ostra district has killed 41 was wrong": what a body
    // announced, with a clause of its own after "that", is the body's, whoever disputes it; a claim's noun is nearer.
    const announced = ANNOUNCED_NOUNS.has(e.lower) && els[k + 1]?.lower === 'that';
    if (!announced && (k < at - CLAIM_REACH || !CLAIM_NOUNS.has(e.lower) || (els[k + 1]?.lower !== 'that' && els[k + 1]?.lower !== 'of'))) continue;
    const owner = els[k - 1]!;
    if (!owner.name || !possessed(ctx, owner)) return undefined;
    if (SPEAKS.has(owner.name.kind)) return { entity: owner.name.entity, reporter: null };
    return owner.name.kind === 'place' ? { entity: null, reporter: reporter(ctx, els, k - 1, k - 1, end) } : undefined;
  }
  return undefined;
}

/**
 * "Kelmor rejected dockers' union claims that it plans to cut 900 posts", "the ministry disputed aid-group estimates that
 * 3,000 fled", "surprised at the announcement by Ostra Rail that it would shed 450 staff": the "that" clause of a claim
 * whose maker is named by the words right before its noun, or by "by" and a name after it, holds that maker's figures, not
 * those of whoever disputes or passes on the claim. Why: claimant reads only a possessed name ("Varn's claim"), so the
 * count went to the sentence's subject, who rejects it, or to no one. Scanning back from the figure at els[at] to the
 * nearest "that" in its stretch of punctuation: the maker named (an agent of its entity), else its words; undefined
 * where that "that" follows no such claim ("the union said that 900 …", "claims that 900 …" with no maker).
 */
function thatClaimant(ctx: AttributionContext, els: Element[], at: number, end: number): Agent | undefined {
  let that = at - 1;
  while (that > 1 && that >= at - ANNOUNCED_REACH && els[that]!.lower !== 'that' && !punctuatedBetween(ctx, els[that]!.end, els[that + 1]?.start ?? els[that]!.end)) that--;
  // A claim's noun and its maker's words stand before "that": a text opening on "that" (or one word before it) names neither.
  if (that < 2 || els[that]!.lower !== 'that' || that < at - ANNOUNCED_REACH || punctuatedBetween(ctx, els[that]!.end, els[that + 1]?.start ?? els[that]!.end)) return undefined;
  // "the announcement by Ostra Rail that": the maker named after "by" (an article may stand before it).
  const name = els[that - 1]!.name;
  if (name) {
    const by = ARTICLES.has(els[that - 2]?.lower ?? '') ? that - 3 : that - 2;
    if (els[by]?.lower !== 'by' || !MADE_CLAIMS.has(els[by - 1]?.lower) || punctuatedBetween(ctx, els[by - 1]!.end, els[that]!.start)) return undefined;
    return SPEAKS.has(name.kind) ? { entity: name.entity, reporter: null } : undefined;
  }
  // "dockers' union claims that": the maker's words stand right before the claim's noun, with no article or verb between.
  if (!MADE_CLAIMS.has(els[that - 1]!.lower) || punctuatedBetween(ctx, els[that - 2]!.end, els[that]!.start)) return undefined;
  const last = that - 2;
  const maker = els[last]!;
  if (maker.name || maker.lower === undefined || maker.cls & (FUNCTION | REPORTING_VERB) || !isSpeakerNoun(maker.lower.replace(/^.*-/, ''))) return undefined;
  let first = last;
  while (first > 0 && first > last - MAKER_REACH && makerWord(els[first - 1]!) && !punctuatedBetween(ctx, els[first - 1]!.end, els[first]!.start)) first--;
  // "Local media estimate that …": a singular noun with no article before its maker's words is their verb ("a union claim that" is a noun).
  if (!els[that - 1]!.lower!.endsWith('s') && !ARTICLES.has(els[first - 1]?.lower ?? '')) return undefined;
  return { entity: null, reporter: reporter(ctx, els, first, last, end) };
}

/** A word that may describe a claim's maker before its noun: a place ("Ostra union claims") or another speaker's noun ("dockers' union"); not the verb of disputing before it. */
const makerWord = (e: Element): boolean => (e.name ? e.name.kind === 'place' : e.lower !== undefined && (e.lower.endsWith("'") || isSpeakerNoun(e.lower)));

/** Nouns of a claim or a disclosure whose maker its words name ("union claims that", "the disclosure by Ostra Rail that"). */
const MADE_CLAIMS: ReadonlySet<string | undefined> = new Set(['claim', 'claims', 'estimate', 'estimates', 'allegation', 'allegations', 'assertion', 'assertions', 'announcement', 'disclosure', 'admission', 'revelation', 'prediction', 'predictions']);

/** Words before a claim's noun that may describe its maker ("dockers' union"). */
const MAKER_REACH = 2;

/** Nouns of what someone holds to be so, whose figures are theirs ("Varn's claim that …"). */
const CLAIM_NOUNS: ReadonlySet<string | undefined> = new Set(['claim', 'claims', 'assertion', 'allegation', 'allegations', 'contention']);

/** Words between a claim's noun and the figure it holds ("claim that it killed 600"). */
const CLAIM_REACH = 8;

/** Nouns of what a body made known, whose "that" clause holds its figures ("the ministry's announcement that …"). */
const ANNOUNCED_NOUNS: ReadonlySet<string | undefined> = new Set(['announcement', 'statement', 'report']);

/** Words between such a noun and a figure of its clause ("announcement that an outbreak of fever in Ostra district has killed 41"). */
const ANNOUNCED_REACH = 18;

/**
 * "He saw revenue growing 16 per cent", "Mr Brandt also raised the company's growth target to 12
 * per cent": a person (or he or she) opening a sentence that forecasts, or sets a forecast, is its
 * source, maybe past an apposition ("Tim Cole, an analyst at Kelmor Bank, cut his price target");
 * such a sentence has no reporting verb.
 */
export function forecaster(ctx: AttributionContext, all: Element[]): number | null {
  // "The Finance Ministry expects": a body's name may open with "the".
  const lead = all[0]?.lower === 'the' && all[1]?.name !== undefined && BODIES.has(all[1].name.kind) ? all.slice(1) : all;
  // "Prime Minister Ana Ruiz has feared …": words that qualify a title ("Prime", "Deputy") stand before it.
  let qualified = 0;
  while (qualified < MAX_TITLE_QUALIFIERS && (lead[qualified]?.cls ?? 0) & ROLE_MODIFIER && !(lead[qualified]!.cls & ROLE_HEAD)) qualified++;
  const els = skipTitle(qualified ? lead.slice(qualified) : lead, 0);
  const first = els[0];
  if (!first) return null;
  const body = first.name !== undefined && BODIES.has(first.name.kind);
  const person = first.name?.kind === 'person' || body ? first.name!.entity : isPronoun(first.lower) && first.lower !== 'they' ? resolve(ctx, first.start, first.lower!) : null;
  if (person === null) return null;
  const subjectEnd = first.name?.kind === 'person' ? afterApposition(ctx, els) : 0;
  let v = subjectEnd + 1;
  // "The Fund last raised its forecast": "last" places the verb in time, as a filler does.
  while (v < els.length && (els[v]!.cls & VERB_FILLER || els[v]!.lower === 'last')) v++;
  const verb = els[v];
  // The apposition's closing comma is no break between the subject and its verb.
  const subjectGap = subjectEnd > 0 ? els[subjectEnd + 1]!.start : first.end;
  if (verb?.lower === undefined || verb.cls & FUNCTION || punctuatedBetween(ctx, subjectGap, verb.start)) return null;
  // "The Finance Ministry expects GDP to fall 6 per cent": a body forecasts only by a verb of
  // forecasting ("The bank saw …" may tell its own results), or by revising a forecast ("The Fund
  // raised Kelmor's growth forecast to 4 per cent", read by the forecast's noun below).
  if (body ? BODY_FORECAST_VERBS.has(verb.lower) : FORECAST_VERBS.has(verb.lower)) return person;
  if (body && !FORECAST_REVISIONS.has(verb.lower)) return null;
  for (let k = v + 1; k < els.length && k <= v + OWNER_REACH; k++) {
    if (punctuatedBetween(ctx, els[k - 1]!.end, els[k]!.start)) return null;
    // "could target the cells" is a verb.
    if (FORECAST_NOUNS.has(els[k]!.lower)) return els[k - 1]!.cls & VERB_FILLER || els[k - 1]!.lower === 'to' ? null : person;
  }
  return null;
}

/** Words qualifying a title before it ("Deputy Prime Minister"). */
const MAX_TITLE_QUALIFIERS = 2;

/**
 * "The Red Crescent still had more than 300 people listed as missing": a body opening a sentence
 * that has a count of people on its books ("had", a count, "listed/classified/registered/recorded
 * as") gives that count, as one that says it does; its entity, or null.
 */
export function recordKeeper(ctx: AttributionContext, all: Element[]): number | null {
  const opening = all[0]?.lower === 'the' ? 1 : 0;
  const name = all[opening]?.name;
  // "The ministry still lists 940 people as missing": a body's noun stands for the body last named with it.
  const body = name ? (BODIES.has(name.kind) ? name.entity : null) : opening === 1 && (all[opening]?.cls ?? 0) & BODY_NOUN ? definite(ctx, all, opening) : null;
  if (body === null) return null;
  let v = opening + 1;
  // "had" is a filler of other verbs too: it is this one's.
  while (v < all.length && !HOLDING.has(all[v]!.lower) && !LISTING.has(all[v]!.lower) && (all[v]!.cls & VERB_FILLER || all[v]!.lower === 'still')) v++;
  // "lists 1,132 people as missing": the verb of listing is the participle of keeping, with its "as" after the count.
  if (LISTING.has(all[v]?.lower)) return listsAs(all, v) ? body : null;
  if (!HOLDING.has(all[v]?.lower)) return null;
  for (let k = v + 1; k < all.length - 1 && k <= v + RECORD_REACH; k++) {
    if (RECORDED.has(all[k]!.lower) && all[k + 1]!.lower === 'as') return hasCount(all, v + 1, k) ? body : null;
  }
  return null;
}

/** Verbs of having a count on one's books, and the participles of keeping it ("listed as missing"). */
const HOLDING: ReadonlySet<string | undefined> = new Set(['had', 'has', 'have']);
const RECORDED: ReadonlySet<string | undefined> = new Set(['listed', 'classified', 'registered', 'recorded', 'counted']);

/** Words between the verb and the participle: a comparator, the count and its noun ("more than 300 people"). */
const RECORD_REACH = 6;

/**
 * "Tim Cole, an analyst at Kelmor Bank, cut his price target": the index of the last word of an
 * apposition set off by commas after the person opening els (opened by an article or a person's
 * noun or title), or 0 where none is.
 */
function afterApposition(ctx: AttributionContext, els: Element[]): number {
  const opener = els[1];
  if (!opener || !/^,\s*$/.test(ctx.text.slice(els[0]!.end, opener.start))) return 0;
  if (!(ARTICLES.has(opener.lower ?? '') || opener.cls & (ROLE_HEAD | ROLE_MODIFIER | PERSON_NOUN))) return 0;
  for (let j = 2; j < els.length && j <= APPOSITION_REACH; j++) {
    const gap = ctx.text.slice(els[j - 1]!.end, els[j]!.start);
    if (/^,\s*$/.test(gap)) return j - 1;
    if (punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start)) return 0;
  }
  return 0;
}

/** Participles of publishing or gathering a figure, whose "by" names its source ("the toll released by the ministry", "data collated by a newspaper", "the 120 hangings declared by the authorities"). */
export const AGENT_PARTICIPLES: ReadonlySet<string> = new Set(['released', 'issued', 'given', 'handed', 'reported', 'provided', 'published', 'announced', 'compiled', 'cited', 'shared', 'confirmed', 'listed', 'counted', 'prepared', 'collated', 'gathered', 'collected', 'declared', 'recorded', 'documented', 'registered', 'estimated']);

/** Participles of a claim that "as" sets after a figure ("…, as asserted by", "…, as claimed by"). */
const AS_PARTICIPLES: ReadonlySet<string | undefined> = new Set([...AGENT_PARTICIPLES, 'asserted', 'claimed', 'stated', 'alleged']);

/** Words of a figure's unit that may stand between it and that participle ("288 deaths reported by"). */
const AGENT_REACH = 2;

/** Words making the adjective after them a superlative ("most recent", "least serious"). */
const SUPERLATIVE_MARKS: ReadonlySet<string | undefined> = new Set(['most', 'least']);

/** Nouns of a forecast, whose owner gives the figures of it ("Brandt's own estimate of 15 per cent"). */
const FORECAST_NOUNS: ReadonlySet<string | undefined> = new Set(['estimate', 'estimates', 'forecast', 'forecasts', 'target', 'targets', 'guidance', 'outlook', 'projection', 'projections']);

/** Verbs of a forecast, whose subject gives its figures ("He saw revenue growing 16 per cent", "She has feared the toll could reach 900"). */
const FORECAST_VERBS: ReadonlySet<string> = new Set(['feared', 'fears', 'saw', 'sees', 'forecast', 'forecasts', 'predicts', 'projected', 'projects', 'expects']);

/** Verbs by which a body (not a person) opening a sentence forecasts its figures. */
const BODY_FORECAST_VERBS: ReadonlySet<string> = new Set(['forecast', 'forecasts', 'predicts', 'predicted', 'projects', 'projected', 'expects']);

/** Verbs by which a body sets a forecast anew, giving its figures ("raised its growth forecast to 4 per cent"). */
const FORECAST_REVISIONS: ReadonlySet<string> = new Set([...REVISING_VERBS, 'cut', 'cuts', 'trimmed', 'trims']);

/** How many words may stand between a forecast's noun and its figure, or its verb and noun ("estimate in May of revenue growth in a range of"). */
const OWNER_REACH = 10;

/**
 * "…, he told reporters in Nkula, 100 kilometers (62 miles) north of Blantyre": a distance set after
 * the name of a place and a comma, before "north of" (or another direction), places that place for the reader;
 * it is the article's gloss, not the speaker's figure. `start` is where the figure's number starts.
 */
export function placeGloss(ctx: AttributionContext, i: number, start: number): boolean {
  const els = sentenceElements(ctx, i);
  const k = firstFrom(els, start);
  if (!isCount(els[k])) return false;
  // "(62 miles)": the same distance in brackets after the first.
  const bracketed = k >= 2 && /^\s*\(\s*$/.test(ctx.text.slice(els[k - 1]!.end, els[k]!.start)) && isCount(els[k - 2]);
  const first = bracketed ? k - 2 : k;
  const place = els[first - 1];
  // The place may be one the text does not know as a place ("in Balka, 150 kilometers east of"); no person is placed so.
  if (!place?.name || place.name.kind === 'person' || !/^,\s*$/.test(ctx.text.slice(place.end, els[first]!.start))) return false;
  for (let j = k + 1; j < els.length - 1 && j <= k + GLOSS_REACH; j++) if (DIRECTIONS.has(els[j]!.lower ?? '') && els[j + 1]!.lower === 'of') return true;
  return false;
}

/**
 * "He cut his forecast to 5 cents a share, compared with a consensus estimate of 8 cents": a figure
 * in the clause after "consensus" is the analysts' average forecast, not the forecaster's own. A
 * sentence with a reporting verb ("…, ahead of the consensus forecast of $4 billion, Kelmor Data
 * said") names who compiled it: that source keeps it. `start` is where the figure's number starts.
 */
export function consensusFigure(ctx: AttributionContext, i: number, start: number): boolean {
  // Most sentences have no "consensus" before the figure: their elements are not walked.
  const s = ctx.sents[i]!;
  if (!ctx.text.slice(Math.max(s.start, start - CONSENSUS_CHARS), start).includes('consensus')) return false;
  const els = sentenceElements(ctx, i);
  const at = firstFrom(els, start);
  for (let k = at - 1; k >= 0 && k >= at - CONSENSUS_REACH; k--) {
    const e = els[k]!;
    if (e.name || COORDINATORS.has(e.lower) || e.cls & REPORTING_VERB || punctuatedBetween(ctx, e.end, els[k + 1]?.start ?? start)) return false;
    // Read only where "consensus" is found: the whole sentence is scanned once per such figure.
    if (e.lower === 'consensus') return !hasReportingVerb(els);
  }
  return false;
}

/**
 * "Speaking during a debate that 40 opposition deputies had asked for, Ana Ruiz said …":
 * a figure in a clause opening the sentence with a participle of speaking, before its comma, sets the
 * scene of the speech; it is the article's narrative, not the speaker's report.
 */
export function speechSetting(ctx: AttributionContext, i: number, start: number): boolean {
  const els = sentenceElements(ctx, i);
  if (!SPEAKING.has(els[0]?.lower)) return false;
  for (let k = 1; k < els.length && els[k]!.start < start; k++) if (hasCharBetween(ctx, els[k - 1]!.end, els[k]!.start, COMMA)) return false;
  return true;
}

/**
 * "Ana Ruiz said the army had lied, remarks likely to anger the 5,000 soldiers sent to Varn": a noun
 * summing up the report, set off by a comma after its verb, opens the writer's comment on it; a figure
 * in that comment is the article's, not the speaker's. `start` is where the figure's number starts.
 */
export function remarkAside(ctx: AttributionContext, i: number, start: number): boolean {
  const els = sentenceElements(ctx, i);
  for (let k = firstFrom(els, start) - 1; k > 0; k--) {
    const e = els[k]!;
    // "remarks" is a reporting verb too: as a noun after a comma it opens the comment.
    if (REMARK_NOUNS.has(e.lower) && hasCharBetween(ctx, els[k - 1]!.end, e.start, COMMA)) return hasReportingVerb(els.slice(0, k));
    if (e.cls & REPORTING_VERB) return false;
  }
  return false;
}

/** Nouns that sum up a report in a comment set after it ("…, remarks likely to …", "…, comments that …"). */
const REMARK_NOUNS: ReadonlySet<string | undefined> = new Set(['remarks', 'comments', 'remark', 'comment']);

/** Participles of speaking that open a sentence's scene ("Speaking at the rally, …"). */
const SPEAKING: ReadonlySet<string | undefined> = new Set(['speaking', 'addressing', 'talking']);

/** Elements between "consensus" and the last figure of its estimate ("consensus estimate of 8 cents per share profit on revenue of $36 million"). */
const CONSENSUS_REACH = 12;
/** Characters CONSENSUS_REACH elements may span: words of up to 24 letters and their gaps. */
const CONSENSUS_CHARS = CONSENSUS_REACH * 25;


/** Elements between a distance's number and its direction: its unit and the same distance in brackets. */
const GLOSS_REACH = 4;

/**
 * "At least 21 have been killed in Varn based on the Ostra Red Cross’ count, but …": "based on"
 * and a body's or person's tally after a figure in its clause name the figure's source. The figure
 * ends at `pos`; that source's entity, or null where its clause has no such phrase.
 */
export function countBasisAfter(ctx: AttributionContext, i: number, pos: number): number | null {
  const els = sentenceElements(ctx, i);
  const from = firstFrom(els, pos);
  // Asked for every figure, and "based on" is rare: with none after the figure, the clause is not read.
  const based = basedOnFrom(els, from);
  if (based < 0) return null;
  for (let k = from; k <= based; k++) {
    const e = els[k]!;
    if (COORDINATORS.has(e.lower) || isCount(e) || hasCharBetween(ctx, els[k - 1]?.end ?? pos, e.start, SEMICOLON)) return null;
  }
  const at = ARTICLES.has(els[based + 2]!.lower ?? '') ? based + 3 : based + 2;
  const name = els[at]?.name;
  return name && SPEAKS.has(name.kind) && possessed(ctx, els[at]!) && KEPT_TALLY_NOUNS.has(els[at + 1]?.lower) ? name.entity : null;
}

/** Where the first "based on" among els[from..] stands, before the last two elements (where countBasisAfter reads it); -1 where none does. */
function basedOnFrom(els: Element[], from: number): number {
  for (let k = from; k < els.length - 2; k++) if (els[k]!.lower === 'based' && els[k + 1]!.lower === 'on') return k;
  return -1;
}

/**
 * "the official death toll of the Kelmor Disaster Council remained at two": a toll of a named
 * body or person, and its verb of standing or moving, before "at"/"to" and the figure, is theirs.
 * `pos` is where the figure's number starts; the owner's entity, or null.
 */
export function tollOwnerBefore(ctx: AttributionContext, i: number, pos: number): number | null {
  const els = sentenceElements(ctx, i);
  let at = firstFrom(els, pos);
  // "the Kelmor Times toll was between 40 and 52": a range opens with its "between" right after the verb, where a count has "at".
  if (els[at]?.lower === 'between' && TOLL_VERBS.has(els[at - 1]?.lower)) at++;
  const preposition = els[at - 1]?.lower;
  if (preposition === 'of') return ownerOfEstimate(ctx, els, at);
  if (COPULAS.has(preposition) && at < els.length) return possessorOfTally(ctx, els, at + 1);
  if (preposition !== 'at' && preposition !== 'to' && preposition !== 'between') return null;
  const possessor = possessorOfTally(ctx, els, at);
  if (possessor !== null || !TOLL_VERBS.has(els[at - 2]?.lower)) return possessor;
  const owner = els[at - 3];
  const name = owner?.name;
  if (!name || !SPEAKS.has(name.kind)) return null;
  const of = ARTICLES.has(els[at - 4]?.lower ?? '') ? at - 5 : at - 4;
  if (els[of]?.lower !== 'of' || !KEPT_TALLY_NOUNS.has(els[of - 1]?.lower)) return null;
  for (let k = of; k < at; k++) if (punctuatedBetween(ctx, els[k - 1]!.end, els[k]!.start)) return null;
  return name.entity;
}

/**
 * "the Kelmor government's official death toll, still at 73,000,", "the Red Cross's count stood at
 * 40", "the Ostra Times toll was between 40 and 52": a named body owning a tally's noun (up to two words describing it between) owns the figure
 * its tally stands or moves to, after "at"/"to" at els[at - 1]; a verb or an adverb of time and
 * commas may stand between. The owner's entity, or null.
 */
function possessorOfTally(ctx: AttributionContext, els: Element[], at: number): number | null {
  let k = at - 2;
  while (k > 0 && (TOLL_VERBS.has(els[k]!.lower) || TOLL_ADVERBS.has(els[k]!.lower))) k--;
  if (!KEPT_TALLY_NOUNS.has(els[k]?.lower) || /[.;:!?—–()]/.test(ctx.text.slice(els[k]!.end, els[at - 1]!.start))) return null;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const e = els[j]!;
    if (punctuatedBetween(ctx, e.end, els[j + 1]!.start)) return null;
    // "the Kelmor Times toll": an article before a body's name makes the body the tally's owner (a place's toll is the place's, no one's report).
    if (e.name) return possessed(ctx, e) ? (SPEAKS.has(e.name.kind) ? e.name.entity : null) : ARTICLES.has(els[j - 1]?.lower ?? '') && BODIES.has(e.name.kind) ? e.name.entity : null;
    if (e.lower === undefined || e.cls & FUNCTION) return null;
  }
  return null;
}

/**
 * "the Ostra estimate of 670", "Ostra's count of 40", "an Ostra tally of 40", "Ostra's figure of 40", "(Ostra) has not
 * changed its estimated death toll of 670": a tally's noun right before "of" and the figure at
 * els[at], owned by a body named before it (up to two describing words between) or by "its", is that
 * body's. The owner's entity, or null ("a death toll of 30" names no one; nor does "Varn's toll", a place's).
 */
function ownerOfEstimate(ctx: AttributionContext, els: Element[], at: number): number | null {
  const noun = at - 2;
  if (!ESTIMATE_NOUNS.has(els[noun]?.lower)) return null;
  for (let j = noun - 1; j >= 0 && j >= noun - 3; j--) {
    const e = els[j]!;
    if (punctuatedBetween(ctx, e.end, els[j + 1]!.start) && !(e.name && possessed(ctx, e))) return null;
    if (e.name) {
      if (!SPEAKS.has(e.name.kind)) return null;
      // "the UN estimate", "an Ostra count": an article before the name makes it the tally's modifier.
      return possessed(ctx, e) || ARTICLES.has(els[j - 1]?.lower ?? '') ? e.name.entity : null;
    }
    if (e.lower === 'its') return resolveIt(ctx, e.start);
    if (e.lower === undefined || e.cls & FUNCTION) return null;
  }
  return null;
}

/** Nouns of a tally whose owner may be named before it ("the Ostra estimate of 670"). */
const ESTIMATE_NOUNS: ReadonlySet<string | undefined> = new Set(['estimate', 'count', 'tally', 'toll', 'figure']);

/** Adverbs of time between a tally and its figure ("still at 73,000"). */
const TOLL_ADVERBS: ReadonlySet<string | undefined> = new Set(['still', 'now', 'already', 'then']);

/** Nouns of a tally kept by someone ("the Red Cross’ count", "the toll of the council"); words.ts has those a verb gives. */
const KEPT_TALLY_NOUNS: ReadonlySet<string | undefined> = new Set(['count', 'counts', 'tally', 'toll', 'figures', 'figure', 'data', 'records', 'estimate', 'estimates']);

/**
 * "…, the Ostra council count is 212": a tally named for its keeper whose "is"/"was" gives the figure with no "at" is
 * the keeper's as "stood at" is (possessorOfTally reads it as though a preposition followed the verb).
 */
const COPULAS: ReadonlySet<string | undefined> = new Set(['is', 'was']);

/** Verbs of a toll standing or moving to its figure ("remained at two", "rose to 30"). */
const TOLL_VERBS: ReadonlySet<string | undefined> = new Set(['remained', 'remains', 'stood', 'stands', 'was', 'is', 'rose', 'climbed', 'jumped', 'fell']);


/**
 * "Kelmor Soft's quarterly profit jumped 38% to $10.7 billion", "Kelmor Soft sold 47.5 million
 * phones": a company opening a sentence, owning its results' noun or the subject of a verb of
 * trading, owns the figures of its clause up to `pos` (no other name, and no clause of another
 * subject, between); the company's entity, or null. Its shares' price is the market's, not its own.
 */
export function businessOwner(ctx: AttributionContext, i: number, pos: number): number | null {
  const els = sentenceElements(ctx, i);
  const first = els[0]?.lower === 'the' ? 1 : 0;
  const named = els[first]?.name;
  const company = named?.kind === 'organization' ? named.entity : companyPronoun(ctx, els[0]);
  if (company === null) return null;
  let k = first + 1;
  if (els[0]!.lower === 'its' || (named && possessed(ctx, els[first]!))) {
    while (k < els.length && k <= first + RESULT_REACH && !RESULT_NOUNS.has(els[k]!.lower)) k++;
    if (k > first + RESULT_REACH || !RESULT_NOUNS.has(els[k]?.lower)) return null;
  } else {
    while (k < els.length && (els[k]!.cls & VERB_FILLER || els[k]!.lower === 'on' || els[k]!.cls & WEEKDAY)) k++;
    if (!TRADING_VERBS.has(els[k]?.lower) && !ownChange(els, k)) return null;
  }
  if (punctuatedBetween(ctx, els[first]!.end, els[k]!.start)) return null;
  for (let j = k + 1; j < els.length && els[j]!.start < pos; j++) {
    const e = els[j]!;
    // "grew its PBT": the name of a measure the company owns is no other subject.
    const owned = els[j - 1]!.lower === 'its' && e.name?.kind === 'other';
    // "sold 3 million phones and 2 million tablets": an "and" before a count joins another object, not another clause.
    const listed = e.lower === 'and' && isCount(els[j + 1]);
    if ((e.name && !owned && e.name.kind !== 'place' && e.name.entity !== company) || (COORDINATORS.has(e.lower) && !listed) || CONCESSIVE.has(e.lower) || hasCharBetween(ctx, els[j - 1]!.end, e.start, SEMICOLON)) return null;
  }
  return company;
}

/**
 * "Kelmor Soft reported a profit of $2 billion. It sold 47.5 million phones", "… Its revenue rose 8%": an "it" or
 * "its" opening the sentence stands for the company it resolves to, as the company's name would. Its entity, or null
 * where the word is no such pronoun or stands for something else than a company.
 */
function companyPronoun(ctx: AttributionContext, e: Element | undefined): number | null {
  if (e?.lower !== 'it' && e?.lower !== 'its') return null;
  const entity = resolveIt(ctx, e.start);
  return entity !== null && ctx.names.some((n) => n.entity === entity && n.kind === 'organization') ? entity : null;
}

/** "Kelmor Holdings grew its profit to …": a verb of moving what the company owns ("its"), a figure of its own at els[k]. */
const ownChange = (els: Element[], k: number): boolean => OWN_CHANGE_VERBS.has(els[k]?.lower) && els[k + 1]?.lower === 'its';

/** Verbs by which a company moves a measure of its own ("grew its profit", "cut its costs"). */
const OWN_CHANGE_VERBS: ReadonlySet<string | undefined> = new Set(['grew', 'grows', 'increased', 'increases', 'raised', 'raises', 'lifted', 'lifts', 'boosted', 'boosts', 'doubled', 'cut', 'cuts', 'reduced', 'reduces', 'trimmed', 'narrowed', 'widened']);

/** Nouns of a company's own results ("Kelmor Soft's net profit"), not of its shares. */
const RESULT_NOUNS: ReadonlySet<string | undefined> = new Set(['profit', 'profits', 'revenue', 'revenues', 'sales', 'earnings', 'income', 'turnover', 'output', 'production', 'loss', 'losses', 'margin', 'margins', 'deliveries', 'shipments']);

/** Words before that noun ("latest quarterly net"). */
const RESULT_REACH = 4;

/** Verbs by which a company trades or makes, whose figures are its own results ("sold 47.5 million phones"). */
const TRADING_VERBS: ReadonlySet<string | undefined> = new Set(['sold', 'sells', 'shipped', 'ships', 'delivered', 'delivers', 'earned', 'earns', 'booked', 'books', 'produced', 'produces', 'generated', 'generates', 'recorded', 'records', 'posted', 'posts', 'logged', 'logs']);

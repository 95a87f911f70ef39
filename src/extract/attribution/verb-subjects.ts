/** The subject before a reporting verb (a name with its apposition, aside or relative clause, or a noun speaking for a body); quotes and sentences both end up here. */
import { type AttributionContext, type Element, hasCharBetween, inBrackets, type Named, possessed, punctuatedBetween, shortFormAfter } from './context';
import { APPOSITION_REACH, ARTICLES, BODIES, BODY_NOUN, COORDINATORS, DAY_WORDS, DETERMINERS, hasCount, isCount, isPronoun, isSpeakerNoun, ISSUED, POSSESSIVES, isTally, MEMBER_LINKS, PARTICIPLE_ASIDE_REACH, participleAside, PASSIVE_AUXILIARIES, singularClass, SPEAKS, WHICH_WHO } from './words';
import { classAt, CLOSE_PAREN, COMMA, UPPER } from '../chars';
import type { Token } from '../tokens';
import { definite } from './definite-references';
import { memberHeadAfterName } from './member-bodies';
import { formerOrLatter } from './pair-references';
import { ARTICLES as ARTICLE_LIST, ASIDE_ADVERBS, BARE_ARTICLES, DAY_PARTS } from '../lexicon';
import { resolve, resolveIt } from './pronouns';
import { titleOpening, TITLE_LINKS } from './titled-people';
import { OWN_VERB_REACH } from './unnamed-reporters';
import { DEMONYM, FUNCTION, GIVEN_NAME, GOV_HEAD, NAME_ADJECTIVE_SUFFIX, ORG_CUE, OUTLET_CUE, OUTLET_WORD, PERSON_NOUN, PLACE_CUE, REPORTING_VERB, ROLE_HEAD, ROLE_MODIFIER, SPOKESNOUN, VERB_FILLER, WEEKDAY, wordClass } from '../wordclass';

/** The speaker who is the subject of the reporting verb at els[verb], read back from it: a name, a pronoun, or a noun standing for a body. */
export function subjectBefore(ctx: AttributionContext, els: Element[], verb: number): number | null {
  // "Nana Akufo-Addo … has been declared winner": a passive verb reports nothing of its subject.
  const aux = els[verb - 1]?.lower;
  if (aux !== undefined && PASSIVE_AUXILIARIES.has(aux)) return relayed(els, verb) ? relayingName(ctx, els, verb) : null;
  if (objectRelative(els, verb)) return null;
  const relative = unclosedRelative(ctx, els, verb);
  if (relative !== null) return relative;
  let head = verb;
  while (head > 0 && (els[head - 1]!.cls & VERB_FILLER || ASIDE_ADVERBS.has(els[head - 1]!.lower!))) head--;
  const hung = relativeHung(ctx, els, head);
  if (hung !== undefined) return hung;
  // "Kelmor, whose party has held power for years, claimed": a "whose" clause, longer than an aside may be, hangs on the name before it.
  const owner = closedRelative(ctx, els, head, WHOSE);
  if (owner !== undefined) return owner;
  const cut = relativeAfterApposition(ctx, els, head);
  if (cut > 0) return subjectBefore(ctx, [...els.slice(0, cut), ...els.slice(head)], cut + verb - head);
  const bracket = bracketBefore(ctx, els, head);
  if (bracket > 0) return subjectBefore(ctx, [...els.slice(0, bracket), ...els.slice(head)], bracket + verb - head);
  const quoting = quotingBefore(ctx, els, head);
  if (quoting > 0) return subjectBefore(ctx, [...els.slice(0, quoting), ...els.slice(head)], quoting + verb - head);
  const dated = timeBefore(ctx, els, head);
  if (dated > 0) return subjectBefore(ctx, [...els.slice(0, dated), ...els.slice(head)], dated + verb - head);
  for (let i = verb - 1; i >= 0; i--) {
    const e = els[i]!;
    if (i === verb - 1 && memberHeadAfterName(ctx, els, i)) return subjectBefore(ctx, [...els.slice(0, i), ...els.slice(verb)], i);
    if (e.name) {
      // "X, visiting as part of the Kelmor Council, said": the aside may end in a name.
      const aside = i === verb - 1 ? asideBefore(ctx, els, verb) : 0;
      if (aside > 0 && (namedAside(els, aside, verb) || participleAside(els[aside]!) || LEADING.has(els[aside]!.lower))) return subjectBefore(ctx, [...els.slice(0, aside), ...els.slice(verb)], aside);
      if ((isParticiple(els[verb]!.lower) && causedBefore(els, i)) || paidFrom(ctx, els, i)) return null;
      const head = appositionHead(ctx, els, i, verb);
      if (head !== null) return head;
      return modifiesOtherNoun(ctx, els, i) || verbObject(ctx, els, i) || placesSpeakerNoun(ctx, els, i) ? null : ownSetting(ctx, els, i) ?? placedPerson(ctx, els, i, verb) ?? headOfPhrase(ctx, els, i) ?? locatedBefore(ctx, els, i, verb);
    }
    if (isPronoun(e.lower)) return resolve(ctx, e.start, e.lower);
    // "It said …", "…, it added": "it" reports for a body only with a verb of speech ("It maintains
    // records" is about the body).
    // "It put the army's death toll at 85": a body giving a toll reports it, as one saying so does.
    if (e.lower === 'it') return IT_VERBS.has(els[verb]!.lower!) || isTally(els, verb) ? openingBody(ctx, els, i) ?? resolveIt(ctx, e.start) : null;
    if (inLanguage(ctx, els, i)) {
      i--;
      continue;
    }
    // "Ana Ruiz meanwhile gave a toll of 90": an adverb of the clause may stand there too.
    if (!(e.cls & VERB_FILLER || DAY_WORDS.has(e.lower) || ASIDE_ADVERBS.has(e.lower)) || punctuatedBetween(ctx, e.end, els[i + 1]!.start)) {
      // "… at Ostra in Brask district reported", "… of Ostra state said": a place's noun after its name ends the phrase placing the subject.
      const placed = e.cls & PLACE_CUE && els[i - 1]?.name?.kind === 'place' && !punctuatedBetween(ctx, els[i - 1]!.end, e.start) ? locatedBefore(ctx, els, i - 1, verb) : null;
      if (placed !== null) return placed;
      const aside = asideBefore(ctx, els, verb);
      if (aside > 0) return subjectBefore(ctx, [...els.slice(0, aside), ...els.slice(verb)], aside);
      const apposed = appositionHead(ctx, els, i, verb);
      if (apposed !== null || memberOfUnnamed(ctx, els, i)) return apposed;
      return spokesnoun(ctx, els, i) ?? ownedRelease(ctx, els, i) ?? describedBody(ctx, els, i) ?? definite(ctx, els, i) ?? nameJoinedToNoun(ctx, els, i) ?? formerOrLatter(ctx, els, i);
    }
  }
  return null;
}

/**
 * "Two bodies were recovered on the ridge, Ana Ruiz and police said": a name joined by "and" to a bare noun of speakers ("police",
 * "officials") opening a closing tag after a comma speaks with them; the name's entity, or null. els[noun] is that noun.
 */
function nameJoinedToNoun(ctx: AttributionContext, els: Element[], noun: number): number | null {
  const e = els[noun]!;
  const name = els[noun - 2]?.name;
  if (e.lower === undefined || !isSpeakerNoun(e.lower) || els[noun - 1]?.lower !== 'and' || !name || !SPEAKS.has(name.kind)) return null;
  if (punctuatedBetween(ctx, name.end, e.start) || noun < 3 || !/^\s*,\s*$/.test(ctx.text.slice(els[noun - 3]!.end, name.start))) return null;
  return name.entity;
}

/**
 * "Ostra News in Spanish then reported five dead", "the Varn Service in French said": els[i] is the language a named body
 * speaks in, after "in" and the name, with nothing between; the subject is the name before. Why: read as a word of its own,
 * the language ended the search for the subject, and the sentence had no source though the outlet had its card.
 */
function inLanguage(ctx: AttributionContext, els: Element[], i: number): boolean {
  const e = els[i]!;
  return (e.cls & DEMONYM) !== 0 && !e.lower!.endsWith('s') && (classAt(ctx.text, e.start) & UPPER) !== 0 && els[i - 1]?.lower === 'in' && els[i - 2]?.name !== undefined && !punctuatedBetween(ctx, els[i - 2]!.end, e.start);
}

/**
 * "The Ostra Office has received word of 42 deaths during marches against the Kelmor government,
 * in a bulletin in which it added …": "it" later in a sentence that a body opens as its subject
 * stands for that body, not for one named in between. The body's entity (after a dateline's places,
 * "the Ombudsman's Office" by its owner's name), or null.
 */
function openingBody(ctx: AttributionContext, els: Element[], it: number): number | null {
  let j = 0;
  while (j < it && els[j]!.name?.kind === 'place') j++;
  if (ARTICLES.has(els[j]?.lower ?? '')) j++;
  const e = els[j];
  if (j >= it - 1 || !e?.name || !(BODY_KINDS.has(e.name.kind) || (e.name.kind === 'other' && possessed(ctx, e) && (singularClass(els[j + 1]?.lower ?? '') & BODY_NOUN) !== 0))) return null;
  // Its verb follows: an auxiliary, or a word in lower case of no other phrase.
  const next = possessed(ctx, e) ? j + 2 : j + 1;
  const verb = els[next];
  return verb?.lower !== undefined && (verb.cls & VERB_FILLER || !(verb.cls & FUNCTION)) && !punctuatedBetween(ctx, els[next - 1]!.end, verb.start) ? e.name.entity : null;
}

/** Kinds of a body that "it" may stand for as the subject opening a sentence. */
const BODY_KINDS: ReadonlySet<string> = new Set(['organization', 'government', 'outlet']);

/**
 * "The figures came from the Kelmor Disaster Council (KDC), which said 1,140 remain missing": a
 * verb whose subject is "which" or "who" right after a comma (and the short form in brackets) is
 * said by the name the relative clause hangs on, where no number stands before it. That name's entity, null where it cannot speak,
 * undefined where els[head] (the verb or its first auxiliary) follows no such relative.
 */
function relativeHung(ctx: AttributionContext, els: Element[], head: number): number | null | undefined {
  const relative = els[head - 1]?.lower;
  const name = els[head - 2]?.name;
  if ((relative !== 'which' && relative !== 'who') || !name || !/^\)?\s*,\s*$/.test(ctx.text.slice(els[head - 2]!.end, els[head - 1]!.start))) return undefined;
  // "Officials said 22 were killed, a claim denied by the army, which said …": a number before the
  // relative clause is the main clause's, whose speaker the clause does not name.
  if (hasCount(els, 0, head - 2)) return undefined;
  return SPEAKS.has(name.kind) ? name.entity : null;
}

/**
 * "The Red Crescent has been told 31 people died": a body or person "told" a count passes on what it
 * was told, so it reports it; "was told to leave" or "was told by police" gives it nothing to report.
 */
function relayed(els: Element[], verb: number): boolean {
  if (els[verb]!.lower !== 'told') return false;
  const next = els[verb + 1]?.lower === 'that' ? verb + 2 : verb + 1;
  return isCount(els[next]);
}

/**
 * The name that is the subject of a passive "told" at els[verb] (its auxiliaries skipped), right
 * before them or before a relative clause set off by commas; null where none speaks. ("The Red
 * Crescent, which …, said" is read by relativeHung's and the aside rules for active verbs.)
 */
function relayingName(ctx: AttributionContext, els: Element[], verb: number): number | null {
  let head = verb;
  while (head > 0 && els[head - 1]!.cls & VERB_FILLER) head--;
  const hung = closedRelative(ctx, els, head);
  if (hung !== undefined) return hung;
  const name = els[head - 1]?.name;
  return name && SPEAKS.has(name.kind) && !punctuatedBetween(ctx, name.end, els[head]!.start) ? name.entity : null;
}

/**
 * "The Red Crescent, which has a team in the town, has been told": a relative clause set off by
 * commas right before els[head] (the verb or its first auxiliary) hangs on the name before its
 * "which" or "who" (or another of `relatives`), the verb's subject. That name's entity, null where it cannot speak, undefined
 * where no such clause stands there. Only the clause's own words are read (RELATIVE_REACH).
 */
function closedRelative(ctx: AttributionContext, els: Element[], head: number, relatives = WHICH_WHO): number | null | undefined {
  if (head < 3 || !/^,\s*$/.test(ctx.text.slice(els[head - 1]!.end, els[head]!.start))) return undefined;
  // The name may open the sentence ("Kelmor, whose …").
  for (let j = head - 1; j > 0 && j >= head - RELATIVE_REACH; j--) {
    if (!punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start)) continue;
    const name = els[j - 1]!.name;
    const opens = relatives.has(els[j]!.lower) && /^,\s*$/.test(ctx.text.slice(els[j - 1]!.end, els[j]!.start));
    // "Officials said 22 were killed, a claim denied by the army, which …": a number before the clause is another's.
    if (!opens || !name || hasCount(els, 0, j - 1) || objectOfLink(els, j - 1)) return undefined;
    return SPEAKS.has(name.kind) ? name.entity : null;
  }
  return undefined;
}

/**
 * "Ana Ruiz, secretary of the Kelmor party, who was at the scene, reported": a relative clause set off by
 * commas right before els[head] that hangs on the last word of an apposition, not on a name, says
 * more of that apposition's person; the index of its "who" or "which" (the subject is read without
 * the clause), or 0. A number before it is another clause's ("22 were killed, a claim …, which").
 */
function relativeAfterApposition(ctx: AttributionContext, els: Element[], head: number): number {
  if (head < 3 || !/^,\s*$/.test(ctx.text.slice(els[head - 1]!.end, els[head]!.start))) return 0;
  for (let j = head - 1; j > 1 && j >= head - RELATIVE_REACH; j--) {
    if (!punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start)) continue;
    const opens = WHICH_WHO.has(els[j]!.lower) && /^,\s*$/.test(ctx.text.slice(els[j - 1]!.end, els[j]!.start));
    return opens && !els[j - 1]!.name && !hasCount(els, 0, j - 1) ? j : 0;
  }
  return 0;
}

/** "X, the head of the Red Crescent, which …": the name at els[at] follows a preposition (maybe with "the"), so it is no subject. */
function objectOfLink(els: Element[], at: number): boolean {
  const before = els[at - 1]?.lower === 'the' ? at - 2 : at - 1;
  // "But Kelmor, whose …": a conjunction opening the sentence links nothing to the name.
  if (before === 0 && COORDINATORS.has(els[0]!.lower)) return false;
  return els[before]?.lower !== undefined && (els[before]!.cls & FUNCTION) !== 0;
}

/** How many words a relative clause between a subject and its verb may have. */
const RELATIVE_REACH = 24;

/** The possessive word opening a relative clause ("X, whose …"). */
const WHOSE: ReadonlySet<string | undefined> = new Set(['whose']);

/**
 * "a $40 million payment from chipmaker Kelmor Systems, said Ana Ruiz": the payer after "from" and a
 * noun of money (a descriptor or two may stand between) is what the sentence is about, not its speaker.
 */
function paidFrom(ctx: AttributionContext, els: Element[], name: number): boolean {
  for (let k = name - 1; k > 0 && k >= name - 1 - PAYER_DESCRIPTORS; k--) {
    const e = els[k]!;
    if (punctuatedBetween(ctx, e.end, els[k + 1]!.start)) return false;
    if (e.lower === 'from') return PAYMENT_NOUNS.has(els[k - 1]!.lower);
    if (e.lower !== undefined && e.cls & FUNCTION && !ARTICLES.has(e.lower)) return false;
  }
  return false;
}

/** Nouns of money paid by someone ("a payment from X", "a fine from the regulator"). */
const PAYMENT_NOUNS: ReadonlySet<string | undefined> = new Set(['payment', 'payments', 'money', 'fine', 'fines', 'grant', 'grants', 'loan', 'loans', 'donation', 'donations', 'funding', 'settlement', 'payout', 'compensation']);

/** Words that may describe a payer between "from" and its name ("from US chipmaker Kelmor"). */
const PAYER_DESCRIPTORS = 2;

/**
 * "Ana Ruiz earlier this month put the number at 19", "The clinic last month said …": a phrase of when, set between the
 * subject and its verb (els[head] the verb or its first auxiliary) with no pause, leaves the subject what it was. The index
 * of its first word, or 0. Why: "this week" ended the subject's phrase, and the sentence had no source.
 */
function timeBefore(ctx: AttributionContext, els: Element[], head: number): number {
  const unit = els[head - 1];
  const weekday = weekdayPart(els, head);
  if (!unit || (!weekday && (!TIME_SPANS.has(unit.lower ?? '') || !DEICTIC_TIMES.has(els[head - 2]?.lower ?? '')))) return 0;
  const start = RELATIVE_TIMES.has(els[head - 3]?.lower ?? '') || (weekday && els[head - 3]?.lower === 'on') ? head - 3 : head - 2;
  if (start < 1 || punctuatedBetween(ctx, els[start - 1]!.end, els[head]!.start)) return 0;
  return start;
}

/**
 * "The Kelmor Council on Friday evening released a list of 240": a weekday and a part of the day (maybe after "on") stand
 * between the subject and its verb as "this week" does. Why: the part of the day ended the subject, and the count went to no one.
 */
const weekdayPart = (els: Element[], head: number): boolean => ((els[head - 2]?.cls ?? 0) & WEEKDAY) !== 0 && DAY_PARTS.has(els[head - 1]?.lower ?? '');

/** Spans of time after "this" or "last" ("this week"), the words before them, and the adverbs before those ("earlier this week"). */
const TIME_SPANS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening']);
const DEICTIC_TIMES: ReadonlySet<string> = new Set(['this', 'last', 'past']);
const RELATIVE_TIMES: ReadonlySet<string> = new Set(['earlier', 'later']);

/**
 * "Kelmor Hospital (North and South wings) reported": where a bracket closes right before els[verb]
 * (the verb or its first auxiliary), the index of its first word, when a name or a weekday stands before it (the subject is that name, not a place
 * inside the bracket), or 0.
 */
function bracketBefore(ctx: AttributionContext, els: Element[], verb: number): number {
  if (!/^\)\s*$/.test(ctx.text.slice(els[verb - 1]?.end ?? 0, els[verb]!.start))) return 0;
  for (let j = verb - 1; j > 0 && j >= verb - BRACKET_REACH; j--) {
    const gap = ctx.text.slice(els[j - 1]!.end, els[j]!.start);
    // "Kelmor Soft on Thursday (Nov 9) posted": a date may gloss the day between the subject and its verb.
    if (/^\s*\($/.test(gap)) return els[j - 1]!.name || els[j - 1]!.cls & WEEKDAY ? j : 0;
    if (punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start)) return 0;
  }
  return 0;
}

/** How many words a bracket between a subject and its verb may hold. */
const BRACKET_REACH = 6;

/**
 * "Kamal Perera, who was appointed as Minister of Roads said": a relative clause on a person that no
 * comma closes runs up to the verb, whose subject is that person, not a name inside the clause.
 */
function unclosedRelative(ctx: AttributionContext, els: Element[], verb: number): number | null {
  for (let j = verb - 1; j > 0 && j >= verb - APPOSITION_REACH; j--) {
    const e = els[j]!;
    if (e.lower === 'who') {
      const person = els[j - 1]!.name;
      if (!punctuatedBetween(ctx, els[j - 1]!.end, e.start)) return restrictiveRelative(ctx, els, j, verb);
      return person?.kind === 'person' && /^,\s*$/.test(ctx.text.slice(els[j - 1]!.end, e.start)) ? person.entity : null;
    }
    if (punctuatedBetween(ctx, els[j - 1]!.end, e.start)) return null;
  }
  return null;
}

/**
 * "the Ostra police chief who visited the site on Monday said": a relative clause with no comma
 * (els[who] is its "who") singles out the subject before it and runs up to the verb; the subject is
 * read as if the clause were not there, not from a name inside it. Null where the word before "who"
 * names no one it could describe, or the clause holds a verb of its own report or a number.
 */
function restrictiveRelative(ctx: AttributionContext, els: Element[], who: number, verb: number): number | null {
  const noun = els[who - 1]!;
  // "X who (has) responded in kind": a verb right after "who" and its auxiliaries is the clause's own; it reports
  // for X only with what it reports after it ("Y quoted X who claimed that …").
  const own = els.slice(who + 1, verb).every((e) => e.cls & VERB_FILLER);
  if (who < 2 || (own && els[verb + 1]?.lower !== 'that') || (noun.lower !== undefined && noun.cls & (FUNCTION | REPORTING_VERB))) return null;
  for (let k = who + 1; k < verb; k++) if (isCount(els[k]) || els[k]!.cls & REPORTING_VERB) return null;
  return subjectBefore(ctx, [...els.slice(0, who), ...els.slice(verb)], who);
}

/**
 * "Organisers of the rally against the visit of President Ana Ruiz claimed", "Lawyers for Ana
 * Ruiz said": the name at els[at] (after its title and determiner) is the object of a preposition
 * after a lower-case noun, a modifier of the subject and not the subject. The noun speaks for the
 * name only where it is its voice: a spokesperson or a government for anyone ("a spokesman for Ana
 * Ruiz", "the government of President Ruiz"); for a body, also its people, staff, officers or
 * outlets ("officials at the ministry", "a doctor at Kelmor Hospital", "the head of Acme"). "A
 * report by X", "data from X" name their source.
 */
function modifiesOtherNoun(ctx: AttributionContext, els: Element[], at: number): boolean {
  let i = titleOpening(ctx, els, at) - 1;
  if (els[i]?.lower !== undefined && ARTICLES.has(els[i]!.lower!)) i--;
  const link = els[i]?.lower;
  const noun = els[i - 1];
  if (link === undefined || !MODIFIER_LINKS.has(link) || noun?.lower === undefined || noun.cls & FUNCTION) return false;
  if (punctuatedBetween(ctx, noun.end, els[at]!.start)) return false;
  const cls = singularClass(noun.lower);
  // "a spokesman for Ana Ruiz", "the government of President Ruiz": a person's voice too.
  if (noun.lower.startsWith('spokes') || cls & GOV_HEAD) return false;
  return els[at]!.name!.kind === 'person' || !(cls & VOICE || BODY_VOICES.has(noun.lower) || memberAt(link, noun.lower));
}

/**
 * "Their allies at the Kelmor Union put the figure at 1.4 million", "colleagues at the Ostra Herald said": people "at" a body
 * who are its members speak for it, as its staff do. Why: read as a modifier of those nouns, the body was no subject and the
 * count went to no one. Not "allies of the Kelmor Union", who are others than the union.
 */
const memberAt = (link: string, noun: string): boolean => link === 'at' && MEMBERS_AT.has(noun);
const MEMBERS_AT: ReadonlySet<string> = new Set(['allies', 'friends', 'colleagues', 'counterparts', 'peers']);

/**
 * "The rebels seeking to oust the Varn government have put …", "Fighters battling the Ostra army
 * said …": a name after an article, itself after a verb of "to" or an "-ing" word, is that verb's
 * object inside a phrase describing the subject, not the subject ("the ruling Kelmor Party", with
 * no article, is a name's own adjective).
 */
function verbObject(ctx: AttributionContext, els: Element[], at: number): boolean {
  const article = els[at - 1];
  const verb = els[at - 2];
  if (article?.lower === undefined || !ARTICLES.has(article.lower) || verb?.lower === undefined || verb.cls & FUNCTION) return false;
  if (punctuatedBetween(ctx, verb.end, els[at]!.start)) return false;
  return els[at - 3]?.lower === 'to' || (verb.lower.endsWith('ing') && els[at - 3]?.lower !== undefined && !(els[at - 3]!.cls & FUNCTION));
}

/**
 * "Coach Glen Williams praised the opposition and spoke about …": a reporting verb after "and"
 * shares the subject the sentence opens with, its last name among titles ("Lions coach Glen
 * Williams"). A sentence opening with a word ("Police arrested Ruiz and said") names none.
 */
export function sharedSubject(els: Element[], verb: number): number | null {
  // "Ana Ruiz confirmed deaths in the raid, but said the number was not known": "but" joins a verb of the same subject too.
  if (els[verb - 1]?.lower !== 'and' && els[verb - 1]?.lower !== 'but') return null;
  let subject: Named | undefined;
  for (let i = 0; i < verb; i++) {
    const e = els[i]!;
    if (e.name) subject = e.name;
    else if (e.lower !== 'the' && !(e.cls & (ROLE_HEAD | ROLE_MODIFIER))) break;
  }
  return subject && SPEAKS.has(subject.kind) ? subject.entity : null;
}

/**
 * "The police in Kelmor State have confirmed 86 dead": a name of no known kind after "in" and the noun of an unnamed speaker
 * or body places that speaker, as a place does; the speaker, described, is the subject, not the name. Why: the name was taken
 * for the subject and held the count. "Officials in the Varn Council said" keep a body's name, which may speak.
 */
function placesSpeakerNoun(ctx: AttributionContext, els: Element[], at: number): boolean {
  const noun = els[at - 2];
  return els[at]!.name!.kind === 'other' && els[at - 1]?.lower === 'in' && noun?.lower !== undefined && (isSpeakerNoun(noun.lower) || (noun.cls & BODY_NOUN) !== 0) && !punctuatedBetween(ctx, noun.end, els[at]!.start);
}

/**
 * "Ruiz in his first speech in Parliament said …": a phrase of the speaker's own ("in his", "during her") between a name that
 * speaks and its verb sets the scene of the speech; a name ending that phrase is where it was said, not who said it. The
 * speaker's entity, or null. Why: the name next to the verb ("Parliament") held the statement.
 */
function ownSetting(ctx: AttributionContext, els: Element[], at: number): number | null {
  if (!SETTING_LINKS.has(els[at - 1]?.lower)) return null;
  for (let k = at - 2; k >= 1 && k >= at - SETTING_REACH; k--) {
    const e = els[k]!;
    if (e.name || punctuatedBetween(ctx, e.end, els[k + 1]!.start) || e.cls & REPORTING_VERB) return null;
    if (!POSSESSIVES.has(e.lower) || !SETTING_LINKS.has(els[k - 1]!.lower)) continue;
    const speaker = els[k - 2]?.name;
    return speaker && SPEAKS.has(speaker.kind) && !punctuatedBetween(ctx, speaker.end, els[k - 1]!.start) ? speaker.entity : null;
  }
  return null;
}

/** Words that open a phrase of where or when something was said ("in his speech", "during her visit", "at the summit"). */
const SETTING_LINKS: ReadonlySet<string | undefined> = new Set(['in', 'during', 'at']);
/** Words from the phrase's possessive to the name that ends it ("in his maiden speech to the joint session in"). */
const SETTING_REACH = 8;

/**
 * "Lukas Brenner of RSF said", "Senator Dale Whitcombe of Kansas said", "the Vaccine Confidence
 * Project at the LSHTM found", "the Health Ministry in Gaza said" (a name ends before the place
 * that locates it): the subject is the first name; null when nothing there speaks. The
 * chain is followed to its start: "Dr. Ana Ruiz of the School of Public Health at Imperial College
 * said" is hers, not the school's.
 */
function headOfPhrase(ctx: AttributionContext, els: Element[], at: number): number | null {
  let name = els[at]!.name!;
  let i = at - 1;
  let found: Named | undefined = SPEAKS.has(name.kind) ? name : undefined;
  // Each step moves back past at least two elements: linear in the phrase.
  for (;;) {
    if (els[i]?.lower === 'the') i--;
    const link = els[i]?.lower;
    const head = link === 'of' || link === 'at' || link === 'from' || link === 'in' ? els[i - 1]?.name : undefined;
    if (!head || punctuatedBetween(ctx, head.end, name.start)) break;
    if (SPEAKS.has(head.kind)) found = head;
    name = head;
    i -= 2;
  }
  return found ? found.entity : null;
}

/**
 * "Tomas Varga of A Road to Liberty told AFP": a body's name after "of" that its small words ("to", "for", "a la") cut
 * into pieces ends in a piece that is no subject; the person the phrase places (locatedVerb, up to els[verb]) speaks.
 * The nearest person before the name at els[last], with no punctuation between, or null. Why: the last piece took the
 * sentence, and a "he said" after it went to that piece.
 */
function placedPerson(ctx: AttributionContext, els: Element[], last: number, verb: number): number | null {
  for (let j = last - 1; j >= 0 && j >= last - APPOSITION_REACH && !punctuatedBetween(ctx, els[j]!.end, els[j + 1]!.start); j--) {
    const name = els[j]!.name;
    if (name?.kind === 'person') return locatedVerb(ctx, els, j) === verb ? name.entity : null;
  }
  return null;
}

/**
 * "Ivo Marsh at the allied press office in Doria said": where the name at els[last] is a place
 * (no speaker), the name before it that a phrase placing it runs from up to els[verb], or null.
 */
function locatedBefore(ctx: AttributionContext, els: Element[], last: number, verb: number): number | null {
  for (let j = last - 1; j >= 0 && j >= last - APPOSITION_REACH; j--) {
    if (punctuatedBetween(ctx, els[j]!.end, els[j + 1]!.start)) {
      // "the Kelmor Institute (KI) at Ostra": a short form in brackets stands for the name before it.
      if (j === 0 || pastShortForm(ctx, els, j - 1) !== j + 1) return null;
      j--;
    }
    // Places inside the phrase ("the US press centre in Kabul") are passed.
    const name = els[j]!.name;
    if (name && name.kind !== 'place') return locatedVerb(ctx, els, j) === verb ? name.entity : null;
  }
  return null;
}

/**
 * "Tomas Brenn from the Nordic aid group for Refugees told Kestrel": a name that speaks (maybe with its
 * short form in brackets), then a preposition placing it and a phrase with no punctuation, second subject or clause of its own: the
 * index of the reporting verb the name is the subject of, or -1. "Ana Ruiz of the Office of Flood
 * Control in Arlen town said" places a person by the body named right after "of".
 */
export function locatedVerb(ctx: AttributionContext, els: Element[], at: number): number {
  const name = els[at]?.name;
  const placing = pastShortForm(ctx, els, at);
  if (!name || !SPEAKS.has(name.kind) || !(PLACING.has(els[placing]?.lower) || ofBody(ctx, els, at))) return -1;
  for (let i = placing + 1; i < els.length && i <= placing + APPOSITION_REACH - 1; i++) {
    const e = els[i]!;
    if (punctuatedBetween(ctx, els[i - 1]!.end, e.start) || isPronoun(e.lower) || CLAUSE_OPENERS.has(e.lower)) return -1;
    if (e.cls & REPORTING_VERB) return i;
  }
  return -1;
}

/** "the Kelmor Institute (KI) at …": the index after the name at els[at] and a short form in brackets right after it, else at + 1. */
function pastShortForm(ctx: AttributionContext, els: Element[], at: number): number {
  const next = els[at + 1];
  return next !== undefined && shortFormAfter(ctx.text, els[at]!.end, next) ? at + 2 : at + 1;
}

/**
 * "Ana Ruiz of the Office of Flood Control": a person, "of" and a body's name. "Ana Ruiz of Ostra
 * state in northern Kelmor told": a person, "of" and a place with its noun, where the person is no
 * object of a word before ("the son of Ana Ruiz of Ostra state told" is the son's). Not a place
 * alone: "Ruiz of Kelmor" says nothing of whom the person speaks for.
 */
function ofBody(ctx: AttributionContext, els: Element[], at: number): boolean {
  const name = els[at]!.name!;
  if ((name.kind !== 'person' && !fullNameOfBody(ctx, els, at)) || els[at + 1]?.lower !== 'of') return false;
  // "Ana Ruiz of A Path to Justice told": a body's name may open with "A", which may be read as the article before it.
  const k = BARE_ARTICLES.has(els[at + 2]?.lower ?? '') ? at + 3 : at + 2;
  const body = els[k]?.name;
  if (body?.kind === 'place') return name.kind === 'person' && ((els[k + 1]?.cls ?? 0) & PLACE_CUE) !== 0 && !objectOfLink(els, titleStart(els, at));
  return body !== undefined && body.kind !== 'person';
}

/**
 * `,” Lalo Verrin of the National Flood Agency said`: a full name of no known kind (its given name no list
 * holds) placed "of the" body of an office or company is a person's who works there; a body is not "of" another
 * one named apart from it (its name would take the "of" in).
 */
function fullNameOfBody(ctx: AttributionContext, els: Element[], at: number): boolean {
  if (!fullName(ctx, els[at]!) || els[at + 2]?.lower !== 'the') return false;
  const body = els[at + 3]?.name?.kind;
  return body === 'organization' || body === 'government';
}

/** The index of the first lower-case title word right before the name at els[at] ("provincial governor Ana Ruiz"), else at. */
function titleStart(els: Element[], at: number): number {
  let t = at;
  while (t > 0 && (els[t - 1]!.cls & (ROLE_HEAD | ROLE_MODIFIER)) !== 0) t--;
  return t;
}

/** Prepositions that place a speaker by where they work or come from ("X at the press office", "X from the aid group"). */
const PLACING: ReadonlySet<string | undefined> = new Set(['at', 'from']);

/** Words opening a second subject or a clause of its own, whose verb is not the named speaker's. */
const CLAUSE_OPENERS: ReadonlySet<string | undefined> = new Set(['and', 'or', 'who', 'which', 'that', 'where', 'when', 'whose', 'it']);

/**
 * "…, an official in the state government said": the phrase ending at els[at] ("the state
 * government") is where someone unnamed works, not the subject; that body's noun must not stand
 * for a body named earlier. True where "the" opens it, after a preposition and a person's noun that
 * "a" or "an" opens ("a senior official"); "officials at the ministry" are the ministry's voice.
 */
function memberOfUnnamed(ctx: AttributionContext, els: Element[], at: number): boolean {
  for (let k = at; k >= 3 && k > at - MEMBER_PHRASE_REACH; k--) {
    if (els[k]!.lower !== 'the') continue;
    const noun = els[k - 2]!;
    if (!MEMBER_LINKS.has(els[k - 1]!.lower) || noun.lower === undefined || !(wordClass(noun.lower) & (PERSON_NOUN | SPOKESNOUN)) || punctuatedBetween(ctx, noun.end, els[at]!.end)) return false;
    return indefinite(els, k - 2);
  }
  return false;
}

/** "a" or "an" opens the noun phrase ending at els[noun], maybe with a describing word between ("a senior official"). */
function indefinite(els: Element[], noun: number): boolean {
  for (let j = noun - 1; j >= 0 && j >= noun - 2; j--) {
    const word = els[j]!.lower;
    if (word === 'a' || word === 'an') return true;
    if (word === undefined || els[j]!.cls & FUNCTION) return false;
  }
  return false;
}

/** Words of that body's phrase from "the" to its noun ("the state disaster government"). */
const MEMBER_PHRASE_REACH = 4;

/** "Delacroix’s team found", "CPJ researchers counted", "a Kelmor Watch report says": a noun right after a name speaks for it. */
function spokesnoun(ctx: AttributionContext, els: Element[], at: number): number | null {
  const prev = els[at - 1];
  const cls = els[at]!.cls;
  // "Kestrel television reported", "the Acme group said": the kind of body after its name speaks for it too;
  // so does "an EHRCO official" (its officials speak for it: one of them does too).
  // "a senior Kelmor Ministry source said": so does one source of it.
  const bodyOfficial = prev?.name !== undefined && (els[at]!.lower === 'official' ? prev.name.kind !== 'person' : ONE_VOICE.has(els[at]!.lower) && BODIES.has(prev.name.kind) && !afterPreposition(els, at - 1));
  // "Red Cross workers have counted six bodies": a body's workers who count give the count for it
  // ("Kelmor Motors workers said" may speak against their company, so only a count).
  const bodyWorkers = prev?.name !== undefined && BODY_WORKERS.has(els[at]!.lower) && BODIES.has(prev.name.kind) && !afterPreposition(els, at - 1) && countsNext(els, at + 1);
  if (!prev || !(cls & (SPOKESNOUN | OUTLET_CUE | ORG_CUE) || bodyOfficial || bodyWorkers)) return null;
  const gap = ctx.text.slice(prev.end, els[at]!.start);
  // "the court’s figures showed": the body the definite noun stands for.
  if (prev.lower !== undefined) return cls & SPOKESNOUN && /^['’]s\s+$/.test(gap) ? definite(ctx, els, at - 1) : null;
  // "Ferri's lawyer told the court": a person's lawyer, wife or adviser is someone else, who argues
  // what that person may not; a body's lawyers or staff are its voice.
  if (prev.name.kind === 'person' && singularClass(els[at]!.lower!) & PERSON_NOUN && /^['’]s\s+$/.test(gap)) return null;
  // "an Ostra Watch (OW) report says": the short form in brackets closes the name the noun follows.
  const named = inBrackets(ctx.text, prev) ? gap.slice(1) : gap;
  return SPEAKS.has(prev.name.kind) && /^(?:['’]s)?\s+$/.test(named) ? prev.name.entity : null;
}

/**
 * "The Kelmor Council's news release said 90 …", "the county's press release said": a text a body issues (ISSUED), maybe
 * after a word of its kind ("news", "press"), owned by the body named or referred to right before it, speaks for that body,
 * as "the council's statement" does. Why: "release" is no noun of a spokesman, and the count went to no one.
 */
function ownedRelease(ctx: AttributionContext, els: Element[], at: number): number | null {
  if (!ISSUED.has(els[at]!.lower)) return null;
  const owner = RELEASE_KINDS.has(els[at - 1]?.lower) ? at - 2 : at - 1;
  const e = els[owner];
  if (!e || !possessed(ctx, e) || punctuatedBetween(ctx, e.end, els[at]!.start)) return null;
  if (e.name) return SPEAKS.has(e.name.kind) ? e.name.entity : null;
  return e.lower !== undefined ? definite(ctx, els, owner) : null;
}
const RELEASE_KINDS: ReadonlySet<string | undefined> = new Set(['news', 'press']);

/** Plural nouns of people working for the body named right before them, who count for it ("Kelmor Relief volunteers"). */
const BODY_WORKERS: ReadonlySet<string | undefined> = new Set(['workers', 'volunteers']);

/** Verbs of counting, after which a body's workers give its count. */
const COUNTING_VERBS: ReadonlySet<string | undefined> = new Set(['counted', 'count', 'counts', 'tallied']);

/** A verb of counting stands at els[k], past the verb's fillers ("had counted"). */
function countsNext(els: Element[], k: number): boolean {
  while (k < els.length && els[k]!.cls & VERB_FILLER) k++;
  return COUNTING_VERBS.has(els[k]?.lower);
}

/** Words for one who speaks for the body (not the place) named right before them ("a Kelmor Ministry source"). */
export const ONE_VOICE: ReadonlySet<string | undefined> = new Set(['source']);

/** "provided to AFP by a Kelmor Ministry source": the phrase holding the name at els[name] is the object of a preposition (its article and plain words skipped), no subject. */
function afterPreposition(els: Element[], name: number): boolean {
  let k = name - 1;
  while (k >= 0 && els[k]!.lower !== undefined && !(els[k]!.cls & FUNCTION)) k--;
  if (ARTICLES.has(els[k]?.lower ?? '')) k--;
  return OBJECT_LINKS.has(els[k]?.lower);
}

const OBJECT_LINKS: ReadonlySet<string | undefined> = new Set(['by', 'from', 'to', 'of', 'with', 'for', 'at']);

/**
 * "the Ministry, in an official statement, said", "the agency, citing officials, said": where a
 * phrase opening with a preposition (or "citing", "quoting"), set off by commas, stands right before
 * the verb, the index of its first word (the subject is before it), or 0.
 */
function asideBefore(ctx: AttributionContext, els: Element[], verb: number): number {
  const gap = ctx.text.slice(els[verb - 1]!.end, els[verb]!.start);
  if (DASH_GAP.test(gap)) return dashAside(ctx, els, verb);
  if (!/^,\s*$/.test(gap)) return issuedAside(ctx, els, verb);
  for (let j = verb - 1; j > 0 && j >= verb - PARTICIPLE_ASIDE_REACH; j--) {
    const gap = ctx.text.slice(els[j - 1]!.end, els[j]!.start);
    if (/^,\s*$/.test(gap)) {
      const w = els[j]!.lower;
      if (verb - j > ASIDE_REACH) return participleAside(els[j]!) ? j : 0;
      if (namedAside(els, j, verb)) return j;
      // "the Kelmor coalition, led by Ana Ruiz, put the toll at": whoever leads a body is named in an aside on it, no subject.
      if (LEADING.has(w) && els[j + 1]?.lower === 'by') return j;
      return w !== undefined && ((els[j]!.cls & FUNCTION && !OPENS_APPOSITION.has(w)) || CITING.has(w) || participleAside(els[j]!)) ? j : 0;
    }
    if (punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start)) return 0;
  }
  return 0;
}

/** Participles of leading a body, whose agent after "by" is not the body ("led by", "headed by"). */
const LEADING: ReadonlySet<string | undefined> = new Set(['led', 'headed', 'chaired', 'founded']);

/**
 * "Ana Ruiz, 40, told reporters", "Ana Ruiz, visiting the port, said": after a speaker's name, an
 * age alone or a clause opening with a participle of what the speaker is doing, set off by commas,
 * stands between the name and its verb.
 */
function namedAside(els: Element[], at: number, verb: number): boolean {
  const name = els[at - 1]!.name;
  // "The minister, talking to reporters, said": a title after "the" stands for its holder, a participle aside after it too.
  const titled = !name && els[at - 1]!.cls & ROLE_HEAD && els[at - 2]?.lower === 'the';
  // "the Kelmor news agency, reporting from the island, said": a body's nouns after its name stand for the name.
  const bodied = !name && !titled && els[at - 1]!.lower !== undefined && singularClass(els[at - 1]!.lower!) & BODY_NOUN;
  const owner = name ?? (bodied ? nameBeforeNouns(els, at) : undefined);
  if (!titled && (!owner || !SPEAKS.has(owner.kind))) return false;
  const e = els[at]!;
  if (e.lower === undefined) return false;
  if (!titled && at === verb - 1 && /^\d{1,3}$/.test(e.lower)) return true;
  return e.lower.endsWith('ing') && e.lower.length > 5 && !(e.cls & (FUNCTION | REPORTING_VERB)) && !e.capitalised;
}

/** The name, if any, before the up to two words (no function word) that stand before els[at - 1]. */
function nameBeforeNouns(els: Element[], at: number): Element['name'] {
  let k = at - 2;
  while (k >= at - 3 && els[k]?.lower !== undefined && !(els[k]!.cls & FUNCTION)) k--;
  return els[k]?.name;
}

/**
 * "the Kelmor Security Service (KSS) — the intelligence agency — announced": a few words set off by
 * dashes right before the verb; the index of the aside's first word (the subject is before it), or 0.
 */
function dashAside(ctx: AttributionContext, els: Element[], verb: number): number {
  for (let j = verb - 1; j > 0 && j >= verb - ASIDE_REACH; j--) {
    const gap = ctx.text.slice(els[j - 1]!.end, els[j]!.start);
    // The dash may follow a bracketed short form: "(KSS) — the agency —".
    if (DASH_GAP.test(gap) || (gap.charCodeAt(0) === CLOSE_PAREN && DASH_GAP.test(gap.slice(1)))) return j;
    if (punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start)) return 0;
  }
  return 0;
}

/** The gap after a weekday: blank, or a bracketed date ("Thursday (Nov 9)"). */
const DATE_GLOSS = /^\s*(?:\([^()]{1,20}\)\s*)?$/;

/** A dash between words, as an aside opens or closes ("X — the agency — said"). */
const DASH_GAP = /^\s*[—–]\s*$/;

/**
 * "Ana Ruiz in a twitter post on Thursday said": with no commas, only "in" and an article, at most
 * one word, a noun of what a source issues and an optional "on <weekday>" may stand between a name
 * and its verb; the index of "in", or 0. "Ana Ruiz on Saturday called …": the day alone may stand
 * there too, after a name or a body's noun; the index of "on" (or of the day, in "Ana Ruiz Saturday called").
 */
function issuedAside(ctx: AttributionContext, els: Element[], verb: number): number {
  let j = verb - 1;
  const weekday = j > 1 && (els[j]!.cls & WEEKDAY) !== 0;
  // "Kelmor Corporation Monday reported": wire style may drop the "on" after a name.
  const dated = weekday && (els[j - 1]!.lower === 'on' || els[j - 1]!.name !== undefined);
  if (dated) j -= els[j - 1]!.lower === 'on' ? 2 : 1;
  // "the opposition KUP party on Sunday claimed": so may a noun of a body ending its subject.
  // The date of the day in brackets ("on Thursday (Nov 9)") may follow it.
  // "Kelmor Telecom (KT) on Monday reported": the name may be a short form in brackets glossing the subject.
  const glossed = j > 0 && els[j]!.name !== undefined && els[j - 1]!.name !== undefined && /^\s*\($/.test(ctx.text.slice(els[j - 1]!.end, els[j]!.start)) && /^\)\s+$/.test(ctx.text.slice(els[j]!.end, els[j + 1]!.start));
  if (dated && (els[j]!.name || els[j]!.cls & BODY_NOUN) && (glossed || !punctuatedBetween(ctx, els[j]!.end, els[verb - 1]!.start)) && DATE_GLOSS.test(ctx.text.slice(els[verb - 1]!.end, els[verb]!.start))) return j + 1;
  if (!ISSUED_IN.has(els[j]!.lower)) return 0;
  for (let k = j - 2; k >= 1 && k >= j - 3; k--) {
    if (els[k]!.lower !== 'in' || !ARTICLES.has(els[k + 1]!.lower!) || !els[k - 1]!.name) continue;
    return punctuatedBetween(ctx, els[k - 1]!.end, els[verb]!.start) ? 0 : k;
  }
  return 0;
}

/**
 * "The Xinhua news agency reported", "the Sichuan provincial government says": a name, then a few
 * lower-case words ending in a noun of a body, speaks. Not a person's name: "the Biden
 * administration" is not Biden.
 */
function describedBody(ctx: AttributionContext, els: Element[], at: number): number | null {
  if (!(els[at]!.cls & BODY_NOUN)) return bodiesOf(ctx, els, at);
  let plain = false;
  for (let i = at - 1; i >= 0 && i >= at - 1 - DESCRIPTOR_REACH; i--) {
    const e = els[i]!;
    if (punctuatedBetween(ctx, e.end, els[i + 1]!.start)) return null;
    if (e.name) return i < at - 1 && SPEAKS.has(e.name.kind) && e.name.kind !== 'person' && !(plain && opensWithGivenName(ctx, e)) ? e.name.entity : i === at - 1 ? placedOffice(ctx, els, i) : null;
    if (e.cls & DESCRIPTOR || e.lower.endsWith('al')) continue;
    // Other plain words ("rights", "opposition") describe a body too, but not one named after a person ("the Keir Starmer transition team").
    if (!plainNoun(ctx, e)) return null;
    plain = true;
  }
  return null;
}

/**
 * "…, United Nations agencies reported.": the plural noun of a body right after the name of a body (no person, no place) names
 * that body's branches, which speak for it. The body's entity, or null. Why: read as no body's noun ("agencies" is no word of
 * the lexicon, only "agency"), the sentence had no source though the body had its card.
 */
function bodiesOf(ctx: AttributionContext, els: Element[], at: number): number | null {
  const word = els[at]!.lower!;
  const name = els[at - 1]?.name;
  const plural = word.endsWith('ies') ? wordClass(`${word.slice(0, -3)}y`) : word.endsWith('s') ? singularClass(word) : 0;
  if (!(plural & BODY_NOUN) || !name || !BODY_KINDS.has(name.kind) || punctuatedBetween(ctx, name.end, els[at]!.start)) return null;
  return name.entity;
}

/**
 * "the Kelmor Agency's Varn office said": a place right before a body's noun, after a body's name
 * in the possessive, names a branch of that body, which speaks for it. That body's entity, or null.
 */
function placedOffice(ctx: AttributionContext, els: Element[], place: number): number | null {
  const owner = els[place - 1]?.name;
  const kind = els[place]!.name!.kind;
  if (!owner || !BRANCH_NOUNS.has(els[place + 1]!.lower!) || (kind !== 'place' && kind !== 'other') || !SPEAKS.has(owner.kind) || owner.kind === 'person') return null;
  return /^['’]s\s+$/.test(ctx.text.slice(owner.end, els[place]!.start)) ? owner.entity : null;
}

/** Nouns of a body's branch in a place ("the agency's Varn office"). */
const BRANCH_NOUNS: ReadonlySet<string> = new Set(['office', 'mission', 'bureau', 'branch', 'delegation', 'division', 'unit']);

/**
 * A lower-case word that is no function word, verb, participle or number: "rights" in "the Vesna
 * rights group", not "led" in "the Ruritania-led coalition" (which is no part of Ruritania).
 */
function plainNoun(ctx: AttributionContext, e: Token): boolean {
  return !(e.cls & (FUNCTION | VERB_FILLER | REPORTING_VERB | NAME_ADJECTIVE_SUFFIX)) && !(classAt(ctx.text, e.start) & UPPER) && !/\d|ed$|ing$/.test(e.lower);
}

/** The name at `e` opens with a given name ("Keir Starmer"). */
function opensWithGivenName(ctx: AttributionContext, e: Element): boolean {
  const name = ctx.text.slice(e.start, e.end);
  const space = name.indexOf(' ');
  return space > 0 && (wordClass(name.slice(0, space).toLowerCase()) & GIVEN_NAME) !== 0;
}

/**
 * "Maria Kostas, a spokeswoman for the Coast Guard, said" / "Shelter, a housing charity, said": the
 * words before the verb are an apposition, and the subject is the name it describes.
 */
function appositionHead(ctx: AttributionContext, els: Element[], last: number, verb: number): number | null {
  const closed = hasCharBetween(ctx, els[last]!.end, els[verb]!.start, COMMA);
  // "X, military spokesman Bo Lund told": a person's name ending an unclosed title is its holder, the subject.
  if (!closed && els[last]!.name?.kind === 'person') return null;
  for (let i = last - 1; i >= 0 && i >= last - APPOSITION_REACH; i--) {
    const e = els[i]!;
    const next = els[i + 1]!;
    // Only a comma opens an apposition, and most gaps between words hold none: the tests of what
    // follows it are read only where one does.
    if (hasCharBetween(ctx, e.end, next.start, COMMA)) {
      // ", a spokeswoman for …" or a bare title: ", spokeswoman for …", ", executive director of …";
      // a body owning the title (", Acme’s chief executive,"); a person's noun (", mother of Ana,").
      // ", Communist Party secretary for Kelmor,": after a person, a body's name before a title is the body the title is of.
      const title = next.cls & (ROLE_HEAD | ROLE_MODIFIER) || ownsTitle(ctx, els, i + 1) || describedTitle(els, i + 1) || (e.name?.kind === 'person' && bodyTitle(els, i + 1));
      // ", one of the patients who …,": one of a group the text describes.
      // ", reporting from the capital Kelmor,": where the source speaks from.
      const described = (next.lower !== undefined && (OPENS_APPOSITION.has(next.lower) || next.cls & PERSON_NOUN || (next.lower === 'one' && els[i + 2]?.lower === 'of') || placedParticiple(els, i + 1))) || (closed && placesDescription(ctx, els, i + 1, last));
      // ", Canadian Survivor,": a Title-Case role ending in a person's noun or a title, closed by a comma.
      const titleCased = closed && e.name?.kind === 'person' && next.lower !== undefined && (classAt(ctx.text, next.start) & UPPER) !== 0 && (els[last]!.cls & (PERSON_NOUN | ROLE_HEAD)) !== 0;
      // ", head of Kotu,": a lower-case noun and "of" after a person's name, closed by a comma, is what the person is of the body.
      const nounOf = closed && e.name?.kind === 'person' && next.lower !== undefined && !(next.cls & FUNCTION) && !next.capitalised && els[i + 2]?.lower === 'of';
      // "Tomas Berg Jr., an attorney": the full stop of an abbreviation ending the name may stand before the comma.
      const opens = (described || title || titleCased || nounOf) && /^\.?,\s*$/.test(ctx.text.slice(e.end, next.start));
      // "X, spokesperson of the Y tweeted": a title and its body need no closing comma before the person's verb.
      if (opens) {
        // "X, the party chief of Kelmor, the city at the epicenter, told": an apposition on a body or place
        // that ends the person's own apposition describes that body; the person is the subject.
        const outer = next.lower === 'which' || (e.name !== undefined && ARTICLES.has(next.lower!)) ? outerApposition(ctx, els, i, verb) : null;
        if (outer !== null) return outer;
        return e.name && SPEAKS.has(e.name.kind) && (closed || (title && e.name.kind === 'person') || unclosedClosing(ctx, els, i, last)) ? e.name.entity : null;
      }
    }
    if (!closed && !inTitle(els, i + 1) && !inTitleScope(els[i + 1]!)) return null;
  }
  return null;
}

/**
 * "…, Ana Ruiz, the provincial governor's spokesman said.": a person's name after a comma (or opening
 * the sentence) and a title opening with an article that ends right before the verb, its closing
 * comma left out, is the person that title describes. After no comma the name is an object of the
 * clause before ("Police met Ana Ruiz, the governor's spokesman said"), and the title is the subject.
 */
function unclosedClosing(ctx: AttributionContext, els: Element[], name: number, last: number): boolean {
  const prev = els[name - 1];
  const after = prev === undefined || /,\s*$/.test(ctx.text.slice(prev.end, els[name]!.start));
  if (!after || !ARTICLES.has(els[name + 1]!.lower!)) return false;
  // `, Lalo Hossain Verrin, a deputy harbour official said`: a full name of no known kind that a title or a person's
  // noun describes is a person's.
  if (els[name]!.name?.kind !== 'person' && !fullName(ctx, els[name]!)) return false;
  return ((els[last]!.cls & (ROLE_HEAD | SPOKESNOUN | PERSON_NOUN)) !== 0 && els[last]!.name === undefined) || nounOfBody(els, name + 2, last);
}

/** A name of no known kind, of two words or more ("Lalo Verrin"): as a person's would be written. */
const fullName = (ctx: AttributionContext, e: Element): boolean => e.name?.kind === 'other' && ctx.text.slice(e.start, e.end).includes(' ');

/**
 * "Ana Ruiz, the head of the Kelmor relief agency said": the apposition's noun and "of" (or "for") take in the body the
 * person serves, which runs to the verb; the body ending it is not the subject, its head is. els[noun] is that noun,
 * els[last] the word before the verb.
 */
function nounOfBody(els: Element[], noun: number, last: number): boolean {
  const e = els[noun];
  if (e?.lower === undefined || e.cls & FUNCTION || e.capitalised || !SERVES.has(els[noun + 1]?.lower)) return false;
  for (let k = noun + 2; k <= last; k++) if (els[k]!.name?.kind === 'person') return false;
  return els.slice(noun + 2, last + 1).some((x) => x.name !== undefined && x.name.kind !== 'place');
}

/** Links from a title's noun to the body it serves ("head of", "spokesman for"). */
const SERVES: ReadonlySet<string | undefined> = new Set(['of', 'for']);

/** ", provincial military spokesman": a title's head after up to two plain lower-case words describing it. */
function describedTitle(els: Element[], at: number): boolean {
  for (let k = at; k < els.length && k <= at + 2; k++) {
    const e = els[k]!;
    if (e.lower === undefined || e.cls & FUNCTION || e.capitalised) return false;
    if (e.cls & (ROLE_HEAD | SPOKESNOUN)) return k > at;
  }
  return false;
}

/** "spokesman for the south told AFP": a plain word, "the" or a place, of the scope a title's link opens, where no comma closes it. */
const inTitleScope = (e: Element): boolean => e.name?.kind === 'place' || e.lower === 'the' || (e.lower !== undefined && !(e.cls & (FUNCTION | REPORTING_VERB)) && !e.capitalised);

/**
 * "Ana Ruiz, the chief of Kelmor Mining, which runs the Brant Pit, said": a relative clause on a
 * body at els[body] (a name, or the last word of a title that took the body in) that itself ends an apposition belongs to the person that apposition describes,
 * who is the subject; that person's entity, or null where the body opens no such apposition.
 */
function outerApposition(ctx: AttributionContext, els: Element[], body: number, verb: number): number | null {
  if (els[body]!.name?.kind === 'person') return null;
  const outer = appositionHead(ctx, els, body, verb);
  return outer !== null && ctx.people.has(outer) ? outer : null;
}

/** els[i] is a name owning the title after it: "Acme’s chief executive". */
function ownsTitle(ctx: AttributionContext, els: Element[], i: number): boolean {
  const owner = els[i]!;
  // "Ostra's campaign manager": a plain noun or two may stand before the title's head.
  return owner.name !== undefined && possessed(ctx, owner) && titleAfter(els, i);
}

/** els[i] is a body's name right before a title's words: "Communist Party secretary", "Ostra Bank chief economist". */
function bodyTitle(els: Element[], i: number): boolean {
  const body = els[i]!.name;
  return body !== undefined && body.kind !== 'person' && body.kind !== 'place' && titleAfter(els, i);
}

/** A title's words follow els[i]. */
function titleAfter(els: Element[], i: number): boolean {
  return ((els[i + 1]?.cls ?? 0) & (ROLE_HEAD | ROLE_MODIFIER)) !== 0 || describedTitle(els, i + 1);
}

/** A word of a title and the body it is of ("director of the Y"), or a name there. */
function inTitle(els: Element[], i: number): boolean {
  const e = els[i]!;
  return e.name !== undefined || (e.cls & (ROLE_HEAD | ROLE_MODIFIER)) !== 0 || TITLE_LINKS.has(e.lower);
}

/**
 * "The Ostra Farmers League, Varn's biggest rural lobby, said": a place's name owning the plain lower-case words that run to the
 * apposition's closing comma describes the body before it, which is the subject. Why: the words after the place read as an
 * unnamed reporter that took the body's count. els[at] is the place, els[last] the word before the comma.
 */
function placesDescription(ctx: AttributionContext, els: Element[], at: number, last: number): boolean {
  if (els[at]!.name?.kind !== 'place' || !possessed(ctx, els[at]!) || last <= at || last - at > PLACED_DESCRIPTION_WORDS) return false;
  for (let k = at + 1; k <= last; k++) {
    const e = els[k]!;
    if (e.lower === undefined || e.cls & FUNCTION || e.capitalised || punctuatedBetween(ctx, els[k - 1]!.end, e.start)) return false;
  }
  return true;
}
/** Most plain words after the place in such a description ("biggest rural lobby"). */
const PLACED_DESCRIPTION_WORDS = 4;

/** Words that open an apposition after a comma ("X, a spokeswoman for …,", "X, who chairs …,"). */
const OPENS_APPOSITION: ReadonlySet<string> = new Set([...ARTICLE_LIST, 'who', 'which']);

/** Participles of an aside naming whom a source relays ("the agency, quoting police officials, said"). */
const CITING: ReadonlySet<string> = new Set(['quoting', 'citing']);

/**
 * "Regional papers quoting senior staff from the Ministry reported that …": a "quoting" or "citing" phrase with no commas
 * between a speaker's noun and its verb at els[head] names whom the subject relays, not the subject; the Ministry said
 * nothing of its own there. The index of the participle (the subject ends before it), or 0.
 */
function quotingBefore(ctx: AttributionContext, els: Element[], head: number): number {
  for (let j = head - 1; j > 0 && j >= head - QUOTING_REACH; j--) {
    if (punctuatedBetween(ctx, els[j]!.end, els[j + 1]!.start)) return 0;
    if (!CITING.has(els[j]!.lower!)) continue;
    const subject = els[j - 1]!;
    return (subject.lower !== undefined && isSpeakerNoun(subject.lower)) || subject.name !== undefined ? j : 0;
  }
  return 0;
}

/** Words of such a phrase ("quoting two senior officials from the Ministry of Energy"). */
const QUOTING_REACH = 8;

/** "X, reporting from the capital Kelmor, said", "X, speaking at a rally, said": a participle and its preposition open an aside on where the source speaks from. */
function placedParticiple(els: Element[], at: number): boolean {
  return PLACED_PARTICIPLES.has(els[at]!.lower) && PLACED_LINKS.has(els[at + 1]?.lower);
}

const PLACED_PARTICIPLES: ReadonlySet<string | undefined> = new Set(['reporting', 'speaking', 'writing']);
const PLACED_LINKS: ReadonlySet<string | undefined> = new Set(['from', 'at', 'in', 'to', 'on', 'for']);

/**
 * "seeking to get all of Obamacare declared void", "had the law declared unconstitutional": a name
 * after a verb of causing or wanting, with only determiners between, is the object of a passive
 * participle, not the subject of a reporting verb.
 */
function causedBefore(els: Element[], name: number): boolean {
  for (let i = name - 1; i >= 0 && i >= name - 4; i--) {
    const w = els[i]!.lower;
    if (w === undefined) return false;
    if (CAUSATIVES.has(w)) return true;
    if (!DETERMINERS.has(w)) return false;
  }
  return false;
}

/**
 * "Ana Ruiz, who the police say was shot": the verb's subject ("the police") follows "who", which
 * is its object; the person before "who" says nothing. "Varn lost with 450,000 votes, in what he
 * claimed was a fraud": after a preposition, "what" is the verb's object, and its subject reports
 * only that thing, not the sentence. Only the words right before the verb are read.
 */
function objectRelative(els: Element[], verb: number): boolean {
  for (let j = verb - 1; j > 0 && j >= verb - OWN_VERB_REACH; j--) {
    const word = els[j]!.lower;
    if (word !== 'who' && !(word === 'what' && WHAT_AFTER.has(els[j - 1]!.lower))) continue;
    const next = els[j + 1]!;
    return j + 1 < verb && (next.name !== undefined || ARTICLES.has(next.lower ?? '') || isPronoun(next.lower));
  }
  return false;
}

/** Prepositions before a "what" that opens a clause naming a thing ("in what he called", "to what officials described as"). */
const WHAT_AFTER: ReadonlySet<string | undefined> = new Set(['in', 'of', 'for', 'by', 'with', 'at', 'on', 'to', 'from']);

/** A past participle ("declared", "told"): "saw Putin announce" keeps Putin the speaker. */
const isParticiple = (w: string | undefined): boolean => w !== undefined && (w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w));
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['said', 'told', 'written', 'shown', 'found', 'known', 'thought']);
const CAUSATIVES: ReadonlySet<string> = new Set('get gets got gotten getting have has had having want wants wanted wanting see sees saw seen seeing'.split(' '));

/** Prepositions that join a modifier to a noun ("relatives of", "lawyers for", "the protest against"). */
const MODIFIER_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'against', 'with', 'about', 'at', 'on', 'to', 'over', 'behind']);

/** Nouns of those who speak for a body they are "of" or "at": its officials, staff, experts, officers, outlets. */
const VOICE = SPOKESNOUN | PERSON_NOUN | ROLE_HEAD | ROLE_MODIFIER | GOV_HEAD | ORG_CUE | OUTLET_CUE;
// "Authorities with the Ostra fire department said": a body's authorities are its people, as its officials are.
const BODY_VOICES: ReadonlySet<string> = new Set(['head', 'heads', 'source', 'sources', 'authority', 'authorities']);

/**
 * Words that describe a body between its name and its noun: "news", "county", "state", "wire", or
 * an adjective in "-al" ("provincial", "national", "official").
 */
const DESCRIPTOR = OUTLET_WORD | OUTLET_CUE | ORG_CUE | PLACE_CUE | ROLE_MODIFIER;

/** How many descriptor words may stand between a name and the noun of its body. */
const DESCRIPTOR_REACH = 2;

/** How many words an aside before a verb may have ("in an official statement to reporters"). */
const ASIDE_REACH = 6;

/** What a source says in, between its name and its verb ("X in a statement said"). */
const ISSUED_IN: ReadonlySet<string | undefined> = new Set([...ISSUED, 'interview', 'message', 'video', 'speech', 'letter', 'briefing']);

/** Verbs whose subject "it" is a body speaking ("It said …", "…,” it added."). */
const IT_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'stated', 'reported', 'announced', 'estimated', 'concluded', 'found', 'warned', 'noted', 'confirmed', 'denied', 'denies']);

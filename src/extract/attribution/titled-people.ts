/** Titles around names ("Police Chief Anton Vell", "said RDC spokesman Omar Hadi"): the person or body a title gives as speaker; one place for what subjects, objects and clauses read alike. */
import { type AttributionContext, type Element, inBrackets, possessed, punctuatedBetween, shortFormAfter } from './context';
import { BODY_NOUN, SPEAKS } from './words';
import { INFORMAL_TITLES, OFFICE_QUALIFIERS } from '../lexicon';
import { classAt, DOT, LOWER } from '../chars';
import { FUNCTION, PERSON_NOUN, REPORTING_VERB, ROLE_HEAD, ROLE_MODIFIER, SPOKESNOUN } from '../wordclass';

/**
 * "Brask Police Chief Anton Vell said", "defence counsel Ana Ruiz said", "activist Ana Ruiz said": the
 * index of a person named after a title or a person's noun at els[at] (after a body's name or none), or null.
 */
export function titledPerson(ctx: AttributionContext, els: Element[], at: number): number | null {
  const body = els[at]?.name && els[at]!.name!.kind !== 'person';
  // "the Varn Defence Force (VDF) chief Kemal Oduya said": the body's short form in brackets may follow its name.
  const short = body && els[at + 1]?.name !== undefined && shortFormAfter(ctx.text, els[at]!.end, els[at + 1]!);
  let j = short ? at + 2 : body ? at + 1 : at;
  const from = j;
  while (j < els.length && j < from + MAX_TITLE_WORDS && els[j]!.lower !== undefined && els[j]!.cls & (ROLE_HEAD | ROLE_MODIFIER | SPOKESNOUN | PERSON_NOUN)) j++;
  if (j === from || els[j]?.name?.kind !== 'person' || punctuatedTitle(ctx, els, short ? from : at, j)) return null;
  return j;
}

/**
 * Punctuation between els[from] and els[to], other than the full stop of an abbreviated rank ("Varn Army chief Gen.
 * Kemal Oduya", "Maj. Gen."): a title in a row of such ranks is not cut by their stops.
 */
function punctuatedTitle(ctx: AttributionContext, els: Element[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) {
    const prev = els[k - 1]!;
    const stop = prev.cls & ROLE_HEAD && ctx.text.charCodeAt(prev.end) === DOT ? 1 : 0;
    if (punctuatedBetween(ctx, prev.end + stop, els[k]!.start)) return true;
  }
  return false;
}


/**
 * `,” deputy commissioner of police (North) Ravi Mehra said`: a lower-case title goes on through
 * "of" and the body it is of, and a word in brackets after it that says which branch.
 */
export function inLowerTitle(ctx: AttributionContext, els: Element[], i: number): boolean {
  // The title is read backwards from `i`: the first element has nothing before it to go on with (a quote's
  // tag may open with a lower-case word: `” of whom five …`).
  if (i < 1) return false;
  const e = els[i]!;
  const prev = els[i - 1]!;
  // The name the title ends in.
  // `,” chief of fire services Darto said`: a one-word name after the title is a person's, whatever kind its own word gave it.
  if (e.name) return (e.name.kind === 'person' || oneWordOther(ctx, e)) && i > 1 && prev.lower !== undefined && !TITLE_LINKS.has(prev.lower) && inLowerTitle(ctx, els, i - 1);
  if (TITLE_LINKS.has(e.lower) && e.lower !== 'the') return (prev.cls & (ROLE_HEAD | ROLE_MODIFIER)) !== 0;
  if (e.cls & BODY_NOUN) return TITLE_LINKS.has(prev.lower);
  if (e.lower !== undefined && inBrackets(ctx.text, e) && (prev.cls & (BODY_NOUN | ROLE_HEAD)) !== 0) return true;
  // "chief of rescue operations", "chief of fire services": the body's words after the link, one or two, are in lower case too.
  if (e.lower === undefined || e.cls & FUNCTION || !(classAt(ctx.text, e.start) & LOWER)) return false;
  if (TITLE_LINKS.has(prev.lower) && prev.lower !== 'the') return inLowerTitle(ctx, els, i - 1);
  return i > 1 && TITLE_LINKS.has(els[i - 2]!.lower) && els[i - 2]!.lower !== 'the' && !(prev.cls & FUNCTION) && inLowerTitle(ctx, els, i - 2);
}

/** A name of one word whose kind its words left unknown ("Darto"): mostly a person's where a title stands before it. */
const oneWordOther = (ctx: AttributionContext, e: Element): boolean => e.name?.kind === 'other' && !ctx.text.slice(e.start, e.end).includes(' ');

/** The name at `e` stands between quotation marks, as a nickname does (`"Boston Five" veteran`). */
export function inQuotationMarks(ctx: AttributionContext, e: Element): boolean {
  return QUOTATION_MARKS.has(ctx.text.charCodeAt(e.start - 1)) && QUOTATION_MARKS.has(ctx.text.charCodeAt(e.end));
}

/** "veteran Carl Moss": the person named after up to MAX_TITLE_WORDS title words from els[at], or null. */
export function personAfterTitle(ctx: AttributionContext, els: Element[], at: number): number | null {
  let j = at;
  while (j < els.length && j < at + MAX_TITLE_WORDS && els[j]!.lower !== undefined && els[j]!.cls & (ROLE_HEAD | ROLE_MODIFIER | SPOKESNOUN | PERSON_NOUN)) j++;
  const person = els[j]?.name;
  return j > at && person?.kind === 'person' && !punctuatedBetween(ctx, els[at]!.start, els[j]!.start) ? person.entity : null;
}

/**
 * "RDC spokesman Omar Hadi", "a Kelmor Peace Coalition spokesman": the body at els[at]
 * followed by lower-case title words speaks through the person named right after them, or itself
 * where no one is; null when no title follows.
 */
export function titledVoice(ctx: AttributionContext, els: Element[], at: number): number | null {
  // "Kelmor Research analyst Ana Ruiz": a noun of a person right before a name is that person's title too.
  const named = els[at + 2]?.name;
  if ((els[at + 1]?.cls ?? 0) & PERSON_NOUN && named?.kind === 'person' && !punctuatedBetween(ctx, els[at]!.end, named.start)) return named.entity;
  // "Kelmor Electoral Board (KEB) chairman Tomas Rilke": the body's initials in brackets stand between it and its title.
  const first = inBrackets(ctx.text, els[at + 1]) ? at + 2 : at + 1;
  let j = first;
  // "Kelmor Watch's acting Asia director Lena Park": a place may narrow a possessed title.
  const owned = possessed(ctx, els[at]!);
  const titleWord = (e: Element): boolean => (e.lower !== undefined ? (e.cls & (ROLE_HEAD | ROLE_MODIFIER | SPOKESNOUN)) !== 0 : owned && e.name.kind === 'place');
  while (j < els.length && j <= first + MAX_TITLE_WORDS - 1 && titleWord(els[j]!) && ((j === first && first > at + 1) || !punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start))) j++;
  if (j === first) return null;
  const person = els[j]?.name;
  if (person?.kind === 'person' && !punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start)) return person.entity;
  const joined = personAfterJoinedTitle(ctx, els, j);
  if (joined !== null) return joined;
  const body = els[at]!.name!;
  return SPEAKS.has(body.kind) ? body.entity : null;
}

/**
 * `says the airline’s head of communications Taro Hidema.`, `said the company’s chief executive officer Ana Ruiz.`:
 * "the", a possessed noun, then a title in lower case (its words linked by "of", "for" or "the") and the person's
 * name closing the clause, from els[at]: that person, or null. A body named so ("the Kelmor Council’s") is titledVoice's.
 */
export function personAfterPossessedTitle(ctx: AttributionContext, els: Element[], at: number): number | null {
  const owner = els[at + 1];
  if (els[at]?.lower !== 'the' || owner?.lower === undefined || owner.cls & FUNCTION || !possessed(ctx, owner)) return null;
  let title = false;
  for (let j = at + 2; j < els.length && j <= at + 1 + MAX_LONG_TITLE; j++) {
    const e = els[j]!;
    if (punctuatedBetween(ctx, els[j - 1]!.end, e.start)) return null;
    if (e.name) return title && e.name.kind === 'person' && (els[j + 1] === undefined || punctuatedBetween(ctx, e.end, els[j + 1]!.start)) ? e.name.entity : null;
    if (e.cls & REPORTING_VERB || (e.cls & FUNCTION && !TITLE_LINKS.has(e.lower))) return null;
    if (e.cls & (ROLE_HEAD | ROLE_MODIFIER | SPOKESNOUN | PERSON_NOUN) || INFORMAL_TITLES.has(e.lower!)) title = true;
  }
  return null;
}

/**
 * "Ostra Mayor and opposition vice presidential candidate Dario Venn": "and" at els[and] joins a
 * second title of lower-case words, ending in a title or a person's noun, to the person named
 * right after it; that person speaks, not the body or place of the first title. Null otherwise.
 */
function personAfterJoinedTitle(ctx: AttributionContext, els: Element[], and: number): number | null {
  if (els[and]?.lower !== 'and') return null;
  // "and Kelmor party leader Ana Ruiz": the second title may open with the body it is of.
  const from = els[and + 1]?.name && els[and + 1]!.name!.kind !== 'person' ? and + 2 : and + 1;
  for (let k = from; k < els.length && k <= from + MAX_JOINED_TITLE_WORDS; k++) {
    const e = els[k]!;
    if (punctuatedBetween(ctx, els[k - 1]!.end, e.start)) return null;
    if (e.name) return e.name.kind === 'person' && k > from && els[k - 1]!.cls & (ROLE_HEAD | PERSON_NOUN) ? e.name.entity : null;
    if (e.cls & (FUNCTION | REPORTING_VERB)) return null;
  }
  return null;
}

/**
 * `,” said Prime Minister and Kelmor party leader Ana Ruiz`: title words from els[at], ending in a
 * title's head, then "and" and a second title before the person's name: that person, or null.
 */
export function personAfterTitles(ctx: AttributionContext, els: Element[], at: number): number | null {
  let j = at;
  while (j < els.length && j < at + MAX_TITLE_WORDS && els[j]!.lower !== undefined && els[j]!.cls & (ROLE_HEAD | ROLE_MODIFIER) && !punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start)) j++;
  return j > at && els[j - 1]!.cls & ROLE_HEAD && !punctuatedBetween(ctx, els[j - 1]!.end, els[j]?.start ?? els[j - 1]!.end) ? personAfterJoinedTitle(ctx, els, j) : null;
}

/** Most lower-case words of a second title joined by "and" ("opposition vice presidential candidate"). */
const MAX_JOINED_TITLE_WORDS = 5;

/**
 * `,” Kelmor Party floor leader Ana Ruiz said`: lower-case words before a title that stands right
 * before a person's name ("floor", "parliamentary party") are words of that title.
 */
export function wordsOfTitle(els: Element[], i: number): boolean {
  return personAfterLowerTitle(els, i) !== null;
}

/**
 * "…, although regional military commander Lt. Gen. Ana Ruiz said", "chief election commissioner
 * Ana Ruiz": the index of the person named after lower-case words of a title from els[i] (a head of
 * a title among them) and the title words in a row after a head, or null.
 */
export function personAfterLowerTitle(els: Element[], i: number): number | null {
  for (let j = i; j < els.length && j < i + MAX_TITLE_WORDS; j++) {
    const e = els[j]!;
    if (e.lower === undefined || e.cls & (FUNCTION | REPORTING_VERB)) return null;
    // `,” army spokesman Colonel Dan Ruvo said`: titles in a row may stand before the name.
    if (e.cls & ROLE_HEAD) {
      const p = skipTitleWords(els, j + 1);
      if (els[p]?.name?.kind === 'person') return p;
    }
  }
  return null;
}

/** Index of the first element from `at` that is not one of up to MAX_TITLES title words ("Colonel", "Lt. Col."). */
function skipTitleWords(els: Element[], at: number): number {
  let end = at;
  // "said Special Agent in Charge Ana Ruiz": a word that only qualifies an office opens the title, "in Charge" closes it.
  const qualified = OFFICE_QUALIFIERS.has(els[at]?.lower ?? '') && !els[at]!.name && (els[at + 1]?.cls ?? 0) & ROLE_HEAD ? 1 : 0;
  end += qualified;
  while (end < at + qualified + MAX_TITLES && (els[end]?.cls ?? 0) & ROLE_HEAD && !els[end]!.name) end++;
  if (end > at + qualified && els[end]?.lower === 'in' && els[end + 1]?.lower === 'charge') end += 2;
  return end > at + qualified ? end : at;
}

/**
 * "according to the province's health minister, Nora Feld.": a person's noun or title at els[at]
 * that a comma sets off from a person's name closing the clause describes that person: its index,
 * or null.
 */
export function appositivePerson(ctx: AttributionContext, els: Element[], at: number): number | null {
  const title = els[at]!;
  const person = els[at + 1];
  if (!(title.cls & (ROLE_HEAD | PERSON_NOUN | SPOKESNOUN)) || person?.name?.kind !== 'person') return null;
  if (!/^,\s*$/.test(ctx.text.slice(title.end, person.start))) return null;
  const next = els[at + 2];
  return next === undefined || punctuatedBetween(ctx, person.end, next.start) ? at + 1 : null;
}

/** Most title words in a row before a name ("Lt. Col." in "said Lt. Col. Ana Ruiz"). */
const MAX_TITLES = 3;

/**
 * Drops the title words standing before a name at `at` ("Mr" in "Mr Putin said", "Lt. Col." in
 * "said Lt. Col. Ana Ruiz"): the name is split from them, and their full stops end no sentence.
 */
export function skipTitle(els: Element[], at: number): Element[] {
  const end = skipTitleWords(els, at);
  return end > at && els[end]?.name ? [...els.slice(0, at), ...els.slice(end)] : els;
}

/**
 * `,” Secretary of State for Civil Protection for Ostra Ana Ruiz told …`, `,” Chairman and Chief
 * Executive Ana Ruiz said`: a title in capitals with its portfolios and place, or two joined by "and", before a person's name from els[0]: the elements from that name on, or
 * `els` where no such title opens them. The title has no punctuation in it.
 */
export function skipLongTitle(ctx: AttributionContext, els: Element[]): Element[] {
  if (!(els[0] && (els[0].cls & ROLE_HEAD || initialsBeforeTitle(ctx, els)) && !els[0].name)) return els;
  for (let j = 1; j < els.length && j <= MAX_LONG_TITLE; j++) {
    const e = els[j]!;
    if (punctuatedBetween(ctx, els[j - 1]!.end, e.start)) return els;
    if (e.name?.kind === 'person') return els.slice(j);
    // "Chairman and Chief Executive": "and" joins two titles in capitals.
    const next = els[j + 1];
    const joinsTitles = e.lower === 'and' && next !== undefined && !next.name && (next.cls & ROLE_HEAD) !== 0 && next.capitalised;
    if (e.name ? e.name.kind !== 'place' : !(e.capitalised || TITLE_LINKS.has(e.lower) || joinsTitles)) return els;
  }
  return els;
}

/**
 * `,” KDA High Commissioner for Refugees Ana Ruiz said`: a body's initials that no name holds may open the title in
 * capitals, its head one or two words on.
 */
function initialsBeforeTitle(ctx: AttributionContext, els: Element[]): boolean {
  const first = els[0]!;
  if (first.lower === undefined || first.end - first.start < 2 || first.end - first.start > MAX_INITIALS || !/^\p{Lu}+$/u.test(ctx.text.slice(first.start, first.end))) return false;
  const head = (els[1]?.cls ?? 0) & ROLE_HEAD ? els[1] : els[2];
  return head?.lower !== undefined && (head.cls & ROLE_HEAD) !== 0 && head.capitalised && !punctuatedBetween(ctx, first.end, head.start);
}

/** Most letters of a body's initials opening a title ("UNHCR"). */
const MAX_INITIALS = 6;

/** Most words of a title in capitals with its portfolios and place ("Secretary of State for Civil Protection for Ostra"). */
const MAX_LONG_TITLE = 10;

/** Most lower-case title words between a body and the person they name ("deputy chief spokesman"). */
const MAX_TITLE_WORDS = 3;

/** Words that join a title to its body ("spokesperson of the Y", "director at Z"). */
export const TITLE_LINKS: ReadonlySet<string | undefined> = new Set(['of', 'for', 'at', 'the']);

/** " “ ” ‘ ’ ' */
const QUOTATION_MARKS: ReadonlySet<number> = new Set([34, 0x201c, 0x201d, 0x2018, 0x2019, 39]);

/** Where the title words written right before els[at] (no punctuation between) begin; `at` where there are none. */
export function titleOpening(ctx: AttributionContext, els: Element[], at: number): number {
  let i = at;
  while (i > 0 && els[i - 1]!.cls & (ROLE_HEAD | ROLE_MODIFIER) && !punctuatedBetween(ctx, els[i - 1]!.end, els[i]!.start)) i--;
  return i;
}

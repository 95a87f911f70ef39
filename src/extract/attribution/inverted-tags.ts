/** Speakers named after the verb of an inverted tag (`,” said <title> <name>`) whose title no list of titles reads whole. */
import { type AttributionContext, type Element, hasCharBetween, punctuatedBetween } from './context';
import { isCount } from './words';
import { classAt, DOT, LOWER, UPPER } from '../chars';
import { TITLE_LINKS } from './titled-people';
import { FUNCTION, MONTH, REPORTING_VERB, ROLE_HEAD, ROLE_MODIFIER, SPOKESNOUN, WEEKDAY } from '../wordclass';
import { DAY_PARTS, HONORIFICS, POSSESSIVES } from '../lexicon';
import { SPOKEN_SETTINGS } from './quote-speakers';

/**
 * `,” said President of Varn Tomas Kelmor.`, `,” said baker Ilse, 58, after …`: after the verb, a title
 * in capitals naming the country or body it serves ("President of Varn"), or a few lower-case words of
 * a trade ("baker"), then the person's name closing the tag: that person speaks. A name the text knows
 * by one word only (read as no person) counts when the age a comma sets after it says it is someone's.
 */
export function titledAfterVerb(ctx: AttributionContext, els: Element[]): number | null {
  if (!(els[0]!.cls & REPORTING_VERB)) return null;
  const office = officeThenName(ctx, els);
  if (office !== null) return office;
  const j = titleOfPlace(ctx, els) ?? tradeWords(ctx, els) ?? determinedTitle(ctx, els);
  const name = j === null ? undefined : els[j]!.name;
  if (name === undefined || punctuatedBetween(ctx, els[j! - 1]!.end, name.start)) return null;
  const rest = ctx.text.slice(name.end, name.end + 2);
  if (name.kind === 'person') return j === els.length - 1 || /^\s*[,.]/.test(rest) || spokenIn(ctx, els, j!) ? name.entity : null;
  return name.kind === 'other' && /^,\s*$/.test(ctx.text.slice(name.end, els[j! + 1]?.start ?? name.end)) && isCount(els[j! + 1]) && ageClosed(ctx, els[j! + 1]!) ? name.entity : null;
}

/**
 * `,” declared his minister of the interior Tomas Varnsson on Kelmor TV.`: a phrase of where or how he spoke ("on", "in",
 * "at", "during") may close the tag after the name, as a comma or a full stop does.
 */
const spokenIn = (ctx: AttributionContext, els: Element[], j: number): boolean =>
  SPOKEN_SETTINGS.has(els[j + 1]?.lower) && /^ $/.test(ctx.text.slice(els[j]!.end, els[j + 1]!.start));

/** Index after "President of Varn" (a capitalised head, "of" and capitalised words no name holds) from els[1], or null. */
function titleOfPlace(ctx: AttributionContext, els: Element[]): number | null {
  const head = els[1];
  if (!head || head.name || !(head.cls & ROLE_HEAD) || !(classAt(ctx.text, head.start) & UPPER) || els[2]?.lower !== 'of') return null;
  let j = 3;
  while (j < els.length && j < 3 + MAX_PLACE_WORDS && !els[j]!.name && (TITLE_LINKS.has(els[j]!.lower) || classAt(ctx.text, els[j]!.start) & UPPER)) {
    if (punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start)) return null;
    j++;
  }
  return j > 3 && els[j]?.name?.kind === 'person' ? j : null;
}

/**
 * `,” said the Representative of the Kelmor Fund for Children (KFC) in Ostra, Mrs Lotte Varnholm.`: "the" or a possessive,
 * a title, "of" and the body it serves (named, maybe with its short form in brackets and "in" its place), then a comma and
 * the person's name closing the tag: the person speaks, not "the Representative". Why: the comma before the name ended
 * the title's reach, and the quote went to the bare title. The person's entity, or null.
 */
function officeThenName(ctx: AttributionContext, els: Element[]): number | null {
  if (els[1]?.lower !== 'the' && !POSSESSIVES.has(els[1]?.lower)) return null;
  let j = 2;
  while (j < 2 + MAX_DETERMINED_TITLE && els[j]?.lower !== undefined && els[j]!.cls & (ROLE_HEAD | ROLE_MODIFIER | SPOKESNOUN)) j++;
  if (j === 2 || !(els[j - 1]!.cls & (ROLE_HEAD | SPOKESNOUN)) || els[j]?.lower !== 'of') return null;
  let named = false;
  for (let k = j + 1; k < els.length && k <= j + MAX_OFFICE_WORDS; k++) {
    const gap = ctx.text.slice(els[k - 1]!.end, els[k]!.start);
    if (/^\s*,\s*$/.test(gap)) {
      const name = (HONORIFICS.has(els[k]!.lower ?? '') ? els[k + 1] : els[k])?.name;
      const last = name === undefined ? '' : ctx.text.slice(name.end, name.end + 2);
      return named && name?.kind === 'person' && /^\s*(?:[,.]|$)/.test(last) ? name.entity : null;
    }
    // Only brackets around the body's short form may stand between its words before that comma.
    if (!/^[\s()]*$/.test(gap)) return null;
    named ||= els[k]!.name !== undefined && els[k]!.name!.kind !== 'person';
  }
  return null;
}

/** Most words of the body a title serves and its place, before the comma and the name ("the UN Fund (UNF) in Ostra"). */
const MAX_OFFICE_WORDS = 8;

/** Most words of the place or body a capitalised title serves ("of the Republic of Varn"). */
const MAX_PLACE_WORDS = 4;

/** Index after one or two lower-case words of a trade ("shopkeeper", "retired nurse") from els[1], or null. */
function tradeWords(ctx: AttributionContext, els: Element[]): number | null {
  let j = 1;
  while (j < 1 + MAX_TRADE_WORDS && els[j]?.lower !== undefined && !(els[j]!.cls & (FUNCTION | REPORTING_VERB)) && classAt(ctx.text, els[j]!.start) & LOWER) {
    if (punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start)) return null;
    j++;
  }
  return j > 1 && els[j]?.name ? j : null;
}

const MAX_TRADE_WORDS = 2;

/**
 * `,” said its spokeswoman Lena Park.`, `,” said the Finance Minister Tomas Kelmor, …`: "the" or a possessive ("its",
 * "their") after the verb, then title words ending in a title's head or a speaker's noun, then the person's name: the
 * person speaks, not the title. Index of the name after the title, or null.
 */
function determinedTitle(ctx: AttributionContext, els: Element[]): number | null {
  const det = els[1]?.lower;
  if (det !== 'the' && !POSSESSIVES.has(det)) return null;
  let j = 2;
  while (j < 2 + MAX_DETERMINED_TITLE && els[j]?.lower !== undefined && els[j]!.cls & (ROLE_HEAD | ROLE_MODIFIER | SPOKESNOUN)) {
    if (punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start)) return null;
    j++;
  }
  if (j === 2 || !(els[j - 1]!.cls & (ROLE_HEAD | SPOKESNOUN))) return null;
  if (els[j - 1]!.cls & ROLE_HEAD) j = portfolioAfter(ctx, els, j);
  return els[j]?.name?.kind === 'person' ? j : null;
}

/**
 * `,” declared his minister of the interior Tomas Varnsson`, `,” said its minister of Health Ana Ruiz`: "of" or "for", maybe
 * "the", and a few words of the portfolio or body the title's head at els[j - 1] serves, with no name or punctuation among
 * them, before the person's name: the index of that name, else j (determinedTitle then reads on as before).
 */
function portfolioAfter(ctx: AttributionContext, els: Element[], j: number): number {
  if (els[j]?.lower !== 'of' && els[j]?.lower !== 'for') return j;
  let k = els[j + 1]?.lower === 'the' ? j + 2 : j + 1;
  const first = k;
  while (k < first + MAX_PORTFOLIO_WORDS && els[k]?.lower !== undefined && !els[k]!.name && !(els[k]!.cls & (FUNCTION | REPORTING_VERB))) k++;
  return k > first && els[k]?.name?.kind === 'person' && !punctuatedBetween(ctx, els[j - 1]!.end, els[k]!.start) ? k : j;
}

/** Most words of a portfolio after "of" ("the interior", "foreign affairs", "health and welfare" less its "and"). */
const MAX_PORTFOLIO_WORDS = 3;

/** Most title words after "the" or a possessive ("deputy chief spokesman"). */
const MAX_DETERMINED_TITLE = 3;

/** The age is set off by a comma or closes the sentence ("Ilse, 58, after …", "Ilse, 58."). */
const ageClosed = (ctx: AttributionContext, age: Element): boolean => /^\s*[,.]/.test(ctx.text.slice(age.end, age.end + 2)) || age.end >= ctx.text.length;

/**
 * `,” cautioned, on Friday, March 3, Prime Minister Tomas Varnsson from Brussels, …`: a date set off by commas between the
 * verb at els[0] and the speaker (in wire copy translated from French) does not cut the inverted tag; the person named
 * right after it, maybe behind a title in capitals, speaks. His entity, or null.
 */
export function datedAfterVerb(ctx: AttributionContext, els: Element[]): number | null {
  if (!(els[0]!.cls & REPORTING_VERB) || els[1] === undefined || !/^\s*,\s*$/.test(ctx.text.slice(els[0]!.end, els[1].start))) return null;
  let k = 1;
  while (k < els.length && k <= MAX_DATE_WORDS && dateWord(els[k]!)) k++;
  if (k === 1 || k >= els.length || !(els.slice(1, k).some((e) => e.cls & (WEEKDAY | MONTH))) || !/^\s*,\s*$/.test(ctx.text.slice(els[k - 1]!.end, els[k]!.start))) return null;
  let j = k;
  while (j < k + MAX_DATED_TITLE && els[j]?.lower !== undefined && els[j]!.cls & (ROLE_HEAD | ROLE_MODIFIER) && classAt(ctx.text, els[j]!.start) & UPPER && (j === k || !punctuatedBetween(ctx, els[j - 1]!.end, els[j]!.start))) j++;
  const name = els[j]?.name;
  return name?.kind === 'person' && (j === k || !punctuatedBetween(ctx, els[j - 1]!.end, name.start)) && !hasCharBetween(ctx, els[0]!.end, els[k - 1]!.end, DOT) ? name.entity : null;
}

/** A word of a date: a weekday, a month, a day's number or a year, "on", "last" or a part of the day ("Thursday morning"). */
const dateWord = (e: Element): boolean => (e.cls & (WEEKDAY | MONTH)) !== 0 || (e.lower !== undefined && (/^\d{1,4}$/.test(e.lower) || DATE_LINKS.has(e.lower) || DAY_PARTS.has(e.lower)));

/** Small words of a date phrase ("on Thursday", "last Friday"). */
const DATE_LINKS: ReadonlySet<string> = new Set(['on', 'last', 'late', 'early', 'this']);

/** Most words of a date set between the verb and the speaker ("on Thursday, July 15, 2021"). */
const MAX_DATE_WORDS = 6;

/** Most capitalised title words before the speaker's name after the date ("Prime Minister"). */
const MAX_DATED_TITLE = 3;


/** Speakers named after the verb of an inverted tag (`,” said <title> <name>`) whose title no list of titles reads whole. */
import { type AttributionContext, type Element, punctuatedBetween } from './context';
import { isCount } from './words';
import { classAt, LOWER, UPPER } from '../chars';
import { TITLE_LINKS } from './titled-people';
import { FUNCTION, REPORTING_VERB, ROLE_HEAD, ROLE_MODIFIER, SPOKESNOUN } from '../wordclass';
import { POSSESSIVES } from '../lexicon';

/**
 * `,” said President of Varn Tomas Kelmor.`, `,” said baker Ilse, 58, after …`: after the verb, a title
 * in capitals naming the country or body it serves ("President of Varn"), or a few lower-case words of
 * a trade ("baker"), then the person's name closing the tag: that person speaks. A name the text knows
 * by one word only (read as no person) counts when the age a comma sets after it says it is someone's.
 */
export function titledAfterVerb(ctx: AttributionContext, els: Element[]): number | null {
  if (!(els[0]!.cls & REPORTING_VERB)) return null;
  const j = titleOfPlace(ctx, els) ?? tradeWords(ctx, els) ?? determinedTitle(ctx, els);
  const name = j === null ? undefined : els[j]!.name;
  if (name === undefined || punctuatedBetween(ctx, els[j! - 1]!.end, name.start)) return null;
  const rest = ctx.text.slice(name.end, name.end + 2);
  if (name.kind === 'person') return j === els.length - 1 || /^\s*[,.]/.test(rest) || spokeOnOutlet(ctx, els, j!) ? name.entity : null;
  return name.kind === 'other' && /^,\s*$/.test(ctx.text.slice(name.end, els[j! + 1]?.start ?? name.end)) && isCount(els[j! + 1]) && ageClosed(ctx, els[j! + 1]!) ? name.entity : null;
}

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
  if (els[j - 1]!.cls & ROLE_HEAD) j = portfolioAfter(els, j);
  return els[j]?.name?.kind === 'person' ? j : null;
}

/**
 * `,” declared its minister of Health Ana Ruiz`: "of" or "for" and a portfolio's words after the title are the title's
 * too; the index after them, or `j` where none stand there.
 */
function portfolioAfter(els: Element[], j: number): number {
  if (els[j]?.lower !== 'of' && els[j]?.lower !== 'for') return j;
  let k = j + 1;
  while (k < j + 1 + MAX_DETERMINED_TITLE && els[k]?.lower !== undefined && !els[k]!.name && els[k]!.cls & ROLE_MODIFIER) k++;
  return k > j + 1 ? k : j;
}

/**
 * `,” said the minister Ana Ruiz on Kelmor TV.`: "on" and an outlet closing the tag after the name say where the person
 * spoke; the name still closes the tag.
 */
function spokeOnOutlet(ctx: AttributionContext, els: Element[], j: number): boolean {
  const outlet = els[j + 2]?.name;
  return els[j + 1]?.lower === 'on' && outlet?.kind === 'outlet' && (j + 2 === els.length - 1 || /^\s*[,.]/.test(ctx.text.slice(outlet.end, outlet.end + 2)));
}

/** Most title words after "the" or a possessive ("deputy chief spokesman"). */
const MAX_DETERMINED_TITLE = 3;

/** The age is set off by a comma or closes the sentence ("Ilse, 58, after …", "Ilse, 58."). */
const ageClosed = (ctx: AttributionContext, age: Element): boolean => /^\s*[,.]/.test(ctx.text.slice(age.end, age.end + 2)) || age.end >= ctx.text.length;

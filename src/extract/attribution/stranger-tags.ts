/** The unnamed person a quote's own tag describes ("…,” said a bus driver), whom a later "he" or "she" stands for; separate because pronouns and unnamed reporters both read it. */
import { type AttributionContext, elements } from './context';
import { firstFrom } from '../ranges';
import { endsClause, type Quote } from '../quotes';
import { PEOPLE, reporterAfter, type Reporter, STRANGER_OPENERS } from './unnamed-reporters';
import { PERSON_NOUN, REPORTING_VERB, ROLE_HEAD, SPOKESNOUN, wordClass } from '../wordclass';

/**
 * `“The roof just fell in,” said a bus driver named Orla. “…,” she said.`: a quote in sentence `i` whose tag names someone
 * the text does not name, by one person's noun ("a bus driver", "an onlooker surnamed Berg"), makes that person the one
 * who spoke last; a "he" or "she" (`word`) after it stands for them, not for a name the tag or a sentence before holds
 * (a place misread as a person: "the old Varn No. 2 mill"). Their reporter as the tag gave it, or null.
 */
export function strangerTag(ctx: AttributionContext, word: string, i: number): Reporter | null {
  if (word !== 'he' && word !== 'she') return null;
  const s = ctx.sents[i]!;
  const seg = ctx.quoted[firstFrom(ctx.quoted, s.end) - 1];
  if (seg === undefined || seg.end < s.start || seg.end >= s.end) return null;
  // The comma or stop closing the quoted words may stand inside the marks ("…away,” said …").
  let close = seg.end;
  while (close < s.end && endsClause(ctx.text.charCodeAt(close))) close++;
  if (!CLOSERS.has(ctx.text.charCodeAt(close))) return null;
  // Most quotes are tagged by a name or a pronoun: only an article (after the verb or not) opens a stranger's tag.
  const els = elements(ctx, close + 1, s.end);
  const at = (els[0]?.cls ?? 0) & REPORTING_VERB ? 1 : 0;
  if (!STRANGER_OPENERS.has(els[at]?.lower)) return null;
  const q: Quote = { open: seg.start - 1, close: close + 1, segments: [seg], para: s.para, closed: true };
  const found = reporterAfter(ctx, q, s.end);
  return found !== null && onePerson(ctx.text.slice(found.start, found.end)) ? found : null;
}

/** The reporter's words hold the noun of one person ("a local nurse", "a man surnamed Berg"), not of a body or a group. */
function onePerson(label: string): boolean {
  return label
    .toLowerCase()
    .split(/\s+/)
    .some((w) => !(w.endsWith('s') && !w.endsWith('ss')) && (PEOPLE.has(w) || (wordClass(w) & (PERSON_NOUN | SPOKESNOUN | ROLE_HEAD)) !== 0));
}

/** Closing quotation marks. */
const CLOSERS: ReadonlySet<number> = new Set([0x201d, 34, 0xbb, 0x2019, 39]);

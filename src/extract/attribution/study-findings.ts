/** A sentence whose subject is a named author's poll, survey or model and whose verb says what it finds; separate because its cue is the study, not a verb of speech. */
import { type AttributionContext, type Element, possessed, punctuatedBetween, sentenceElements } from './context';
import { ARTICLES, SPEAKS } from './words';
import { FUNCTION } from '../wordclass';

/**
 * "The final Ostra Insights poll shows Varn ahead 52-48", "Kelmor Analytics' modelling points to a
 * majority of 84 seats", "a poll of the Brask firm, carried out for two papers, showed a tie": a
 * sentence opening with a study whose author is named (before the noun, or after "of"/"by") and whose
 * verb says what it finds gives that author's figures, whatever the verb; so does a clause opening at els[start] so ("While
 * officials said 300, an Ostra Press count shows 420"). The author's entity, or null ("Varn doubted the poll" opens with
 * no study; "A poll worker said" names no finding).
 */
export function studyFinding(ctx: AttributionContext, els: Element[], start = 0): number | null {
  // "Meanwhile, …": a word set off by a comma may open the sentence before its subject.
  let at = els[start]?.lower !== undefined && els[start + 1] && punctuatedBetween(ctx, els[start]!.end, els[start + 1]!.start) ? start + 1 : start;
  if (ARTICLES.has(els[at]?.lower ?? '')) at++;
  let author: Element | undefined;
  let noun = -1;
  for (let k = at; k < els.length && k <= at + OPENING_REACH; k++) {
    const e = els[k]!;
    if (k > at && punctuatedBetween(ctx, els[k - 1]!.end, e.start) && !possessed(ctx, els[k - 1]!)) return null;
    if (e.name) {
      if (author) return null;
      author = e;
      continue;
    }
    if (STUDIES.has(e.lower)) {
      noun = k;
      break;
    }
    // Only plain words describing the study ("final", "latest") stand before it.
    if (e.cls & FUNCTION) return null;
  }
  if (noun < 0) return null;
  let from = noun + 1;
  if (!author && (els[from]?.lower === 'of' || els[from]?.lower === 'by')) {
    const k = ARTICLES.has(els[from + 1]?.lower ?? '') ? from + 2 : from + 1;
    author = els[k]?.name ? els[k] : undefined;
    from = k + 1;
  }
  if (!author?.name || !SPEAKS.has(author.name.kind)) return null;
  // "a poll of the Brask firm carried out for two papers in Varn, showed": the study's own words may stand before its verb.
  for (let k = from; k < els.length && k <= from + FINDING_REACH; k++) {
    const e = els[k]!;
    if (FINDING_VERBS.has(e.lower)) return e.lower === 'points' || e.lower === 'pointed' ? (els[k + 1]?.lower === 'to' ? author.name.entity : null) : author.name.entity;
    if (e.name && SPEAKS.has(e.name.kind) && e.name.kind !== 'other') return null;
  }
  return null;
}

/**
 * "Kelmor Analytics' modelling points to 84 seats for Varn. Independents would hold 14, the Greens three.": a
 * sentence with no source of its own that tells, in "would", what the study finds, in the paragraph right after
 * that study's finding (or in its own), goes on with it. The author's entity, or null.
 */
export function studyOutcome(ctx: AttributionContext, i: number): number | null {
  const before = ctx.sents[i - 1];
  if (!before || before.para < ctx.sents[i]!.para - 1 || !sentenceElements(ctx, i).some((e) => e.lower === 'would')) return null;
  return studyFinding(ctx, sentenceElements(ctx, i - 1));
}

/**
 * Nouns of a study that finds what its author gives; an outlet's or a body's own count is one too ("An Ostra Press count
 * shows at least 420 died", "Kelmor Times's tally showed 88"), and so is its inquiry or report ("An EU inquiry found that
 * 380 reporters were jailed", "The report by Kelmor Rights details the deaths of nine people").
 */
const STUDIES: ReadonlySet<string | undefined> = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'modelling', 'modeling', 'model', 'projection', 'projections', 'count', 'tally', 'analysis', 'review', 'investigation', 'inquiry', 'probe', 'report']);

/** Verbs saying what a study finds ("shows", "points to"). */
const FINDING_VERBS: ReadonlySet<string | undefined> = new Set(['shows', 'showed', 'show', 'found', 'finds', 'suggests', 'suggested', 'points', 'pointed', 'predicts', 'predicted', 'projects', 'projected', 'indicates', 'indicated', 'gives', 'gave', 'puts', 'put', 'details', 'detailed', 'documents', 'documented']);

/** Words from the sentence's opening to the study's noun ("final Ostra Insights"). */
const OPENING_REACH = 4;

/** Words of the study's own phrase before its verb ("firm carried out for some papers in Varn"). */
const FINDING_REACH = 12;

/** Where a quote's tag starts past a clause set between the quote and the tag; its own file so that the reporter's reading (unnamed-reporters) only calls it. A named speaker there is already the sentence's source. */
import { type AttributionContext, elements, endsSentenceBetween, hasReportingVerb } from './context';
import { COMMA } from '../chars';
import { rangeAt } from '../ranges';
import type { Quote } from '../quotes';

/**
 * `“All of the crew were saved,” except for one who was hurt on the deck, a port official said`: a quote opening its
 * sentence, closed by a comma inside its marks, then a clause in lower case with no verb of speech, set off by a comma:
 * that clause qualifies the quote, and the tag after it names the speaker. The offset where that tag starts, or null.
 * `“Nobody yet knows what set off the leak” and the port was checking, Ana Ruiz, a harbour official said`: a
 * clause joined to the quote by "and", with no comma in the marks, is more of the same speaker's words, told
 * in the writer's; the tag after it names the one who said both.
 */
export function interposedTagStart(ctx: AttributionContext, q: Quote, paraEnd: number): number | null {
  const sent = rangeAt(ctx.sents, q.open);
  if (sent === undefined || ctx.text.slice(sent.start, q.open).trim() !== '') return null;
  const rest = ctx.text.slice(q.close, Math.min(paraEnd, sent.end, q.close + INTERPOSED_REACH));
  if (ctx.text.charCodeAt(q.close - 2) !== COMMA && !rest.startsWith(' and ')) return null;
  const clause = /^\s+[\p{Ll}\d][^,“”"«»]*,/u.exec(rest);
  if (clause === null) return null;
  const end = q.close + clause[0].length;
  const els = elements(ctx, q.close, end - 1);
  if (els.length === 0 || els[0]!.lower === 'according' || hasReportingVerb(els) || endsSentenceBetween(ctx, q.close, end)) return null;
  return end;
}

/** Most characters of a clause set between a quote and its tag. */
const INTERPOSED_REACH = 140;

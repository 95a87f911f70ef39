/** "Ana Varga from the OSPT Police union, told reporters …": a body's lower-case head after its name is the name's, so the member before it stays the subject. */
import { type AttributionContext, type Element, punctuatedBetween } from './context';

/** Lower-case heads of bodies of members written after their name ("the Kelmor Dockers union"). */
const MEMBER_HEADS: ReadonlySet<string> = new Set(['union', 'federation', 'association', 'syndicate']);

/**
 * els[i] is such a head right after a name, with no punctuation between them, and a comma after it: the phrase of the
 * name ends there, so the subject is read from the name back ("One of the officials, Ana Varga from the OSPT Police
 * union, told reporters": Varga, the member, not the union's first words).
 */
export function memberHeadAfterName(ctx: AttributionContext, els: Element[], i: number): boolean {
  const head = els[i]!;
  const name = els[i - 1];
  return head.lower !== undefined && MEMBER_HEADS.has(head.lower) && name?.name !== undefined && !punctuatedBetween(ctx, name.end, head.start) && i + 1 < els.length && punctuatedBetween(ctx, head.end, els[i + 1]!.start);
}

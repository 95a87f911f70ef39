import type { SourceCard } from './types';

/**
 * One card per known entity: "Médecins Sans Frontières" and "Doctors Without Borders" in one article are one
 * organisation, which the packs know under both names, so a reader sees it once with both forms. The card keeps the
 * name the article uses first (`cards` are in the order of first mention), and the sum of the uses.
 */
export function oneCardPerEntity(cards: readonly SourceCard[]): SourceCard[] {
  const byEntity = new Map<string, SourceCard>();
  const out: SourceCard[] = [];
  for (const card of cards) {
    const id = card.entity?.id;
    const first = id === undefined ? undefined : byEntity.get(id);
    if (!first) {
      if (id !== undefined) byEntity.set(id, card);
      out.push(card);
      continue;
    }
    const merged: SourceCard = {
      ...first,
      count: first.count + card.count,
      forms: [...new Set([...first.forms, card.name, ...card.forms])],
      role: first.role ?? card.role,
      cited: first.cited || card.cited,
    };
    byEntity.set(id!, merged);
    out[out.indexOf(first)] = merged;
  }
  return out;
}

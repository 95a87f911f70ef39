import { nameKey } from '../cache/normalize';
import type { Knowledge } from '../cache/knowledge';
import type { Mention } from '../extract/types';
import { isAcronym } from '../extract/tokens';
import type { Entity } from '../packs/format';
import type { MatchReason } from './types';

export interface SourceMatch {
  mention: Mention;
  entity: Entity | null;
  matchedBy: MatchReason | null;
}

/** The alias of an entity whose key equals the given key (the name itself when it is the name). */
function aliasWithKey(e: Entity, key: string): string {
  return [e.name, ...e.aliases].find((a) => nameKey(a) === key) ?? e.name;
}

/**
 * Matches each mention to a cached entity by its normalised forms, longest form first, so
 * "Enrique Torre Molina" decides before "Molina". Several candidates: the one of the same kind wins;
 * a tie between different entities of the same kind is left unmatched rather than guessed.
 */
export async function matchSources(mentions: Mention[], knowledge: Knowledge): Promise<SourceMatch[]> {
  const formsOf = (m: Mention) => [...new Set([m.name, ...m.forms])].sort((a, b) => b.length - a.length);
  const keys = [...new Set(mentions.flatMap((m) => formsOf(m).map(nameKey)).filter(Boolean))];
  const found = await knowledge.entitiesByKeys(keys);
  return mentions.map((mention) => {
    const forms = formsOf(mention);
    for (const form of forms) {
      const key = nameKey(form);
      const candidates = found.get(key) ?? [];
      const sameKind = candidates.filter((c) => c.kind === mention.kind);
      // "Armed Forces of Kelmor (AFP)": the initials of a longer name match only an entity of the name's kind, not the
      // outlet that bears the same initials.
      if (!sameKind.length && form !== forms[0] && isAcronym(form) && forms[0]!.includes(' ')) continue;
      const pool = sameKind.length ? sameKind : candidates;
      const distinct = [...new Map(pool.map((c) => [c.id, c])).values()];
      if (distinct.length === 1) {
        const entity = distinct[0]!;
        if (form !== forms[0] && anotherPerson(forms[0]!, entity)) break;
        return { mention, entity, matchedBy: { form, alias: aliasWithKey(entity, key) } };
      }
    }
    return { mention, entity: null, matchedBy: null };
  });
}

/**
 * "Rashid Kadyrov … Kadyrov said": the surname the packs know as Ramzan Kadyrov's alias names another person, whose
 * given name the article wrote in full. A shorter form matches a known person only where the full name the article
 * gives opens with one of their names before the last ("Vladimir V. Putin" is Vladimir Putin).
 */
function anotherPerson(full: string, entity: Entity): boolean {
  const first = nameKey(full).split(' ');
  if (entity.kind !== 'person' || first.length < 2) return false;
  // "Tayyip Erdogan" is Recep Tayyip Erdoğan: the name the article opens with may be any but the last of theirs.
  return ![entity.name, ...entity.aliases].some((n) => nameKey(n).split(' ').slice(0, -1).includes(first[0]!));
}

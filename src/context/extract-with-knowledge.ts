import type { Knowledge } from '../cache/knowledge';
import { nameKey } from '../cache/normalize';
import { extract, gazetteerKind, type Extraction, type Gazetteer, type MentionKind } from '../extract';

/**
 * Extraction with the installed packs as its gazetteer. The names a first pass finds are looked up;
 * where the packs know a name as one kind (every entity under it of the same kind) and the lexicon
 * guessed another, a second pass runs with the packs' kinds. A name the packs do not know, or know as
 * several kinds, keeps the guess: the cache helps, nothing depends on it.
 */
export async function extractWithKnowledge(text: string, knowledge: Knowledge): Promise<Extraction> {
  const first = extract(text);
  const keys = [...new Set(first.mentions.flatMap((m) => [m.name, ...m.forms].map(nameKey)).filter(Boolean))];
  if (keys.length === 0) return first;
  const kinds = new Map<string, MentionKind>();
  for (const [key, entities] of await knowledge.entitiesByKeys(keys)) {
    if (new Set(entities.map((e) => e.kind)).size === 1) kinds.set(key, entities[0]!.kind);
  }
  const gazetteer: Gazetteer = { kindOf: (name) => kinds.get(nameKey(name)) ?? null };
  const disagrees = first.mentions.some((m) => {
    const kind = gazetteerKind(gazetteer, [m.name, ...m.forms]);
    return kind !== null && kind !== m.kind;
  });
  return disagrees ? extract(text, { gazetteer }) : first;
}

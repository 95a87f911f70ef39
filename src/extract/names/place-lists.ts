/** Names listed beside places are places: a pass after every name has its kind, as a list's items are read from each other's kinds. */
import type { Group } from './merge';
import { isListItem } from './place-neighbours';
import type { MentionKind } from '../types';

/**
 * "one each in Barangays Candadam, Pangasugan, and Bunga", "Davao region, Caraga and the Bangsamoro
 * Region": a name the words around it left without a kind ('other') that a list joins to a place
 * ("A, B", "A and B", "A, and the B") is a place too, where it is an item of the list ("Ostra, Kelmor Party chairman Ana Ruiz" is no list). Runs until no kind changes, as one item placed
 * places the next. Returns the kinds, changed or not.
 */
export function withListedPlaces(groups: readonly Group[], kinds: readonly MentionKind[], text: string): MentionKind[] {
  const out = [...kinds];
  if (!out.includes('other') || !out.includes('place')) return out;
  const uses = usesInOrder(groups);
  for (let changed = true; changed; ) {
    changed = false;
    for (let j = 0; j < uses.length; j++) {
      const u = uses[j]!;
      if (out[u.entity] !== 'other') continue;
      const before = uses[j - 1];
      const after = uses[j + 1];
      const listed = (a: Use | undefined, b: Use | undefined, place: Use | undefined): boolean =>
        a !== undefined && b !== undefined && place !== undefined && out[place.entity] === 'place' && LIST_JOINT.test(text.slice(a.end, b.start));
      if ((listed(before, u, before) && isListItem(text, u.start, u.end)) || listed(u, after, after)) {
        out[u.entity] = 'place';
        changed = true;
      }
    }
  }
  return out;
}

/** Every use of every name, with its name's index, in text order; built with loops, as flatMap costs more than the rest of the pass. */
function usesInOrder(groups: readonly Group[]): Use[] {
  const uses: Use[] = [];
  for (let entity = 0; entity < groups.length; entity++) for (const o of groups[entity]!.occurrences) uses.push({ start: o.start, end: o.end, entity });
  return uses.sort((a, b) => a.start - b.start);
}
interface Use {
  start: number;
  end: number;
  entity: number;
}

/** What joins two items of a list: ", ", " and ", ", and the ", " or ". */
const LIST_JOINT = /^(?:, (?:(?:and|or) )?|,? (?:and|or) )(?:the )?$/;

/** The kind the lexicon's own names (outlets, governments, organisations, places) and titles give a name; separate because it looks names up, before any word around them is read. */
import { CENTRAL_BANK_INITIALS, EXCHANGE_NAMES, GOVERNMENT_NAMES, KNOWN_NAMES, MOVEMENT_NAMES, ORGANIZATION_NAMES, OUTLETS, PLACES } from '../lexicon';
import type { Group } from './merge';
import type { Occurrence } from './occurrence';
import { isDestination, isRegionOfPlace } from './place-cues';
import type { MentionKind } from '../types';

/**
 * Kind of a merged mention from the lexicon's names of outlets, governments, organisations and places,
 * and from titles before most of its uses, or null where they say nothing.
 */
export function knownNameKind(group: Group, text: string): MentionKind | null {
  // "Pakistan Bureau of Statistics (PBS)": a short form given in brackets is the longer name's, even
  // where an outlet has it too.
  const own = group.key.includes(' ') ? group.occurrences.filter((o) => !(o.bracketed && o.words.length === 1)) : group.occurrences;
  // Most names are none the lexicon knows: one lookup per form in all its names rules them out.
  const lexicon = own.some((o) => KNOWN_NAMES.has(o.key));
  // "NNN-XINHUA": a wire credit joining a known outlet.
  // "the far-right Kelm party": an outlet's name that is also a party's says the party where "party" follows it each time.
  if ((lexicon && anyKey(own, OUTLETS) && !own.every((o) => PARTY_AFTER.test(text.slice(o.end, o.end + 7)))) || (group.key.includes('-') && group.key.split('-').some((part) => part !== group.key && OUTLETS.has(part)))) return 'outlet';
  if (lexicon && anyKey(own, GOVERNMENT_NAMES)) return group.occurrences.every((o) => isDestination(text, o.start)) ? 'place' : 'government';
  // Most names are none of the bodies listed below either: one lookup per use rules out all four lists.
  const listed = anyKey(group.occurrences, LISTED_BODIES);
  // "The RBI cut rates": a central bank known by its initials is the state's.
  if (listed && anyKey(group.occurrences, CENTRAL_BANK_INITIALS)) return 'government';
  if (listed && (anyKey(own, ORGANIZATION_NAMES) || anyKey(own, MOVEMENT_NAMES) || anyKey(own, EXCHANGE_NAMES))) return 'organization';
  // "Councilor Jordan": a title before most uses of the name says a person, over a place of that
  // name; not a title ending in "of", whose name is its place ("Lord Mayor of London").
  const titledUses = group.occurrences.filter((o) => o.role && !/\bof(?: the)?$/i.test(o.role)).length;
  if (titledUses * 2 > group.occurrences.length) return 'person';
  if ((lexicon && anyKey(own, PLACES)) || own.some(isRegionOfPlace)) return 'place';
  return null;
}

const PARTY_AFTER = /^ party\b/;

/** The central banks' initials, organisations, movements and exchanges the lexicon lists, in one set. */
const LISTED_BODIES: ReadonlySet<string> = new Set([...CENTRAL_BANK_INITIALS, ...ORGANIZATION_NAMES, ...MOVEMENT_NAMES, ...EXCHANGE_NAMES]);

/** The key of one of the group's occurrences is among the `known` names. */
const anyKey = (occurrences: readonly Occurrence[], known: ReadonlySet<string> | ReadonlyMap<string, string>): boolean => occurrences.some((o) => known.has(o.key));

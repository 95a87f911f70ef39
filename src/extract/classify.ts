import {
  COMMON_NOUNS,
  CONNECTORS,
  EVENT_HEADS,
  GIVEN_NAMES,
  GOVERNMENT_HEADS,
  GOVERNMENT_NAMES,
  ORG_CUES,
  ORG_HEADS,
  OUTLET_CUES,
  OUTLET_WORDS,
  OUTLETS,
  PLACES,
  REPORTING_VERBS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  VERB_FILLERS,
} from './lexicon';
import type { Group } from './merge';
import type { Gazetteer, MentionKind } from './types';

/**
 * Kind of a merged mention, from the strongest evidence down: the gazetteer, the lexicon's known
 * names, titles, the words around each occurrence, the words of the name, and finally where it is
 * used ("in Hamburg").
 */
export function classify(group: Group, text: string, gazetteer?: Gazetteer): MentionKind {
  const forms = [group.name, ...new Set(group.occurrences.map((o) => o.form))];
  for (const form of forms) {
    const kind = gazetteer?.kindOf(form) ?? gazetteer?.kindOf(form.toLowerCase());
    if (kind) return kind;
  }
  const keys = new Set(group.occurrences.map((o) => o.words.join(' ').replace(/\./g, '')));
  const anyKey = (s: ReadonlySet<string> | ReadonlyMap<string, string>): boolean => [...keys].some((k) => s.has(k));
  if (anyKey(OUTLETS)) return 'outlet';
  if (anyKey(GOVERNMENT_NAMES)) return 'government';
  if (anyKey(PLACES)) return 'place';

  const words = group.key.split(' ');
  const last = words[words.length - 1]!;
  if (words.some((w) => /^(g|cop)\d+$/.test(w)) || EVENT_HEADS.has(last)) return 'event';
  if (group.occurrences.some((o) => o.role)) return 'person';

  let outletCue = 0;
  let orgCue = 0;
  let placeCue = 0;
  let subject = 0;
  let titled = 0;
  for (const o of group.occurrences) {
    const before = /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, o.start - 30), o.start))?.[1]?.toLowerCase() ?? '';
    const after = text.slice(o.end, o.end + 60);
    const head = appositionHead(after);
    if (OUTLET_CUES.has(before) || OUTLET_CUES.has(head)) outletCue++;
    if (ORG_CUES.has(before) || ORG_CUES.has(head)) orgCue++;
    // "from" gives a place ("fled from Grozny") unless it gives an affiliation ("activists from Greenpeace").
    const beforeFrom = before === 'from' ? /([\p{L}]+)\s+from\s+$/u.exec(text.slice(Math.max(0, o.start - 40), o.start))?.[1] ?? '' : '';
    const affiliation = /^\p{Lu}/u.test(beforeFrom) || COMMON_NOUNS.has(beforeFrom.toLowerCase());
    if (/^(in|at|near)$/.test(before) || (before === 'from' && !affiliation)) placeCue++;
    if (reportsAfter(after)) subject++;
    // "chief executive, Polly Neate" / "spokeswoman Maria Kostas": a lower-case title before the name.
    const title = /([\p{Ll}-]+),?\s+$/u.exec(text.slice(Math.max(0, o.start - 30), o.start))?.[1] ?? '';
    if (ROLE_HEADS.has(title) || ROLE_MODIFIERS.has(title) || ROLE_HEADS.has(head)) titled++;
  }
  if (outletCue && outletCue >= orgCue) return 'outlet';
  if (orgCue) return 'organization';

  if (OUTLET_WORDS.has(last) || words.some((w) => w.startsWith('gazet'))) return 'outlet';
  // The head is last ("Human Rights Council") or before a connector ("Institute for Fiscal Studies").
  const heads = words.filter((_, i) => i === words.length - 1 || CONNECTORS.has(words[i + 1]!));
  if (heads.some((w) => GOVERNMENT_HEADS.has(w))) return 'government';
  if (heads.some((w) => ORG_HEADS.has(w))) return 'organization';

  const full = group.occurrences.filter((o) => o.words.length > 1);
  const surnameReused = group.occurrences.some((o) => o.words.length === 1) && full.length > 0;
  const nameLength = words.length >= 2 && words.length <= 4;
  if (nameLength && (GIVEN_NAMES.has(words[0]!) || surnameReused || titled || (subject && words.length <= 3))) return 'person';
  if (placeCue * 2 > group.occurrences.length && words.length <= 3) return 'place';
  return 'other';
}

/**
 * Head noun of an apposition after a name: "charity" in ", a housing charity", "spokesman" in
 * ", a spokesman for the airline", "secretary" in ", the union’s general secretary".
 */
function appositionHead(after: string): string {
  const phrase = /^,\s+(?:a|an|the|its|his|her|their)\s+([^,.;:()]{1,60})/u.exec(after)?.[1] ?? '';
  const words = phrase.toLowerCase().split(/\s+(?:for|of|at|in|with|from|on|who|which|that)\b/u)[0]!.match(/[\p{L}-]+/gu) ?? [];
  return words[words.length - 1] ?? '';
}

/** "… has also reported": only auxiliaries and adverbs stand between the name and a reporting verb. */
function reportsAfter(after: string): boolean {
  for (const m of after.replace(/^,/, '').matchAll(/[\p{L}]+|[^\s\p{L}]/gu)) {
    const w = m[0].toLowerCase();
    if (REPORTING_VERBS.has(w)) return true;
    if (!VERB_FILLERS.has(w)) return false;
  }
  return false;
}

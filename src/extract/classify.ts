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
  PERSON_NOUNS,
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
  if (words.some((w) => /^(g7|g8|g20|g77|cop\d+)$/.test(w)) || EVENT_HEADS.has(last)) return 'event';
  if (group.occurrences.some((o) => o.role)) return 'person';

  let outletCue = 0;
  let orgCue = 0;
  let placeCue = 0;
  let subject = 0;
  let titled = 0;
  let described = 0;
  for (const o of group.occurrences) {
    const window = text.slice(Math.max(0, o.start - 40), o.start);
    // "in the Alps": the article does not hide the preposition.
    const before = /([\p{L}-]+)\s+(?:the\s+)?$/u.exec(window)?.[1]?.toLowerCase() ?? '';
    const after = text.slice(o.end, o.end + 60);
    const head = appositionHead(after);
    // "in the Folha de S.Paulo newspaper": a cue word right after the name.
    const next = /^\s+([\p{Ll}-]+)/u.exec(after)?.[1] ?? '';
    if (OUTLET_CUES.has(before) || OUTLET_CUES.has(head) || OUTLET_CUES.has(next)) outletCue++;
    if (ORG_CUES.has(before) || ORG_CUES.has(head) || ORG_CUES.has(next)) orgCue++;
    // A preposition gives a place ("fled from Grozny", "in Madrid") unless it gives an affiliation
    // ("activists from Greenpeace", "an economist at ING") or a holding ("shares in Norrland").
    const preposition = /^(in|at|near|from)$/.test(before);
    const owner = preposition ? /([\p{L}]+)\s+\p{L}+\s+(?:the\s+)?$/u.exec(window)?.[1] ?? '' : '';
    const ownerLower = owner.toLowerCase();
    if (preposition && /^(shares|stake|stakes)$/.test(ownerLower)) orgCue++;
    const person = (w: string): boolean => PERSON_NOUNS.has(w) || PERSON_NOUNS.has(w.replace(/s$/, '')) || ROLE_HEADS.has(w);
    const affiliation =
      /^(shares|stake|stakes)$/.test(ownerLower) ||
      (before === 'at' && person(ownerLower)) ||
      (before === 'from' && (/^\p{Lu}/u.test(owner) || COMMON_NOUNS.has(ownerLower) || person(ownerLower)));
    const settlement = /\b(?:town|city|village|hamlet|region|province|district|county|state|island|port)\s+of\s+$/u.test(window);
    if ((preposition && !affiliation) || settlement) placeCue++;
    if (reportsAfter(after)) subject++;
    // "chief executive, Polly Neate" / "spokeswoman Maria Kostas": a lower-case title before the name.
    const title = /([\p{Ll}-]+),?\s+$/u.exec(text.slice(Math.max(0, o.start - 30), o.start))?.[1] ?? '';
    if (ROLE_HEADS.has(title) || ROLE_MODIFIERS.has(title) || ROLE_HEADS.has(head)) titled++;
    // "X, a nurse at …" / "X, who lost …": only people are described so (organisations take "which").
    if (PERSON_NOUNS.has(head) || PERSON_NOUNS.has(title) || /^,\s+who\s/u.test(after)) described++;
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
  if (nameLength && (GIVEN_NAMES.has(words[0]!) || surnameReused || titled || described || (subject && words.length <= 3))) return 'person';
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

import { wordSpans } from '../extract/word-spans';
import type { Claim } from '../extract/types';
import { reporterKey } from './toll-sources';
import type { SourceCard } from './types';

/**
 * Public bodies the article cites only by description ("the health ministry said", "Iranian authorities said",
 * "Ostra's election commission said"): a card each, so a reader sees every body whose word the article relies on,
 * not only the named ones. Only a body the description picks out (a portfolio, a country, a kind of regime before its
 * noun) gets one: "the government", "the ministry" or "his office" alone say too little to be a source of their own.
 * Why: these bodies give the counts a story turns on, and a sidebar that lists only names hides them.
 */
export function describedBodies(claims: readonly Claim[], text: string): SourceCard[] {
  // The labels of each body, as the article wrote them, by the body's key ("The health ministry" is "the health ministry").
  const byKey = new Map<string, Set<string>>();
  for (const claim of claims) {
    const label = claim.attributedTo === null ? claim.reportedBy : null;
    if (!label || !picksOutBody(label)) continue;
    const key = reporterKey(label)!;
    byKey.set(key, (byKey.get(key) ?? new Set<string>()).add(label));
  }
  const cards: SourceCard[] = [];
  for (const labels of byKey.values()) {
    // The label as the article wrote it, also where a sentence's start capitalised it.
    const forms = [...labels].flatMap((l) => [l, l[0]!.toUpperCase() + l.slice(1)]);
    const spans = [...new Set(forms)].flatMap((f) => wordSpans(text, f)).sort((a, b) => a.start - b.start);
    const first = [...labels][0]!;
    const name = first.replace(LEADING_ARTICLE, '');
    cards.push({
      name: name[0]!.toUpperCase() + name.slice(1),
      kind: 'government',
      count: Math.max(1, spans.length),
      forms: [...labels],
      role: null,
      firstSpan: spans[0] ?? null,
      entity: null,
      matchedBy: null,
      cited: true,
      describedAs: first,
    });
  }
  return cards;
}

const LEADING_ARTICLE = /^the /i;

/** Nouns of public bodies a description may pick out. */
const BODY_HEADS = new Set(['ministry', 'department', 'commission', 'committee', 'council', 'authorities', 'regime', 'junta', 'military', 'army']);
/** Words that open a description without picking anything out ("the", "its"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'some', 'local']);

/** "the health ministry", "Sri Lanka's foreign ministry", "Iranian authorities": a body's noun after at least one word that picks it out. */
function picksOutBody(label: string): boolean {
  const words = label.toLowerCase().split(/\s+/);
  const head = words[words.length - 1]!;
  if (!BODY_HEADS.has(head) || words.length < 2 || words.length > MAX_WORDS) return false;
  const rest = words.slice(0, -1);
  // "the time the government": a determiner past the first word is another phrase's.
  if (rest.slice(1).some((w) => DETERMINERS.has(w))) return false;
  return rest.some((w) => !DETERMINERS.has(w));
}
const MAX_WORDS = 6;

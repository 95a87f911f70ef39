/** Lower-case particles inside surnames ("Ursula von der Leyen", "Juan de la Cruz"). */

import { capitalisedAfter, joins } from './name-joins';
import { keyOf } from './occurrence';
import { isParticle, type Token } from '../tokens';
import { CONNECTOR } from '../wordclass';

/** Most lower-case particles in a row inside a name: "de la", "von der", "van de la". */
const MAX_PARTICLES = 3;

/** The index after the row of lower-case name particles from tokens[k] (k > 0), each joined to the word before it. */
export function particlesEnd(text: string, tokens: readonly Token[], k: number, to: number): number {
  let i = k;
  while (i < to && i - k < MAX_PARTICLES && isParticle(tokens[i]!) && joins(text, tokens[i - 1]!, tokens[i]!)) i++;
  return i;
}

/**
 * The lower-case key of each row of particles with the capitalised word after it, where that row
 * follows a capitalised word: "von der leyen" of "Ursula von der Leyen", so that a later "von der
 * Leyen" keeps its particles. Particles before a capitalised word are no name by themselves ("a van
 * Amazon rented").
 */
export function particleSurnames(text: string, tokens: readonly Token[], capitals: readonly number[]): Set<string> {
  const out = new Set<string>();
  // A row follows a capitalised word (`capitals` are their indexes), and its particles are in lower case:
  // the row after one capitalised word ends before the next one.
  for (const c of capitals) {
    const k = c + 1;
    // Only rows that a run joins to the name before them open with a connector ("do" is none).
    if (k >= tokens.length || !(tokens[k]!.cls & CONNECTOR) || !isParticle(tokens[k]!)) continue;
    const e = particlesEnd(text, tokens, k, tokens.length);
    if (e > k && capitalisedAfter(text, tokens, e, tokens.length)) {
      out.add(keyOf(tokens.slice(k, e + 1).map((t) => t.lower)));
    }
  }
  return out;
}

/** The particles right before tokens[i] (from `from` on) where the article writes them so inside a longer name. */
export function leadingParticles(text: string, tokens: readonly Token[], i: number, from: number, known: ReadonlySet<string>): Token[] {
  if (!known.size) return [];
  let k = i;
  while (k > from && i - k < MAX_PARTICLES && isParticle(tokens[k - 1]!) && joins(text, tokens[k - 1]!, tokens[k]!)) k--;
  if (k === i) return [];
  return known.has(keyOf(tokens.slice(k, i + 1).map((t) => t.lower))) ? tokens.slice(k, i) : [];
}

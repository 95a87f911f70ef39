import type { Knowledge } from '../cache/knowledge';
import { foldClauses } from './similarity';
import type { CorrectionCard } from './types';

/** Index in the original text of a phrase, ignoring case and runs of spaces; -1 when absent. */
function findPhrase(text: string, phrase: string): number {
  const words = phrase.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.search(new RegExp(words.join('\\s+'), 'i'));
}

/** Corrections whose every pattern occurs in the article, each within one clause as written. */
export async function applicableCorrections(text: string, knowledge: Knowledge): Promise<CorrectionCard[]> {
  const folded = foldClauses(text);
  const out: CorrectionCard[] = [];
  for (const c of await knowledge.corrections()) {
    if (!c.patterns.every((p) => folded.includes(foldClauses(p)))) continue;
    const whole = findPhrase(text, c.wrong);
    const first = whole >= 0 ? { at: whole, len: c.wrong.length } : { at: findPhrase(text, c.patterns[0]!), len: c.patterns[0]!.length };
    out.push({
      text: first.at >= 0 ? text.slice(first.at, first.at + first.len) : c.wrong,
      right: c.right,
      note: c.note,
      url: c.source,
      span: first.at >= 0 ? { start: first.at, end: first.at + first.len } : null,
    });
  }
  return out;
}

import type { Claim, Mention } from '../extract/types';
import type { Report } from '../packs/format';
import { agree } from './figures-agree';
import type { Discrepancy, DiscrepancyValue } from './types';

// A toll counts people: "ten calls reporting new detentions" is about calls, not detainees; bodies found count the dead.
const PEOPLE = /^(?:[a-z-]+ )*(?:people|persons?|men|women|children|boys|girls|victims|civilians|journalists|activists|protesters|prisoners|detainees|soldiers|residents|migrants|refugees|individuals|bodies|gays?|lesbians|of them)$/i;
const countsPeople = (unit: string | null | undefined) => !unit || PEOPLE.test(unit);

/** A title that makes a person the voice of a body ("NDRRMC spokesperson", "spokeswoman for the Coast Guard"). */
const SPOKES = /\bspokes(?:person|man|woman)\b/i;

/**
 * Who a person speaks for: the body named in their spokesperson title, by any of its forms. A body
 * and its own spokesperson are one source, not two that disagree.
 */
function bodiesSpokenFor(mentions: readonly Mention[]): Map<string, string> {
  const bodies = mentions.filter((m) => m.kind === 'organization' || m.kind === 'government' || m.kind === 'outlet');
  const out = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== 'person' || !m.role || !SPOKES.test(m.role)) continue;
    const words = ` ${m.role.toLowerCase()} `;
    const body = bodies.find((b) => b.forms.some((f) => words.includes(` ${f.toLowerCase()} `)));
    if (body) out.set(m.name, body.name);
  }
  return out;
}

/**
 * Figures about the same thing ("killed") that disagree: between sources in the article, or between
 * the article and cached reports on the same story. One value per source and number (or range); a
 * topic is reported only when two of its values disagree (a range agrees with every number inside
 * it) and they come from at least two sources. A figure that states a change ("the toll rose by
 * 5") is never compared with the counts. A spokesperson counts as the body they speak for
 * (`mentions` give their titles).
 */
export function findDiscrepancies(claims: Claim[], reports: Report[], outletName: (id: string) => string, mentions: readonly Mention[] = []): Discrepancy[] {
  const spokenFor = bodiesSpokenFor(mentions);
  const sourceOf = (v: DiscrepancyValue): string | null => (v.attributedTo !== null ? spokenFor.get(v.attributedTo) ?? v.attributedTo : v.url);
  const byTopic = new Map<string, DiscrepancyValue[]>();
  const add = (about: string, v: DiscrepancyValue) => {
    const list = byTopic.get(about) ?? [];
    if (!list.some((x) => x.value === v.value && x.upTo === v.upTo && x.attributedTo === v.attributedTo)) list.push(v);
    byTopic.set(about, list);
  };
  for (const claim of claims) {
    if (claim.kind === 'quote') continue; // its figures are also listed as figure claims
    for (const f of claim.figures) {
      if (!f.about || f.change || !countsPeople(f.unit)) continue;
      add(f.about, { value: f.value, comparator: f.comparator, upTo: f.upTo, attributedTo: claim.attributedTo, origin: 'article', url: null, publishedAt: null, span: f.span });
    }
  }
  for (const r of reports) {
    for (const f of r.figures) {
      if (!f.about || f.change || !byTopic.has(f.about) || !countsPeople(f.unit)) continue;
      add(f.about, {
        value: f.value,
        comparator: f.comparator,
        upTo: f.upTo ?? null,
        attributedTo: f.attributedTo ?? outletName(r.outlet),
        origin: 'report',
        url: r.url,
        publishedAt: r.publishedAt,
        span: null,
      });
    }
  }
  const out: Discrepancy[] = [];
  for (const [about, values] of byTopic) {
    const disagree = values.some((a, i) => values.some((b, j) => j > i && !agree(a, b)));
    const sources = new Set(values.map(sourceOf));
    if (disagree && sources.size >= 2) out.push({ about, values: values.sort((a, b) => a.value - b.value || (a.upTo ?? a.value) - (b.upTo ?? b.value)) });
  }
  return out;
}

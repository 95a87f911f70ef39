import type { Claim, Figure, Mention } from '../extract/types';
import { HEAD_WORD, wordClass } from '../extract/wordclass';
import { nameKey } from '../cache/normalize';
import { hasAsciiWord, isDigit } from '../extract/chars';
import type { Report } from '../packs/format';
import { figurePlaces, samePlaces } from './figure-places';
import { agree } from './figures-agree';
import type { Discrepancy, DiscrepancyValue } from './types';

// A toll counts people: "ten calls reporting new detentions" is about calls, not detainees; bodies found and deaths count the dead.
const PEOPLE =
  /^(?:[a-z-]+ )*(?:people|persons?|men|women|children|boys|girls|victims|civilians|journalists|activists|protesters|prisoners|detainees|suspects|soldiers|residents|migrants|refugees|individuals|bodies|deaths|fatalities|gays?|lesbians|of them)$/i;
const countsPeople = (unit: string | null | undefined) => !unit || PEOPLE.test(unit);

/**
 * Counted nouns that name no group of their own: a count of everyone the event struck. "Men" is how
 * reports most often name people they know nothing else of ("police arrested two men"); "the tally of
 * those detained" names no group either.
 */
const EVERYONE = new Set(['people', 'persons', 'person', 'individuals', 'victims', 'bodies', 'deaths', 'fatalities', 'them', 'those', 'men']);

/**
 * The group a toll counts, by the head noun of its unit: '' for everyone ("people", "bodies", no
 * noun), else the noun ("civilians", "children", "girls"). Why: an article gives the toll of a
 * group beside the toll of all ("31 killed, including several civilians … at least nine civilians
 * died"), and those are part and whole, not one toll told two ways. Two sources disagree only about
 * counts of the same group; the price is a miss where one says "people" and the other "civilians".
 */
function groupOf(unit: string | null | undefined, after: string): string {
  // "two of the women … died": no noun of its own, the count is taken out of the group named after it.
  const head = unit ? unit.slice(unit.lastIndexOf(' ') + 1).toLowerCase() : OF_THE.exec(after)?.[1]!.toLowerCase();
  return head === undefined || EVERYONE.has(head) ? '' : head;
}
const OF_THE = /^ of (?:the|these|those) ([\p{L}-]+)/u;

/**
 * "the total number of police injured … was 102": the group a toll counts, named before it when the
 * number has no noun of its own ("the number of people injured is 211" counts everyone).
 */
const NUMBER_OF_GROUP = /\b(?:number|toll|count|tally|total) of ([\p{L}-]+) (?:injured|wounded|hurt|killed|dead|arrested|detained|missing)\b/iu;
function groupBefore(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 100), at);
  return hasAsciiWord(before, ' of ') ? NUMBER_OF_GROUP.exec(before)?.[1] : undefined;
}

/**
 * "4,000 of our workers", "two of its members": a count of the source's own people. Two parties that
 * each count their own detained members give two tolls of two groups, not one toll told two ways.
 */
const OF_OWN = /^ of (?:our|their|its|his|her|my) /i;

/** A title that makes a person the voice of a body ("NDRRMC spokesperson", "spokeswoman for the Coast Guard"). */
const SPOKES = /\bspokes(?:person|man|woman)\b/i;

/** "Ministry", "Agency": a body's short form that any body of its kind shares ("Health Ministry spokesman" is not the Interior Ministry's). */
const isGenericForm = (form: string): boolean => !form.includes(' ') && (wordClass(form.toLowerCase()) & HEAD_WORD) !== 0;

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
    const body = bodies.find((b) => b.forms.some((f) => !isGenericForm(f) && words.includes(` ${f.toLowerCase()} `)));
    if (body) out.set(m.name, body.name);
  }
  return out;
}

/** Words that open an unnamed source's phrase without telling sources apart ("some officials" are officials). */
const LEADING_DETERMINER = /^(?:a|an|some|many|several|most|other|its|their|his|her) /;

/**
 * Key of a source the article does not name ("Authorities", "the authorities" and "some authorities"
 * are one), or null for a missing or empty label. Prefixed so that unnamed "police" is never
 * mistaken for a body named "Police".
 */
export function reporterKey(label: string | null | undefined): string | null {
  const key = label ? nameKey(label).replace(LEADING_DETERMINER, '') : '';
  return key ? `unnamed:${key}` : null;
}

/**
 * Figures about the same thing ("killed") that disagree: between sources in the article, or between
 * the article and cached reports on the same story. One value per source and number (or range); a
 * topic is reported only when two of its values from two different sources disagree (a range agrees
 * with every number inside it); a figure no one named gives, but that the article
 * says someone unnamed reports ("authorities said"), counts as that source (see reporterKey). A figure that states a change ("the toll rose by
 * 5") is never compared with the counts. A spokesperson counts as the body they speak for
 * (`mentions` give their titles). Figures whose sentences name different places are tolls of
 * different areas, not one toll told two ways (see figure-places.ts; the article's `text` gives
 * their sentences, else their claims are read); counts of different groups of people ("civilians",
 * "children", everyone) are parts of a toll, not rival tolls (see groupOf).
 */
export function findDiscrepancies(
  claims: Claim[],
  reports: Report[],
  outletName: (id: string) => string,
  mentions: readonly Mention[] = [],
  text?: string,
): Discrepancy[] {
  const spokenFor = bodiesSpokenFor(mentions);
  const places = figurePlaces(claims, mentions, (c) => c.figures.some(isToll), text);
  const placesOf = (v: DiscrepancyValue): string => (v.span ? places.get(v.span.start) ?? '' : '');
  const sourceOf = (v: DiscrepancyValue): string | null =>
    v.attributedTo !== null ? spokenFor.get(v.attributedTo) ?? v.attributedTo : reporterKey(v.reportedBy) ?? v.url;
  const byTopic = new Map<string, DiscrepancyValue[]>();
  const same = (a: DiscrepancyValue, b: DiscrepancyValue) =>
    a.value === b.value && a.upTo === b.upTo && a.attributedTo === b.attributedTo && reporterKey(a.reportedBy) === reporterKey(b.reportedBy);
  const groupOfValue = new Map<DiscrepancyValue, string>();
  const add = (about: string, v: DiscrepancyValue, unit: string | null | undefined) => {
    const after = text !== undefined && v.span ? text.slice(v.span.end, v.span.end + 40) : '';
    const named = !unit && text !== undefined && v.span ? groupBefore(text, v.span.start) : undefined;
    groupOfValue.set(v, OF_OWN.test(after) ? `own:${sourceOf(v) ?? ''}` : groupOf(unit ?? named, after));
    const list = byTopic.get(about) ?? [];
    if (!list.some((x) => same(x, v) && placesOf(x) === placesOf(v) && groupOfValue.get(x) === groupOfValue.get(v))) list.push(v);
    byTopic.set(about, list);
  };
  for (const claim of claims) {
    // A quote's or a statement's figures are also listed as figure claims, each with its own source:
    // a statement that sets two sources side by side reports its figures as a whole.
    if (claim.kind !== 'figure') continue;
    // A missing or empty label is no source (claims from packs or older pages have none).
    const reportedBy = claim.attributedTo === null && reporterKey(claim.reportedBy) !== null ? claim.reportedBy : null;
    for (const f of claim.figures) {
      if (!isToll(f) || (text !== undefined && (replaced(text, f.span) || partOfNamed(text, f.span)))) continue;
      add(f.about, { value: f.value, comparator: f.comparator, upTo: f.upTo, attributedTo: claim.attributedTo, reportedBy, origin: 'article', url: null, publishedAt: null, span: f.span }, f.unit);
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
        reportedBy: null,
        origin: 'report',
        url: r.url,
        publishedAt: r.publishedAt,
        span: null,
      }, f.unit);
    }
  }
  const out: Discrepancy[] = [];
  for (const [about, values] of byTopic) {
    // One group per counted group of people and place named (values naming no place join each place
    // of their group), or all values of a group where none is.
    const groups: DiscrepancyValue[][] = [];
    for (const people of new Set(values.map((v) => groupOfValue.get(v)))) {
      const counted = values.filter((v) => groupOfValue.get(v) === people);
      const named = [...new Set(counted.map(placesOf))].filter((p) => p !== '');
      if (named.length) for (const p of named) groups.push(counted.filter((v) => samePlaces(placesOf(v), p)));
      else groups.push(counted);
    }
    const shown = new Set<DiscrepancyValue>();
    for (const group of groups) {
      // Two sources must disagree with each other: one source's own earlier toll ("which last week
      // gave a toll of more than 100") is an update, not a rival count.
      const disagree = group.some((a, i) => group.some((b, j) => j > i && !agree(a, b) && sourceOf(a) !== sourceOf(b)));
      if (disagree) for (const v of group) shown.add(v);
    }
    // One per source and number: the same figure may be kept for two places.
    const listed = values.filter((v, i) => shown.has(v) && !values.some((x, j) => j < i && shown.has(x) && same(x, v)));
    if (listed.length) out.push({ about, values: listed.sort((a, b) => a.value - b.value || (a.upTo ?? a.value) - (b.upTo ?? b.value)) });
  }
  return out;
}

/**
 * "lowered the toll from 89 to 42": the "from" value of an update is the toll it replaced, which no
 * source gives any more; only the value it was set to is compared.
 */
function replaced(text: string, span: { start: number; end: number }): boolean {
  if (!text.startsWith('from ', span.start - 5)) return false;
  return (text.startsWith(' to ', span.end) && isDigit(text.charCodeAt(span.end + 4))) || UPDATED_FROM.test(text.slice(Math.max(0, span.start - 40), span.start));
}
/**
 * "The number of missing was raised from four earlier in the day": a count an update replaced, also
 * where the new value is told apart ("There are now 32").
 */
const UPDATED_FROM = /\b(?:raised|lowered|revised|increased|reduced|updated|corrected|rose|risen|climbed|jumped|fell|fallen|dropped)(?: (?:up|down|upwards|downwards))? from $/i;

/**
 * "Of those arrested on Sunday, 87 are already in prison": a count out of a group the clause named
 * first, a part of its toll, not a rival one.
 */
function partOfNamed(text: string, span: { start: number; end: number }): boolean {
  if (!text.startsWith(', ', span.start - 2)) return false;
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  return hasAsciiWord(before, 'of ') && PART_OF_NAMED.test(before);
}
const PART_OF_NAMED = /(?:^|[.;:!?,]\s+|\n\s*|\band\s+)of (?:those|these|them|the)\b[^,.;:!?\d]{0,45}, $/i;

/** A count of people for an event, not a change of it. */
const isToll = (f: Figure): f is Figure & { about: string } => f.about !== null && !f.change && countsPeople(f.unit);

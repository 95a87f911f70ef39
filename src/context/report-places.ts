import { nameKey } from '../cache/normalize';
import type { Entity, Report } from '../packs/format';
import { SUM_OF } from './figure-places';

/** One place a stored report is about: the keys (nameKey) of its name and aliases, and the country it lies in, if known. */
export interface ReportPlace {
  keys: readonly string[];
  country: string | null;
  /** The key of that country's English name ("ukraine"), read once here rather than for every count a row weighs. */
  countryKey: string | null;
  /** Whether the place is its country itself ("Ukraine", whose country is UA). */
  isCountry: boolean;
}

/**
 * The places each stored report is about (its place entities), by report id; a country listed beside a place inside it (Kyiv
 * and Ukraine) is left out, the report being of the narrower place. A report that names no place is left out of the map.
 */
export function reportPlaces(reports: readonly Report[], entities: ReadonlyMap<string, Entity>): Map<string, ReportPlace[]> {
  const out = new Map<string, ReportPlace[]>();
  for (const r of reports) {
    const all = r.entityIds.flatMap((id) => {
      const e = entities.get(id);
      return e?.kind === 'place' ? [placeOf(e)] : [];
    });
    const narrow = all.filter((p) => !(p.isCountry && all.some((q) => q !== p && !q.isCountry && q.country === p.country)));
    if (narrow.length) out.set(r.id, narrow);
  }
  return out;
}

function placeOf(e: Entity): ReportPlace {
  const keys = [e.name, ...e.aliases].map(nameKey);
  const country = e.country ?? null;
  const countryKey = country === null ? null : nameKey(countryName(country));
  return { keys, country, countryKey, isCountry: countryKey !== null && keys.includes(countryKey) };
}
/** The English names of regions, made once: built on first use, as most analyses match no stored report with a place. */
let regionNames: Intl.DisplayNames | undefined;
/** The English name of a country code ("UA" → "Ukraine"). */
function countryName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Where a stored report's tolls stand among the article's (a place key of figure-places.ts), or undefined where they join no
 * row: a report is about one event of its story, so its toll is a rival only of a count of the same place: the report's place
 * is the place the article names for the count, or lies inside it (a report of Kyiv beside a count "in Ukraine"). A count
 * that names no place is of the place the article's first sentence names (`lead`, asked only when needed); a report that
 * names no place joins every place's count ('', as before). Why: a long war's stored reports, a mayor's count of one town's
 * dead, stood against the toll of every other attack of the war told near its date.
 */
export function reportAt(places: readonly ReportPlace[] | undefined, tollPlaces: Iterable<string>, lead: () => ReadonlySet<string>): string | undefined {
  if (places === undefined) return '';
  for (const key of new Set(tollPlaces)) if (key !== '' && key.replace(SUM_OF, '').split('|').some((name) => holds(name, places))) return key;
  return [...lead()].some((name) => holds(name, places)) ? '' : undefined;
}
/** Whether the article's place `name` is one of the report's places or the country one of them lies in. */
function holds(name: string, places: readonly ReportPlace[]): boolean {
  const key = nameKey(name);
  return places.some((p) => p.keys.includes(key) || (!p.isCountry && p.countryKey === key));
}

import { hostOf } from '../../cache/normalize';
import { EntitySchema, type Entity, type EntityKind, type Pack } from '../format';
import { checkRecord, finishPack, ImportError, isObject, plain, type Json, type PackOptions } from './common';

/** Classes (P31 values) whose instances Backstory treats as one of its kinds; anything else is "other". */
const KIND_OF_CLASS: Record<string, EntityKind> = {
  Q5: 'person', // human
  Q11032: 'outlet', // newspaper
  Q1110794: 'outlet', // daily newspaper
  Q1002697: 'outlet', // periodical
  Q192283: 'outlet', // news agency
  Q15265344: 'outlet', // broadcaster
  Q43229: 'organization', // organization
  Q4830453: 'organization', // business
  Q783794: 'organization', // company
  Q163740: 'organization', // nonprofit organization
  Q484652: 'organization', // international organization
  Q7188: 'government', // government
  Q6256: 'place', // country
  Q3624078: 'place', // sovereign state
  Q515: 'place', // city
};

/** Values of a property's statements (best rank first, deprecated ones dropped). */
function values(item: Json, property: string, where: string): unknown[] {
  const claims = isObject(item.claims) ? item.claims[property] : undefined;
  if (claims === undefined) return [];
  if (!Array.isArray(claims)) throw new ImportError(`${where}: claims.${property} must be an array`);
  const rank = (s: Json) => (s.rank === 'preferred' ? 0 : 1);
  return claims
    .filter((s): s is Json => isObject(s) && s.rank !== 'deprecated')
    .sort((a, b) => rank(a) - rank(b))
    .flatMap((s) => {
      const snak = s.mainsnak;
      if (!isObject(snak) || snak.snaktype !== 'value') return [];
      if (!isObject(snak.datavalue)) throw new ImportError(`${where}: claims.${property}: a value statement without datavalue`);
      return [snak.datavalue.value];
    });
}

const itemIds = (item: Json, property: string, where: string) =>
  values(item, property, where).flatMap((v) => (isObject(v) && typeof v.id === 'string' && /^Q\d+$/.test(v.id) ? [v.id] : []));

/** The text of a language-keyed map ({en: {language, value}}) in the wanted language, then "mul". */
function inLanguage(map: unknown, lang: string): string | null {
  if (!isObject(map)) return null;
  for (const l of [lang, 'mul']) {
    const entry = map[l];
    if (isObject(entry) && plain(entry.value)) return plain(entry.value);
  }
  return null;
}

function aliasesIn(map: unknown, lang: string): string[] {
  if (!isObject(map)) return [];
  return [lang, 'mul'].flatMap((l) => (Array.isArray(map[l]) ? (map[l] as unknown[]) : [])).flatMap((a) => (isObject(a) && plain(a.value) ? [plain(a.value)!] : []));
}

/** The year of a Wikidata time value ("+1821-05-05T00:00:00Z"), when it is precise to the year or better. */
function year(value: unknown): number | null {
  if (!isObject(value) || typeof value.time !== 'string') return null;
  const m = /^\+(\d{1,4})-/.exec(value.time);
  return m && (typeof value.precision !== 'number' || value.precision >= 9) ? Number(m[1]) : null;
}

const packId = (q: string) => `wd:${q.toLowerCase()}`;

/** Items of the input: Special:EntityData ({entities: {Q1: …}}), a JSON array, or a dump slice (one entity a line). */
export function readWikidataItems(text: string): Json[] {
  const trimmed = text.trim();
  if (!trimmed) throw new ImportError('input: empty file');
  try {
    const doc: unknown = JSON.parse(trimmed);
    if (isObject(doc) && isObject(doc.entities)) return Object.values(doc.entities).map((e, i) => asItem(e, `entities[${i}]`));
    if (Array.isArray(doc)) return doc.map((e, i) => asItem(e, `[${i}]`));
    if (isObject(doc)) return [asItem(doc, 'input')];
  } catch (e) {
    if (e instanceof ImportError) throw e;
    // Not one JSON document: a dump slice, read line by line below.
  }
  const items: Json[] = [];
  trimmed.split('\n').forEach((raw, i) => {
    const line = raw.trim().replace(/,$/, '');
    if (!line || line === '[' || line === ']') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (e) {
      throw new ImportError(`line ${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    items.push(asItem(parsed, `line ${i + 1}`));
  });
  return items;
}

function asItem(e: unknown, where: string): Json {
  if (!isObject(e)) throw new ImportError(`${where}: an entity must be an object`);
  if (typeof e.id !== 'string' || !/^Q\d+$/.test(e.id)) {
    const label = inLanguage(e.labels, 'en');
    throw new ImportError(`${where}${label ? ` (${label.slice(0, 80)})` : ''}: id must be an item id such as Q42 (got ${JSON.stringify(e.id ?? null).slice(0, 40)})`);
  }
  for (const field of ['labels', 'descriptions', 'aliases', 'claims']) {
    if (e[field] !== undefined && !isObject(e[field])) throw new ImportError(`${where} (${e.id}): ${field} must be an object`);
  }
  return e;
}

/**
 * One entity per item: label and aliases, P31 → kind, P17 → country (ISO code from the country's own
 * P297, when the country is in the same file), P856 → domains, P127 → owner (when the owner is in
 * the file), P571 → founded. The source of every fact is the item's Wikidata page.
 */
export function entitiesFromWikidata(items: Json[], lang = 'en'): Entity[] {
  const byId = new Map(items.map((i) => [i.id as string, i]));
  return items.map((item) => {
    const q = item.id as string;
    const where = `entity ${q}`;
    const name = inLanguage(item.labels, lang);
    if (!name) throw new ImportError(`${where}: labels has no "${lang}" or "mul" label`);
    const country = itemIds(item, 'P17', where)
      .map((c) => byId.get(c))
      .flatMap((c) => (c ? values(c, 'P297', `entity ${c.id as string}`) : []))
      .find((code): code is string => typeof code === 'string' && /^[A-Z]{2}$/.test(code));
    const domains = [...new Set(values(item, 'P856', where).flatMap((u) => (typeof u === 'string' ? [hostOf(u)] : [])))].filter(
      (d): d is string => !!d && /^[a-z0-9.-]+\.[a-z]{2,}$/.test(d),
    );
    const owner = itemIds(item, 'P127', where).find((o) => byId.has(o) && o !== q);
    const founded = values(item, 'P571', where).map(year).find((y): y is number => y !== null && y >= 1 && y <= 2100);
    const kind = itemIds(item, 'P31', where).map((c) => KIND_OF_CLASS[c]).find(Boolean) ?? 'other';
    const entity = {
      id: packId(q),
      kind,
      name,
      aliases: [...new Set(aliasesIn(item.aliases, lang))].filter((a) => a !== name),
      description: inLanguage(item.descriptions, lang) ?? `Wikidata item ${q}.`,
      ...(country ? { country } : {}),
      domains,
      ...(founded ? { founded } : {}),
      ...(owner ? { owner: packId(owner) } : {}),
      wikidata: q,
      source: `https://www.wikidata.org/wiki/${q}`,
    };
    return checkRecord(EntitySchema, entity, where);
  });
}

export const wikidataDefaults: PackOptions = {
  id: 'wikidata-import',
  name: 'Imported from Wikidata',
  license: 'CC0 1.0 (Wikidata)',
  publisher: 'backstory pack import-wikidata',
};

/** A pack of entities from Wikidata JSON text. */
export function importWikidata(text: string, options: PackOptions = wikidataDefaults, lang = 'en'): Pack {
  return finishPack(options, { entities: entitiesFromWikidata(readWikidataItems(text), lang) });
}

import * as v from 'valibot';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type Pack, type PackMeta } from '../format';
import { validatePack } from '../validate';

/** Bad input to an importer; the message names the input record and the field. */
export class ImportError extends Error {}

export type Json = Record<string, unknown>;

export const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A short, stable id part for a text: the same claim or URL always gets the same id. */
export function stableHash(text: string): string {
  // cyrb53: a well-distributed 53-bit string hash, small enough to need no crypto module.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** An ISO date (YYYY-MM-DD, or the input when it already is ISO 8601) from the date forms feeds use; null when unreadable. */
export function isoDay(raw: unknown): string | null {
  if (typeof raw !== 'string' || !raw.trim()) return null;
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(s)) return s.slice(0, 10);
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** Plain text with its whitespace collapsed, or null when absent or empty. */
export function plain(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const s = raw.replace(/\s+/g, ' ').trim();
  return s || null;
}

/** Checks one produced record against its pack schema; errors name the input record they came from. */
export function checkRecord<T extends v.GenericSchema>(schema: T, record: unknown, where: string): v.InferOutput<T> {
  const parsed = v.safeParse(schema, record, { abortPipeEarly: true });
  if (parsed.success) return parsed.output;
  const issue = parsed.issues[0];
  const field = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  throw new ImportError(`${where}${field ? `: ${field}` : ''}: ${issue.message}`);
}

export interface PackOptions {
  id: string;
  name: string;
  license: string;
  publisher: string;
  description?: string;
}

/** Wraps imported records in pack metadata and validates the whole pack (ids, references, cycles). */
export function finishPack(options: PackOptions, records: Partial<Pick<Pack, 'entities' | 'claims'>>): Pack {
  const meta: PackMeta = { ...options, version: '1.0.0', created: new Date().toISOString().slice(0, 10) };
  const pack = { format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, pack: meta, entities: [], claims: [], corrections: [], reports: [], stories: [], ...records };
  const checked = validatePack(pack);
  if (!checked.ok) throw new ImportError(`the imported pack is invalid:\n  ${checked.errors.join('\n  ')}`);
  return checked.pack;
}

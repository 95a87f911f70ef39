import * as v from 'valibot';
import { PackSchema, type Pack } from './format';

export type PackValidation = { ok: true; pack: Pack } | { ok: false; errors: string[] };

const MAX_ERRORS = 50;
const tables = ['entities', 'claims', 'corrections', 'reports', 'stories'] as const;

/** Names the record an issue is about: "entities[3] (org:all-out).founded". */
function describeIssue(input: unknown, issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  let where = '';
  let node: unknown = input;
  for (const step of path) {
    const key = step.key as string | number;
    node = (node as Record<string | number, unknown> | undefined)?.[key];
    if (typeof key === 'number') {
      const recordId = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      where += `[${key}]${typeof recordId === 'string' ? ` (${recordId.slice(0, 80)})` : ''}`;
    } else {
      where += where ? `.${key}` : String(key);
    }
  }
  return `${where || 'pack'}: ${issue.message}`;
}

/** Everything the schema cannot say: unique ids, references that resolve, owner chains without cycles. */
function checkReferences(pack: Pack): string[] {
  const errors: string[] = [];
  const ids: Record<(typeof tables)[number], Set<string>> = {
    entities: new Set(), claims: new Set(), corrections: new Set(), reports: new Set(), stories: new Set(),
  };
  for (const table of tables) {
    pack[table].forEach((record, i) => {
      if (ids[table].has(record.id)) errors.push(`${table}[${i}] (${record.id}).id: duplicate id`);
      ids[table].add(record.id);
    });
  }
  const entity = (table: string, i: number, id: string, field: string, ref: string) => {
    if (!ids.entities.has(ref)) errors.push(`${table}[${i}] (${id}).${field}: unknown entity "${ref}"`);
  };
  const story = (table: string, i: number, id: string, ref: string | undefined) => {
    if (ref !== undefined && !ids.stories.has(ref)) errors.push(`${table}[${i}] (${id}).storyId: unknown story "${ref}"`);
  };
  pack.entities.forEach((e, i) => e.owner !== undefined && entity('entities', i, e.id, 'owner', e.owner));
  pack.claims.forEach((c, i) => {
    c.entityIds.forEach((ref) => entity('claims', i, c.id, 'entityIds', ref));
    story('claims', i, c.id, c.storyId);
  });
  pack.corrections.forEach((c, i) => c.entityIds.forEach((ref) => entity('corrections', i, c.id, 'entityIds', ref)));
  pack.reports.forEach((r, i) => {
    entity('reports', i, r.id, 'outlet', r.outlet);
    r.entityIds.forEach((ref) => entity('reports', i, r.id, 'entityIds', ref));
    story('reports', i, r.id, r.storyId);
  });
  const owners = new Map(pack.entities.map((e) => [e.id, e.owner]));
  pack.entities.forEach((e, i) => {
    const seen = new Set<string>([e.id]);
    for (let next = e.owner; next !== undefined; next = owners.get(next)) {
      if (seen.has(next)) {
        errors.push(`entities[${i}] (${e.id}).owner: ownership cycle through "${next}"`);
        break;
      }
      seen.add(next);
    }
  });
  return errors;
}

/** Validates a parsed pack: schema first, then cross-record rules. Errors name the record and the field. */
export function validatePack(input: unknown): PackValidation {
  const parsed = v.safeParse(PackSchema, input, { abortPipeEarly: true });
  if (!parsed.success) {
    return { ok: false, errors: parsed.issues.slice(0, MAX_ERRORS).map((i) => describeIssue(input, i)) };
  }
  const errors = checkReferences(parsed.output);
  return errors.length ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, pack: parsed.output };
}

/** Parses and validates pack JSON text. */
export function parsePack(json: string): PackValidation {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, errors: [`pack: not valid JSON (${(e as Error).message})`] };
  }
  return validatePack(data);
}

import { readFile } from 'node:fs/promises';
import { parsePack } from '../packs';
import { importCommand, isImportCommand } from './import-command';

/** `pack validate FILE`, `pack stats FILE`, and the importers. */
export async function packCommand(args: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const [sub, file] = args;
  if (isImportCommand(sub)) return importCommand(sub, args.slice(1), out, err);
  if (!file || (sub !== 'validate' && sub !== 'stats')) {
    err('usage: backstory pack validate|stats FILE, or pack import-claimreview|import-wikidata FILE [--out PACK]');
    return 2;
  }
  const checked = parsePack(await readFile(file, 'utf8'));
  if (!checked.ok) {
    err(`${file}: invalid pack`);
    for (const e of checked.errors) err(`  ${e}`);
    return 1;
  }
  const { pack } = checked;
  if (sub === 'validate') {
    out(`${file}: valid pack ${pack.pack.id} ${pack.pack.version}`);
    return 0;
  }
  out(
    JSON.stringify({
      id: pack.pack.id,
      version: pack.pack.version,
      entities: pack.entities.length,
      claims: pack.claims.length,
      corrections: pack.corrections.length,
      reports: pack.reports.length,
      stories: pack.stories.length,
      entityKinds: Object.fromEntries(
        [...new Set(pack.entities.map((e) => e.kind))].map((k) => [k, pack.entities.filter((e) => e.kind === k).length]),
      ),
    }),
  );
  return 0;
}

import { readFile, stat, writeFile } from 'node:fs/promises';
import { claimReviewDefaults, importClaimReview } from '../packs/importers/claimreview';
import { ImportError, type PackOptions } from '../packs/importers/common';
import { importWikidata, wikidataDefaults } from '../packs/importers/wikidata';
import type { Pack } from '../packs';

const MAX_INPUT_BYTES = 512 * 1024 * 1024;

const importers: Record<string, { defaults: PackOptions; run(text: string, options: PackOptions): Pack }> = {
  'import-claimreview': {
    defaults: claimReviewDefaults,
    run(text, options) {
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch (e) {
        throw new ImportError(`input: not valid JSON (${(e as Error).message})`);
      }
      return importClaimReview(doc, options);
    },
  },
  'import-wikidata': { defaults: wikidataDefaults, run: (text, options) => importWikidata(text, options) },
};

export const isImportCommand = (sub: string | undefined): sub is string => sub !== undefined && sub in importers;

/**
 * `pack import-claimreview|import-wikidata FILE [--out PACK] [--id ID] [--name NAME]`: writes a valid
 * pack to --out or stdout; bad input exits 1 with a message naming the record.
 */
export async function importCommand(sub: string, args: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const flags: Record<string, string> = {};
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (/^--(out|id|name)$/.test(a)) flags[a.slice(2)] = args[++i] ?? '';
    else files.push(a);
  }
  if (files.length !== 1 || Object.values(flags).includes('')) {
    err(`usage: backstory pack ${sub} FILE [--out PACK] [--id ID] [--name NAME]`);
    return 2;
  }
  const file = files[0]!;
  const importer = importers[sub]!;
  if ((await stat(file)).size > MAX_INPUT_BYTES) {
    err(`${file}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB; split it first`);
    return 1;
  }
  let pack: Pack;
  try {
    pack = importer.run(await readFile(file, 'utf8'), { ...importer.defaults, ...(flags.id ? { id: flags.id } : {}), ...(flags.name ? { name: flags.name } : {}) });
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    err(`${file}: ${e.message}`);
    return 1;
  }
  const json = `${JSON.stringify(pack, null, 1)}\n`;
  if (flags.out) {
    await writeFile(flags.out, json);
    err(`${flags.out}: pack ${pack.pack.id} with ${pack.entities.length} entities and ${pack.claims.length} claims`);
  } else {
    out(json.trimEnd());
  }
  return 0;
}

import { contextCommand } from './context-command';
import { extractCommand } from './extract-command';
import { packCommand } from './pack-command';

const USAGE = `usage:
  backstory extract FILE...                 article detection + extraction, one JSON line per file
  backstory context FILE... [--pack PACK]   sidebar context against packs (default: the starter pack)
  backstory pack validate FILE              check a knowledge pack; exit 1 with record/field errors
  backstory pack stats FILE                 record counts of a valid pack
  backstory pack import-claimreview FILE [--out PACK] [--id ID] [--name NAME]
                                            a pack from ClaimReview JSON-LD, a Fact Check Tools API
                                            response or a Data Commons ClaimReview feed
  backstory pack import-wikidata FILE [--out PACK] [--id ID] [--name NAME]
                                            a pack from Special:EntityData JSON or a dump slice`;

/** Runs one command; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const err = (line: string) => process.stderr.write(`${line}\n`);
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'extract':
        if (!rest.length) break;
        return await extractCommand(rest, out);
      case 'context': {
        const packs: string[] = [];
        const files: string[] = [];
        for (let i = 0; i < rest.length; i++) {
          if (rest[i] === '--pack') packs.push(rest[++i] ?? '');
          else files.push(rest[i]!);
        }
        if (!files.length || packs.includes('')) break;
        return await contextCommand(files, packs, out);
      }
      case 'pack':
        return await packCommand(rest, out, err);
    }
  } catch (e) {
    err(`backstory: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  err(USAGE);
  return 2;
}

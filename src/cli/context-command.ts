import { memoryKnowledge } from '../cache/memory-knowledge';
import { articleContext } from '../context';
import { groupSources, type SourceGroups } from '../context/source-groups';
import type { SourceCard } from '../context/types';
import { loadPacks, STARTER_PACK_FILE } from './load-packs';
import { readPage } from './read-page';

/** `context FILE... [--pack PACK...]`: the sidebar's context for each file, one JSON line each. */
export async function contextCommand(files: string[], packFiles: string[], out: (line: string) => void): Promise<number> {
  const knowledge = memoryKnowledge(await loadPacks(packFiles.length ? packFiles : [STARTER_PACK_FILE]));
  let failed = 0;
  for (const file of files) {
    try {
      const page = await readPage(file);
      if (!page.detection.isArticle || !page.article) {
        out(JSON.stringify({ file, isArticle: false, reason: page.detection.reason }));
        continue;
      }
      const url = page.url ?? `file://${file}`;
      const context = await articleContext({ url, detection: page.detection, article: page.article }, knowledge);
      const groups = groupSources(context);
      out(
        JSON.stringify({
          file,
          article: context.article,
          publisher: context.publisher,
          sources: context.sources.map((s) => ({
            name: s.name,
            kind: s.kind,
            entityId: s.entity?.id ?? null,
            description: s.entity?.description ?? null,
            matchedBy: s.matchedBy,
            role: s.role,
            shown: shownAs(groups, s),
            describedAs: s.describedAs ?? null,
          })),
          claims: context.claims.map((c) => ({ kind: c.kind, text: c.text, attributedTo: c.attributedTo, reportedBy: c.reportedBy, figures: c.figures, reviews: c.reviews })),
          corrections: context.corrections,
          discrepancies: context.discrepancies,
          story: context.story,
          related: context.related,
        }),
      );
    } catch (e) {
      failed++;
      out(JSON.stringify({ file, error: e instanceof Error ? e.message : String(e) }));
    }
  }
  return failed ? 1 : 0;
}

/** Where the sidebar shows a source: as a source's card, as a known name's card under "Also named", or on the line of other names. */
function shownAs(groups: SourceGroups, s: SourceCard): 'card' | 'known' | 'alsoNamed' {
  return groups.known.includes(s) ? 'known' : groups.alsoNamed.includes(s) ? 'alsoNamed' : 'card';
}

import { readPage } from './read-page';

/** `extract FILE...`: one JSON line per file, in argument order; unreadable files give an "error" line. */
export async function extractCommand(files: string[], out: (line: string) => void): Promise<number> {
  let failed = 0;
  for (const file of files) {
    try {
      const page = await readPage(file);
      out(
        JSON.stringify({
          file,
          isArticle: page.detection.isArticle,
          site: page.detection.site,
          reason: page.detection.reason,
          article: page.article,
          mentions: page.extraction.mentions,
          claims: page.extraction.claims,
        }),
      );
    } catch (e) {
      failed++;
      out(JSON.stringify({ file, error: e instanceof Error ? e.message : String(e) }));
    }
  }
  return failed ? 1 : 0;
}

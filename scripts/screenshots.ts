/**
 * node --import tsx scripts/screenshots.ts [--no-build] [--out=dir]
 * The demo's headless path twice: light and dark colour scheme (files end in -light / -dark).
 */
import { buildBoth, ensureBrowsers, captureScreenshots, parseDemoArgs, withFixtureServer } from './lib/demo-run';

const args = parseDemoArgs();
try {
  ensureBrowsers();
  if (args.build) buildBoth();
  await withFixtureServer(async (server) => {
    const files = [
      ...(await captureScreenshots(server, args.outDir, { colorScheme: 'light', suffix: '-light' })),
      ...(await captureScreenshots(server, args.outDir, { colorScheme: 'dark', suffix: '-dark' })),
    ];
    console.log('\nScreenshots:');
    for (const f of files) console.log(f);
  });
  process.exit(0);
} catch (e) {
  console.error(`screenshots failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}

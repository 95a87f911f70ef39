/**
 * npm run demo [-- --no-build] [-- --headless] [-- --out=dir]
 * Builds both browsers (unless --no-build), serves the demo news site as www.pinknews.co.uk and opens
 * Chromium with Backstory on the front page and the Chechnya article. Headed when there is a DISPLAY
 * (runs until Ctrl-C); with --headless (or no display) it writes screenshots to demo-screenshots/ and exits.
 */
import { buildBoth, ensureBrowsers, captureScreenshots, parseDemoArgs, runHeaded, withFixtureServer } from './lib/demo-run';

const args = parseDemoArgs();
try {
  ensureBrowsers();
  if (args.build) buildBoth();
  await withFixtureServer(async (server) => {
    if (!args.headless) return runHeaded(server);
    const files = await captureScreenshots(server, args.outDir);
    console.log('\nScreenshots:');
    for (const f of files) console.log(f);
  });
  process.exit(0);
} catch (e) {
  console.error(`demo failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}

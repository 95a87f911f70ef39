import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer, type FixtureServerOptions } from '../../scripts/lib/fixture-server';
import { launchChromium, type ChromiumWithExtension } from '../../scripts/lib/launch-chromium';
import { launchFirefox, type FirefoxWithExtension } from '../../scripts/lib/launch-firefox';

/**
 * The fixture server and a browser with the built extension, started before a suite's tests and
 * stopped after them. The fields are filled in by the suite's beforeAll, so read them inside tests.
 */
export interface Suite<B> {
  server: FixtureServer;
  browser: B;
}

export function chromiumSuite(options?: FixtureServerOptions): Suite<ChromiumWithExtension> {
  const suite = {} as Suite<ChromiumWithExtension>;
  beforeAll(async () => {
    suite.server = await startFixtureServer(options);
    suite.browser = await launchChromium({ port: suite.server.port });
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

export function firefoxSuite(options?: FixtureServerOptions): Suite<FirefoxWithExtension> {
  const suite = {} as Suite<FirefoxWithExtension>;
  beforeAll(async () => {
    suite.server = await startFixtureServer(options);
    suite.browser = await launchFirefox({ proxyPort: suite.server.port });
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

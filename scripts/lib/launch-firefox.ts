/**
 * Debian firefox-esr over WebDriver BiDi (puppeteer-core 24) with the built MV2 extension installed.
 * Firefox cannot map hostnames like Chromium's --host-resolver-rules, so the fixture server is set as
 * its HTTP proxy: it then receives absolute-form requests for the real news hostnames.
 */
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { assertBuilt, firefoxBuildDir } from './paths';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The id returned by installExtension (the gecko id from the manifest). */
  addonId: string;
  close(): Promise<void>;
}

export interface LaunchFirefoxOptions {
  /** Port of the fixture server, used as the HTTP proxy. */
  proxyPort: number;
  extensionDir?: string;
  headless?: boolean;
  executablePath?: string;
}

export async function launchFirefox(options: LaunchFirefoxOptions): Promise<FirefoxWithExtension> {
  const extDir = options.extensionDir ?? firefoxBuildDir;
  assertBuilt(extDir, 'npx wxt build -b firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath ?? '/usr/bin/firefox-esr',
    headless: options.headless ?? true,
    defaultViewport: { width: 1400, height: 900 },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxyPort,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
      // Plain http fixtures: do not try https first (it would only reach the proxy as a refused CONNECT).
      'dom.security.https_first': false,
      'dom.security.https_first_schemeless': false,
      'dom.security.https_only_mode': false,
      'network.stricttransportsecurity.preloadlist': false,
    },
  });
  try {
    const addonId = await browser.installExtension(extDir);
    return {
      browser,
      addonId,
      async close() {
        await browser.close().catch(() => {});
      },
    };
  } catch (e) {
    await browser.close().catch(() => {});
    throw e;
  }
}

/**
 * The sidebar frame (moz-extension://<uuid>/sidepanel.html) once it shows `selector`.
 * Over BiDi, puppeteer 24 + firefox-esr report the extension frame's url() as "about:blank" (no
 * navigation event reaches puppeteer for the moz-extension: load), although the frame is fully
 * scriptable: so frames are told apart by evaluating location.href inside them.
 */
export async function waitForFirefoxSidebarFrame(page: Page, selector: string, timeout = 20_000): Promise<Frame> {
  const hrefOf = (f: Frame) => f.evaluate(() => location.href).catch(() => f.url());
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const f of page.frames()) {
      if (f === page.mainFrame() || !(await hrefOf(f)).includes('/sidepanel.html')) continue;
      if (await f.$(selector).catch(() => null)) return f;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const hrefs = await Promise.all(page.frames().map(hrefOf));
  throw new Error(`no sidebar frame showing ${selector} on ${page.url()} within ${timeout} ms (frames: ${JSON.stringify(hrefs)})`);
}

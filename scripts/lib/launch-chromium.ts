/**
 * Debian Chromium with the built extension (Playwright persistent context, fresh profile), with the
 * fixture hostnames mapped to the local fixture server. Shared by the e2e tests and the demo scripts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { assertBuilt, chromeBuildDir } from './paths';
import { FIXTURE_HOSTS } from './demo-site';

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** chrome-extension://<id>/<page> */
  extensionUrl(page: string): string;
  close(): Promise<void>;
}

export interface LaunchChromiumOptions {
  /** Port of the fixture server the news hostnames are mapped to. */
  port: number;
  extensionDir?: string;
  hosts?: string[];
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  colorScheme?: 'light' | 'dark' | 'no-preference';
  executablePath?: string;
}

export async function launchChromium(options: LaunchChromiumOptions): Promise<ChromiumWithExtension> {
  const extDir = options.extensionDir ?? chromeBuildDir;
  assertBuilt(extDir, 'npx wxt build');
  const hosts = options.hosts ?? FIXTURE_HOSTS;
  const userDataDir = await mkdtemp(join(tmpdir(), 'backstory-chromium-'));
  const rules = hosts.map((h) => `MAP ${h} 127.0.0.1:${options.port}`).join(', ');
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: options.executablePath ?? '/usr/bin/chromium',
      headless: options.headless ?? true,
      viewport: options.viewport === undefined ? { width: 1400, height: 900 } : options.viewport,
      colorScheme: options.colorScheme ?? 'light',
      args: [
        `--disable-extensions-except=${extDir}`,
        `--load-extension=${extDir}`,
        `--host-resolver-rules=${rules}`,
        '--no-first-run',
        '--no-default-browser-check',
      ],
    });
  } catch (e) {
    await rm(userDataDir, { recursive: true, force: true });
    throw e;
  }
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page.replace(/^\//, '')}`,
    async close() {
      await context.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

/** Selector of the in-page sidebar's host element (its tag is backstory-sidebar, or a random variant if a page claimed that name). */
export const SIDEBAR_HOST = '[data-backstory-sidebar]';

/** The sidebar's frame (the extension page framed into the article), once it shows `selector`. */
export async function waitForSidebarFrame(page: Page, selector = 'main.sidebar, button.tab', timeout = 20_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f.url().includes('/sidepanel.html'));
    if (frame) {
      try {
        await frame.waitForSelector(selector, { timeout: Math.max(500, Math.min(2_000, deadline - Date.now())) });
        return frame;
      } catch (e) {
        lastError = e;
      }
    } else {
      await page.waitForTimeout(100);
    }
  }
  throw new Error(`sidebar frame with ${selector} did not appear on ${page.url()} within ${timeout} ms${lastError ? ` (${String(lastError).split('\n')[0]})` : ''}`);
}

/** Text of every element matching selector inside the frame. */
export function textsIn(frame: Frame, selector: string): Promise<string[]> {
  return frame.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

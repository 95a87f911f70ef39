/**
 * axe-core on the sidebar (in the article's frame) and the popup, light and dark: no serious or
 * critical violations. axe is evaluated into the extension pages through the driver, which their CSP
 * (script-src 'self') would not allow for a script tag.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { waitForSidebarFrame } from '../../scripts/lib/launch-chromium';
import { PATHS, newsUrl } from '../../scripts/lib/demo-site';
import { repoRoot } from '../../scripts/lib/paths';
import { chromiumSuite } from './suite';

const axeSource = readFileSync(join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

async function seriousViolations(target: Page | Frame): Promise<Violation[]> {
  await target.evaluate(axeSource);
  const violations: Violation[] = await target.evaluate(async () => {
    const result = await (globalThis as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n: any) => n.html.slice(0, 160)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const suite = chromiumSuite();

describe.each(['light', 'dark'] as const)('Chromium: accessibility (%s)', (colorScheme) => {
  test('sidebar, expanded and collapsed', async () => {
    const page = await suite.browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(newsUrl(PATHS.chechnya));
    const frame = await waitForSidebarFrame(page, 'main.sidebar');
    await frame.waitForSelector('li.card.source');
    expect(await seriousViolations(frame)).toEqual([]);
    await frame.click('button.collapse');
    await frame.waitForSelector('button.tab');
    expect(await seriousViolations(frame)).toEqual([]);
    await page.close();
  });

  test('popup with search results and a detail view', async () => {
    const page = await suite.browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(suite.browser.extensionUrl('popup.html'));
    await page.locator('input[type=search]').fill('Chechnya');
    await page.waitForSelector('button.result');
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('button.result').first().click();
    await page.waitForSelector('.detail');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

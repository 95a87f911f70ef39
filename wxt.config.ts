import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { siteAdapters, supportedMatchPatterns } from './src/article/sites';
import { gatePattern } from './src/article/path-pattern';
import { gateTarget } from './src/article/article-globs';
import { buildGate } from './scripts/lib/gate-build';
import { CONTENT_SCRIPT, gateScript } from './src/sites/script-files';

// The in-page sidebar is an extension page framed into news pages: it must be web-accessible,
// but only to the supported sites (MV3 can say so; Firefox MV2 gets a per-install random origin instead).
// Sites the reader adds are not listed: MV3 matches are static, and widening them to every page
// (even with use_dynamic_url) would let any page probe for Backstory. See src/sites/frame-access.ts.
const sidebarPage = 'sidepanel.html';

// Sites the reader adds on the options page: asked for one at a time, at that moment, never at install.
const optionalHosts = ['*://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The sites' gates are the manifest's content scripts, built apart from the entrypoints (see scripts/lib/gate-build.ts).
    'build:publicAssets': (_wxt, files) => {
      for (const adapter of siteAdapters) files.push({ relativeDest: gateScript(adapter.id), contents: buildGate(gatePattern(adapter)) });
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: registers the content script on sites the reader adds (Firefox MV2 has it since 102), and
    // loads it into a tab when the reader asks the popup to read its page. That needs host access: the
    // supported sites' (the hosts the gate already runs on, so no new install warning) and, through
    // activeTab, any other site's, for that tab only and only once the reader has opened the popup on it.
    ...(manifestVersion === 3
      ? { permissions: ['storage', 'scripting', 'activeTab'], host_permissions: supportedMatchPatterns(), optional_host_permissions: optionalHosts }
      : { permissions: ['storage', 'scripting', 'activeTab', ...supportedMatchPatterns()], optional_permissions: optionalHosts }),
    // Each site's gate, in the pages of the site at its article URLs (include_globs: the browser puts no script
    // into its other pages), imports the full content script where the page may be an article
    // (src/content/gate-script.ts). It starts before the page is parsed, so that on an article URL the full
    // script is fetched and compiled (off the main thread) while the page parses. A single-page site's move
    // to an article from another page is the background's to see (src/background/history-navigations.ts).
    content_scripts: siteAdapters.map((adapter) => ({
      ...gateTarget(adapter),
      js: [gateScript(adapter.id)],
      css: ['content-scripts/content.css'],
      run_at: 'document_start',
    })),
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: [sidebarPage, CONTENT_SCRIPT], matches: supportedMatchPatterns() }]
        : [sidebarPage, CONTENT_SCRIPT],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

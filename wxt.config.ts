import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { supportedMatchPatterns } from './src/article/sites';

// The in-page sidebar is an extension page framed into news pages: it must be web-accessible,
// but only to the supported sites (MV3 can say so; Firefox MV2 gets a per-install random origin instead).
const sidebarPage = 'sidepanel.html';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: [sidebarPage], matches: supportedMatchPatterns()}]
        : [sidebarPage],
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

import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  // WxtVitest does not apply wxt.config's Vite plugins, so Preact's JSX transform is added here too.
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    // The content script inlines the sidebar's styles (src/content/sidebar-shell.ts): tests see the real CSS.
    css: true,
  },
});

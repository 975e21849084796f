/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { ruimteScenarios } from './scripts/vite-scenarios-plugin.ts';
import { prerenderLibrary } from './scripts/vite-prerender-plugin.ts';

/**
 * index.html carries the strict Content-Security-Policy of the built site. The dev server injects inline
 * scripts and styles (HMR, React refresh) that the policy blocks, so it is left out while serving only.
 */
const cspOnlyInBuild: Plugin = {
  name: 'ruimte-csp-only-in-build',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, ''),
};

export default defineConfig({
  plugins: [react(), ruimteScenarios(), cspOnlyInBuild, prerenderLibrary()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    // A test that asserts nothing cannot fail: make that an error.
    expect: { requireAssertions: true },
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          environment: 'node',
          include: ['tests/engine/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/ui/setup.ts'],
        },
      },
    ],
  },
});

/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { ruimteScenarios } from './scripts/vite-scenarios-plugin.ts';
import { prerenderLibrary } from './scripts/vite-prerender-plugin.ts';
import { compileHints } from './scripts/vite-compile-hints-plugin.ts';

/**
 * index.html carries the strict Content-Security-Policy of the built site. The dev server injects inline
 * scripts and styles (HMR, React refresh) that the policy blocks, so it is left out while serving only.
 */
const cspOnlyInBuild: Plugin = {
  name: 'ruimte-csp-only-in-build',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, ''),
};

/**
 * The installable, offline web app. Prompt mode: a new version waits until the user chooses to load it
 * (src/features/offline/), so an update never reloads a conversation. `clientsClaim` lets the first service
 * worker control the open page at once, so the first visit already works offline. Everything the app can show
 * is precached: the shell, every scenario chunk, the lazy screens and their locales, the sounds and the Lab.
 * There is no runtime caching: the worker only ever fetches this site's own files.
 */
const offlineApp = VitePWA({
  registerType: 'prompt',
  injectRegister: false, // registered from src/main.tsx through a dynamic import, outside the first download
  manifestFilename: 'manifest.webmanifest',
  manifest: {
    name: 'Ruimte: oefenen met het welkomstgesprek',
    short_name: 'Ruimte',
    description: 'Oefen het klantgerichte welkomstgesprek met een gesimuleerde inwoner. Alles blijft in uw browser.',
    lang: 'nl',
    dir: 'ltr',
    // Relative, so one build works at the root of a site and under a sub-path (docs/hosting.md).
    start_url: './',
    scope: './',
    id: './',
    display: 'standalone',
    theme_color: '#0a5c63', // --color-accent, scripts/make-icons.ts
    background_color: '#f6f4ef', // --color-bg
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    // The manifest and its icons are added by the plugin itself (includeManifestIcons).
    globPatterns: ['**/*.{html,js,css,json,svg,opus,mp3}'],
    // The Lab's editor chunk is the largest file (about 0.5 MB); keep it offline too.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    navigateFallback: 'index.html',
    runtimeCaching: [],
  },
});

export default defineConfig({
  // Relative asset URLs: the same build serves from https://host/ and from https://host/ruimte/.
  base: './',
  // The Lab's chunk compiled as it loads: the author's first keystroke is not the first call of the editor.
  plugins: [react(), ruimteScenarios(), cspOnlyInBuild, prerenderLibrary(), compileHints(['lab-page']), offlineApp],
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

/**
 * Build-time only (scripts/vite-prerender-plugin.ts): the library as static HTML, in Dutch, so the first
 * paint shows the scenarios before the JavaScript has run. Its links are plain `#/s/<id>` anchors, so they
 * already work then. main.tsx replaces this markup with the live app (createRoot, no hydration), which
 * also covers a stored English choice or a deep link.
 */
import { renderToString } from 'react-dom/server';
import { App } from './app.tsx';
import { createI18n } from './i18n.ts';
import { builtInScenarios } from './scenario-source.ts';

export function renderLibrary(): string {
  const i18n = createI18n({ lng: 'nl', storage: null, syncDocument: false });
  return renderToString(<App source={builtInScenarios} i18n={i18n} />);
}

/** Browser entry: one i18n instance (language from localStorage, else the browser's), the built-in scenarios, the app. */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { createI18n, navigatorLanguages } from './app/i18n.ts';
import { browserStorage } from './features/shared/browser-storage.ts';
import { parseHash } from './app/route.ts';
import { builtInScenarios } from './app/scenario-source.ts';
import { SOURCE_LANGUAGE } from './engine/index.ts';
import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('Ruimte: index.html has no #root element.');

const i18n = createI18n({ storage: browserStorage(), preferred: navigatorLanguages() });
const app = (
  <StrictMode>
    <App source={builtInScenarios} i18n={i18n} />
  </StrictMode>
);

// The build puts the Dutch library in index.html (scripts/vite-prerender-plugin.ts). Take it over where it
// is what this visit shows; otherwise (another screen, English) start from an empty root.
const prerendered = root.firstElementChild !== null;
if (prerendered && parseHash(window.location.hash).screen === 'library' && i18n.language === SOURCE_LANGUAGE) {
  hydrateRoot(root, app);
} else {
  root.replaceChildren();
  createRoot(root).render(app);
}

// Offline use and the update notice load after the app, so the first download stays small (docs/hosting.md).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void import('./features/offline/register-offline.tsx').then((offline) => offline.registerOffline(i18n));
}

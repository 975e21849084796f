/** Browser entry: one i18n instance (language from localStorage), the built-in scenarios, the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { browserStorage, createI18n } from './app/i18n.ts';
import { builtInScenarios } from './app/scenario-source.ts';
import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('Ruimte: index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <App source={builtInScenarios} i18n={createI18n({ storage: browserStorage() })} />
  </StrictMode>,
);

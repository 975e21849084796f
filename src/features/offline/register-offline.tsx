/**
 * Registers the service worker that makes Ruimte work offline (vite.config.ts, vite-plugin-pwa) and shows the
 * update notice in a small React root of its own after #root, so the app's tree stays as it is. Loaded with a
 * dynamic import from src/main.tsx: workbox-window and this notice stay out of the first download.
 */
/// <reference types="vite-plugin-pwa/vanillajs" />
import type { i18n as I18n } from 'i18next';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { registerSW } from 'virtual:pwa-register';
import { UpdateNotice } from './update-notice.tsx';
import './update-notice.css';

export function registerOffline(i18n: I18n): void {
  const host = document.createElement('div');
  host.className = 'update-notice-host';
  document.body.append(host);
  const root = createRoot(host);
  let update: (reload?: boolean) => Promise<void> = () => Promise.resolve();
  let reloading = false;
  const reloadOnce = () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };
  // Only after the user asked: the waiting version takes over, then the page reloads into it. The plugin reloads
  // only when this page already had a worker when it loaded; on a first visit it would not, so the switch of
  // controller reloads too (once).
  const load = () => {
    navigator.serviceWorker.addEventListener('controllerchange', reloadOnce, { once: true });
    void update(true);
  };
  const show = (waiting: boolean) =>
    root.render(
      <I18nextProvider i18n={i18n}>
        <UpdateNotice waiting={waiting} onUpdate={load} />
      </I18nextProvider>,
    );
  show(false);
  update = registerSW({
    onNeedRefresh: () => show(true),
    onNeedReload: reloadOnce,
    // Offline use is an extra: without a service worker (private mode, an old browser) Ruimte works online.
    onRegisterError: (error: unknown) => console.warn('Ruimte: offline use is not available.', error),
  });
}

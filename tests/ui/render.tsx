/** Rendering helpers for component tests: a test i18n instance and the app with a fake scenario source. */
import { render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { expect } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../src/app/app.tsx';
import type { PlayHost } from '../../src/app/play/play-host.ts';
import { createI18n } from '../../src/app/i18n.ts';
import { addLabBundles } from '../../src/features/lab/lab-locales.ts';
import type { Lang } from '../../src/engine/index.ts';
import { fakeSource, type FakeSource } from './fixtures.ts';

/** A fresh i18n instance with the real locale files; it remembers nothing between tests. */
export function testI18n(lng: Lang = 'nl', storage: Storage | null = null) {
  const i18n = createI18n({ lng, storage });
  addLabBundles(i18n); // Lab components are also rendered on their own here, without the page that adds them
  return i18n;
}

/** Render a component inside an i18n provider. */
export function renderWithI18n(ui: ReactElement, lng: Lang = 'nl') {
  const i18n = testI18n(lng);
  const user = userEvent.setup();
  return { user, i18n, ...render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>) };
}

/** Render the whole app at a hash (`#/`, `#/s/<id>`, `#/s/<id>/play`). */
export function renderApp({
  hash = '#/',
  lng = 'nl',
  source = fakeSource(),
  host,
}: { hash?: string; lng?: Lang; source?: FakeSource; host?: PlayHost } = {}) {
  window.history.replaceState(null, '', `/${hash}`);
  const i18n = testI18n(lng);
  const user = userEvent.setup();
  return { user, i18n, source, ...render(<App source={source} i18n={i18n} host={host} />) };
}

export function liveRegion(container: HTMLElement): HTMLElement {
  const region = container.querySelector<HTMLElement>('[aria-live="polite"]');
  if (!region) throw new Error('no polite live region');
  return region;
}

/**
 * A choice's turn is taken in a task right after the paint that marks the chosen option: wait until no choice is
 * pending any more (the client's reply and the next options are on screen).
 */
export async function replied(): Promise<void> {
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());
}

/** Press a number key (it chooses that option, if there is one) and wait for the reply. */
export async function pressOption(user: ReturnType<typeof userEvent.setup>, key: string): Promise<void> {
  await user.keyboard(key);
  await replied();
}

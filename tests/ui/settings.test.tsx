import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsDialog } from '../../src/features/settings/settings-dialog.tsx';
import { SettingsProvider, useSettings } from '../../src/features/settings/settings-context.tsx';
import {
  DEFAULT_SETTINGS,
  SETTINGS_STORAGE_KEY,
  parseSettings,
  readSettings,
  writeSettings,
} from '../../src/features/settings/settings.ts';
import { useReducedMotion } from '../../src/features/shared/use-reduced-motion.ts';
import { renderApp, renderWithI18n } from './render.tsx';

const stored = () => JSON.parse(window.localStorage.getItem(SETTINGS_STORAGE_KEY) ?? 'null');

function Probe() {
  const { settings } = useSettings();
  const reduced = useReducedMotion();
  return (
    <output data-testid="probe">{`${settings.showMeters}|${settings.showThoughts}|${settings.textSize}|${settings.reducedMotion}|${reduced}`}</output>
  );
}

function renderSettings(storage: Storage | null = window.localStorage) {
  return renderWithI18n(
    <SettingsProvider storage={storage}>
      <SettingsDialog />
      <Probe />
    </SettingsProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.className = '';
});

describe('settings data', () => {
  it('falls back to the defaults for corrupt or foreign data, field by field', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ showMeters: 'yes', textSize: 'huge', reducedMotion: 'on', showThoughts: false })).toEqual({
      ...DEFAULT_SETTINGS,
      reducedMotion: 'on',
      showThoughts: false,
    });
    window.localStorage.setItem(SETTINGS_STORAGE_KEY, '{not json');
    expect(readSettings(window.localStorage)).toEqual(DEFAULT_SETTINGS);
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readSettings(broken)).toEqual(DEFAULT_SETTINGS);
    expect(writeSettings(broken, DEFAULT_SETTINGS)).toBe(false);
    expect(writeSettings(null, DEFAULT_SETTINGS)).toBe(false);
  });
});

describe('settings dialog', () => {
  it('opens from the header button, closes on Escape and gives focus back to the button', async () => {
    const { user } = renderSettings();
    const button = screen.getByRole('button', { name: 'Instellingen' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Instellingen' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(within(dialog).getByRole('button', { name: 'Sluiten' })).toHaveFocus();
    expect(within(dialog).getByRole('group', { name: 'Taal' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('stores every change at once and reads it back on the next visit', async () => {
    const { user, unmount } = renderSettings();
    await user.click(screen.getByRole('button', { name: 'Instellingen' }));
    await user.click(screen.getByRole('checkbox', { name: 'Stress en vertrouwen tonen' }));
    await user.click(screen.getByRole('checkbox', { name: 'Gedachten van de cliënt tonen' }));
    await user.click(screen.getByRole('radio', { name: 'Extra groot (voor een beamer)' }));
    await user.click(screen.getByRole('radio', { name: 'Geen beweging' }));
    expect(stored()).toEqual({
      showMeters: false,
      showThoughts: false,
      textSize: 'larger',
      reducedMotion: 'on',
      consultant: 'die',
      consultantName: '',
    });
    expect(screen.getByTestId('probe')).toHaveTextContent('false|false|larger|on|true');
    await user.click(screen.getByRole('button', { name: 'Sluiten' }));
    expect(screen.getByRole('button', { name: 'Instellingen' })).toHaveFocus();
    unmount();
    renderSettings();
    expect(screen.getByTestId('probe')).toHaveTextContent('false|false|larger|on|true');
  });

  it('ignores invalid stored settings and starts from the defaults', () => {
    window.localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ showMeters: 3, textSize: 'giant', reducedMotion: 42 }));
    renderSettings();
    expect(screen.getByTestId('probe')).toHaveTextContent(/^true\|true\|normal\|system\|/);
  });

  it('keeps working without storage (private mode): changes last for this visit', async () => {
    const { user } = renderSettings(null);
    await user.click(screen.getByRole('button', { name: 'Instellingen' }));
    await user.click(screen.getByRole('checkbox', { name: 'Stress en vertrouwen tonen' }));
    expect(screen.getByTestId('probe')).toHaveTextContent(/^false\|/);
    expect(window.localStorage.getItem(SETTINGS_STORAGE_KEY)).toBeNull();
  });

  it('applies text size and reduced motion to the whole page', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    const { user } = renderSettings();
    const root = document.documentElement;
    expect(root).not.toHaveClass('text-size-large');
    expect(root).not.toHaveClass('reduce-motion');
    await user.click(screen.getByRole('button', { name: 'Instellingen' }));
    await user.click(screen.getByRole('radio', { name: 'Groot' }));
    expect(root).toHaveClass('text-size-large');
    await user.click(screen.getByRole('radio', { name: 'Extra groot (voor een beamer)' }));
    expect(root).toHaveClass('text-size-larger');
    expect(root).not.toHaveClass('text-size-large');
    await user.click(screen.getByRole('radio', { name: 'Geen beweging' }));
    expect(root).toHaveClass('reduce-motion');
    expect(root).not.toHaveClass('allow-motion');
    await user.click(screen.getByRole('radio', { name: 'Beweging tonen' }));
    expect(root).not.toHaveClass('reduce-motion');
    expect(root).toHaveClass('allow-motion'); // overrides the system's wish in CSS as well
    await user.click(screen.getByRole('radio', { name: 'Zoals ingesteld op dit apparaat' }));
    expect(root).not.toHaveClass('allow-motion');
  });

  it('is reachable from the header on every screen, and the language can be switched inside it', async () => {
    const { user, i18n } = renderApp({ hash: '#/' });
    await user.click(await screen.findByRole('button', { name: 'Instellingen' }));
    const dialog = screen.getByRole('dialog', { name: 'Instellingen' });
    await user.click(within(dialog).getByRole('button', { name: 'English' }));
    expect(i18n.language).toBe('en');
    expect(screen.getByRole('dialog', { name: 'Settings' })).toBeInTheDocument();
    await act(async () => {
      await user.keyboard('{Escape}');
    });
    expect(screen.getByRole('button', { name: 'Settings' })).toHaveFocus();
  });
});

import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { browserLang, createI18n, LANG_STORAGE_KEY, readStoredLang, storeLang } from '../../src/app/i18n.ts';
import { fakeSource, fixture } from './fixtures.ts';
import { liveRegion, pressOption, renderApp } from './render.tsx';

describe('app: screens and the URL', () => {
  it('goes library → briefing → conversation → ending and back, keeping the hash in step', async () => {
    const { user, container, source } = renderApp();
    await user.click(screen.getByRole('link', { name: 'Naar de briefing: Eerste gesprek' }));

    const title = await screen.findByRole('heading', { level: 1, name: 'Eerste gesprek' });
    expect(window.location.hash).toBe('#/s/test-welkom');
    expect(title).toHaveFocus();
    expect(screen.getByText('Marco Jansen, 44 jaar')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Wat u vooraf weet' })).getByText('Aanvraag via werk.nl, drie weken geleden.'),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Leerdoelen' })).getByText('Eerst contact, dan de papieren.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start het gesprek' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Gesprek met Marco Jansen' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/s/test-welkom/play');
    expect(source.loads).toEqual(['test-welkom']); // loaded once, shared by briefing and conversation

    await pressOption(user, '1');
    expect(liveRegion(container)).toHaveTextContent('Marco: Spannend eigenlijk.');
    await pressOption(user, '1');
    await pressOption(user, '1');
    const ending = screen.getByRole('heading', { level: 1, name: 'Marco gaat met een plan naar huis' });
    expect(ending).toHaveFocus();
    expect(document.title).toBe('Marco gaat met een plan naar huis – Ruimte');

    await user.click(screen.getByRole('button', { name: 'Opnieuw spelen' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Gesprek met Marco Jansen' })).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Wat zegt u?' })).toBeInTheDocument();
    expect(screen.queryByText('Spannend eigenlijk.')).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Ruimte' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kies een gesprek' })).toBeInTheDocument();
  });

  it('lands on the conversation when reloaded at its address', async () => {
    renderApp({ hash: '#/s/test-welkom/play' });
    expect(screen.getByRole('status')).toHaveTextContent('Het scenario wordt geladen…');
    expect(await screen.findByRole('group', { name: 'Wat zegt u?' })).toBeInTheDocument();
  });

  it('shows an error with a retry when loading fails, and loads on retry', async () => {
    let fail = true;
    const source = fakeSource({
      loadScenario: async (id) => {
        if (fail) throw new Error('netwerk weg');
        return id === fixture.id ? fixture : Promise.reject(new Error('?'));
      },
    });
    const { user } = renderApp({ hash: '#/s/test-welkom', source });
    expect(await screen.findByRole('heading', { level: 1, name: 'Dit scenario kon niet worden geladen' })).toHaveFocus();
    expect(screen.getByText('Technische melding: netwerk weg')).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Eerste gesprek' })).toBeInTheDocument();
  });

  it('explains an unknown or a broken scenario instead of loading it', () => {
    renderApp({ hash: '#/s/bestaat-niet' });
    expect(screen.getByRole('heading', { level: 1, name: 'Dit scenario bestaat niet' })).toBeInTheDocument();
    window.history.replaceState(null, '', '/#/s/kapot/play');
    act(() => void window.dispatchEvent(new HashChangeEvent('hashchange')));
    expect(screen.getByRole('heading', { level: 1, name: 'Dit scenario kan niet gestart worden' })).toBeInTheDocument();
  });

  it('has a language switch in the header on every screen; the choice sets <html lang>', async () => {
    const { user } = renderApp({ hash: '#/s/test-welkom' });
    await screen.findByRole('heading', { level: 1, name: 'Eerste gesprek' });
    const switcher = screen.getByRole('group', { name: 'Taal' });
    expect(within(switcher).getByRole('button', { name: 'Nederlands' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(switcher).getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1, name: 'First conversation' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'What you know beforehand' })).toHaveTextContent('Applied via werk.nl three weeks ago.');
    expect(screen.getByRole('button', { name: 'Start the conversation' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Language' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('header', () => {
  it('has a skip link that focuses the main content without changing the screen', async () => {
    const { user } = renderApp({ hash: '#/s/test-welkom' });
    await screen.findByRole('heading', { level: 1, name: 'Eerste gesprek' });
    await user.click(screen.getByRole('link', { name: 'Naar de inhoud' }));
    expect(screen.getByRole('main')).toHaveFocus();
    expect(window.location.hash).toBe('#/s/test-welkom');
    expect(screen.getByRole('heading', { level: 1, name: 'Eerste gesprek' })).toBeInTheDocument();
  });
});

describe('language choice storage', () => {
  it('stores the choice under ruimte.lang and starts in it next time', async () => {
    const first = createI18n({ storage: window.localStorage });
    expect(first.language).toBe('nl');
    await first.changeLanguage('en');
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect(createI18n({ storage: window.localStorage }).language).toBe('en');
  });

  it('follows the browser on a first visit, and a choice once made wins', async () => {
    window.localStorage.removeItem(LANG_STORAGE_KEY);
    expect(browserLang(['de-DE', 'en-GB', 'nl'])).toBe('en');
    expect(browserLang(['nl-BE'])).toBe('nl');
    expect(browserLang(['fr', 'de'])).toBeNull();
    expect(createI18n({ storage: window.localStorage, preferred: ['fr-FR'] }).language).toBe('nl');
    const first = createI18n({ storage: window.localStorage, preferred: ['en-US', 'en'] });
    expect(first.language).toBe('en');
    // Following the browser is not a choice: nothing is stored until the trainee picks a language.
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBeNull();
    await first.changeLanguage('nl');
    expect(createI18n({ storage: window.localStorage, preferred: ['en-US'] }).language).toBe('nl');
  });

  it('ignores storage that throws or holds nonsense', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readStoredLang(broken)).toBeNull();
    expect(() => storeLang(broken, 'en')).not.toThrow();
    expect(readStoredLang({ getItem: () => 'fr' })).toBeNull();
    expect(createI18n({ storage: broken as unknown as Storage }).language).toBe('nl');
  });
});

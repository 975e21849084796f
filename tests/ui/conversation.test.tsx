import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConversationScreen } from '../../src/features/conversation/conversation-screen.tsx';
import { SettingsDialog } from '../../src/features/settings/settings-dialog.tsx';
import { SettingsProvider } from '../../src/features/settings/settings-context.tsx';
import { chooseOption } from '../../src/features/conversation/session-actions.ts';
import { startSession, stateOf, type Session } from '../../src/engine/index.ts';
import { fixture } from './fixtures.ts';
import { liveRegion, pressOption, renderWithI18n, replied } from './render.tsx';

function renderConversation(session: Session = startSession(fixture, { seed: 1 }), lng: 'nl' | 'en' = 'nl') {
  return { session, ...renderWithI18n(<ConversationScreen session={session} />, lng) };
}

const optionGroup = () => screen.getByRole('group', { name: 'Wat zegt u?' });
const optionButtons = () => within(optionGroup()).getAllByRole('button');

const MODE_NL = { open: 'open', opening: 'gaat open', guarded: "op z'n hoede", closed: 'gesloten' } as const;

describe('conversation', () => {
  it('shows the opening line, the thought as a labelled thought, and numbered options in a labelled group', () => {
    renderConversation();
    expect(screen.getByRole('heading', { level: 1, name: 'Gesprek met Marco Jansen' })).toHaveFocus();
    const transcript = screen.getByRole('region', { name: 'Het gesprek tot nu toe' });
    const lines = within(transcript).getAllByRole('listitem');
    expect(lines.map((li) => li.textContent)).toEqual(['MarcoGoedemorgen.', 'Marco denktWat gaan ze vragen?']);
    expect(lines[1]).toHaveClass('line--thought');
    expect(optionButtons().map((b) => b.textContent)).toEqual([
      '1Welkom. Hoe is het voor u om hier te zijn?',
      '2Heeft u uw afschriften bij u?',
      '3Als u niet meewerkt, stopt de uitkering.',
    ]);
    expect(optionButtons()[1]).toHaveAttribute('aria-keyshortcuts', '2');
  });

  it('chooses by click: the transcript grows, the live region announces the reply, focus goes to the next first option', async () => {
    const { user, session, container } = renderConversation();
    expect(liveRegion(container)).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: /Welkom\. Hoe is het/ }));
    await replied();
    expect(stateOf(session).turn).toBe(1);
    const transcript = screen.getByRole('region', { name: 'Het gesprek tot nu toe' });
    expect(within(transcript).getByText('Welkom. Hoe is het voor u om hier te zijn?').previousSibling).toHaveTextContent('U');
    expect(within(transcript).getByText('Spannend eigenlijk.')).toBeInTheDocument();
    expect(liveRegion(container)).toHaveTextContent('Marco: Spannend eigenlijk. Marco: Wat wilt u weten?');
    expect(optionButtons()[0]).toHaveTextContent('Hoe gaat het met de huur?');
    expect(optionButtons()[0]).toHaveFocus();
  });

  describe('a choice still on its way', () => {
    afterEach(() => vi.useRealTimers());
    const fakeFrames = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });

    it('answers a choice at once by marking the chosen option, then takes exactly one turn however often it is chosen again', async () => {
      fakeFrames();
      const { session, container } = renderConversation();
      const transcript = screen.getByRole('region', { name: 'Het gesprek tot nu toe' });
      const chosen = 'Welkom. Hoe is het voor u om hier te zijn?';
      // Frames and timers are under the test's control: nothing that follows the paint runs until they are run.
      await act(() => fireEvent.click(screen.getByRole('button', { name: /Welkom\. Hoe is het/ })));
      expect(stateOf(session).turn).toBe(0);
      // The first paint after the click marks the choice; the trainee's line comes with the client's reply.
      expect(within(transcript).queryByText(chosen)).not.toBeInTheDocument();
      expect(within(transcript).queryByText('Spannend eigenlijk.')).not.toBeInTheDocument();
      expect(optionGroup()).toHaveAttribute('aria-busy', 'true');
      for (const button of optionButtons()) expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(optionButtons().map((button) => button.classList.contains('option--chosen'))).toEqual([true, false, false]);
      expect(liveRegion(container)).toBeEmptyDOMElement(); // the trainee's own line is not announced
      await act(() => fireEvent.click(optionButtons()[1]!));
      await act(() => fireEvent.click(optionButtons()[0]!));
      await act(() => fireEvent.keyDown(window, { key: '3' }));
      await act(() => vi.runAllTimers());
      expect(stateOf(session).choices).toEqual(['welkom']);
      expect(within(transcript).getAllByText(chosen)).toHaveLength(1);
      expect(within(transcript).getByText('Spannend eigenlijk.')).toBeInTheDocument();
      expect(liveRegion(container)).toHaveTextContent('Marco: Spannend eigenlijk. Marco: Wat wilt u weten?');
      expect(optionGroup()).not.toHaveAttribute('aria-busy');
      expect(optionButtons()[0]).not.toHaveAttribute('aria-disabled');
      expect(optionButtons()[0]).toHaveFocus();
    });

    it('is dropped when the screen goes away first (leaving the page, a rewind, playing again)', async () => {
      fakeFrames();
      const { session, unmount } = renderConversation();
      await act(() => fireEvent.keyDown(window, { key: '1' }));
      unmount();
      await act(() => vi.runAllTimers());
      expect(stateOf(session).turn).toBe(0);
    });
  });

  it('chooses by number key and announces a change of mode', async () => {
    const { user, session, container } = renderConversation();
    await pressOption(user, '1'); // welkom
    await pressOption(user, '2'); // reflectie: Marco opens up
    expect(stateOf(session).choices).toEqual(['welkom', 'reflectie']);
    expect(stateOf(session).mode).toBe('opening');
    expect(liveRegion(container)).toHaveTextContent('Marco: Ja. Precies. Marco: En nu? Marco gaat open.');
    expect(optionButtons()[0]).toHaveTextContent('Zullen we samen opschrijven');
  });

  it('ignores number keys while typing, with modifiers, and beyond the options', async () => {
    const session = startSession(fixture, { seed: 1 });
    const { user } = renderWithI18n(
      <>
        <label>
          Notitie
          <input type="text" />
        </label>
        <ConversationScreen session={session} />
      </>,
    );
    await user.click(screen.getByRole('textbox'));
    await pressOption(user, '1');
    await user.keyboard('{Control>}2{/Control}');
    await user.click(screen.getByRole('heading', { level: 1 }));
    await pressOption(user, '4');
    expect(stateOf(session).turn).toBe(0);
    await pressOption(user, '3');
    expect(stateOf(session).choices).toEqual(['dreigen']);
  });

  it('states the mental room in words that match the engine, and the meters show stress and trust', async () => {
    const { user, session } = renderConversation();
    const check = () => {
      const s = stateOf(session);
      const room = Math.round(s.vars.room);
      expect(screen.getByText(`Mentale ruimte: ${room} van 100, ${MODE_NL[s.mode]}`)).toBeInTheDocument();
      expect(screen.getByLabelText('Stress')).toHaveAttribute('value', String(Math.round(s.vars.stress)));
      expect(screen.getByLabelText('Vertrouwen')).toHaveAttribute('value', String(Math.round(s.vars.trust)));
      expect(screen.getByText(`${Math.round(s.vars.stress)} van 100`, { selector: '.meter-row__value' })).toBeInTheDocument();
    };
    check();
    expect(screen.getByText("Mentale ruimte: 41 van 100, op z'n hoede")).toBeInTheDocument();
    await pressOption(user, '3'); // a threat closes the room
    expect(stateOf(session).mode).toBe('closed');
    check();
  });

  it('draws the door more open as the room grows', async () => {
    const { user, container } = renderConversation();
    const leafWidth = () => {
      const points = container
        .querySelector('.room__leaf')!
        .getAttribute('points')!
        .split(' ')
        .map((p) => Number(p.split(',')[0]));
      return points[1]! - points[0]!;
    };
    const before = leafWidth();
    await pressOption(user, '1');
    await pressOption(user, '2');
    expect(leafWidth()).toBeLessThan(before); // seen from the front, an opening door gets narrower
    expect(container.querySelector('.room__drawing')).toHaveAttribute('aria-hidden', 'true');
    expect(container.querySelector('[style]')).toBeNull();
  });

  it('hides the meters and the thoughts when the settings say so (the room always stays)', async () => {
    const session = startSession(fixture, { seed: 1 });
    const { user, container } = renderWithI18n(
      <SettingsProvider>
        <SettingsDialog />
        <ConversationScreen session={session} />
      </SettingsProvider>,
    );
    expect(screen.getByLabelText('Stress')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Instellingen' }));
    await user.click(screen.getByRole('checkbox', { name: 'Stress en vertrouwen tonen' }));
    await user.click(screen.getByRole('checkbox', { name: 'Gedachten van de cliënt tonen' }));
    await pressOption(user, '2'); // a number key inside the dialog does not choose in the conversation behind it
    expect(stateOf(session).turn).toBe(0);
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Stress')).not.toBeInTheDocument();
    expect(screen.getByText(/^Mentale ruimte:/)).toBeInTheDocument();
    expect(screen.queryByText('Wat gaan ze vragen?')).not.toBeInTheDocument();
    await pressOption(user, '1');
    // with thoughts off, the live region does not read them out either
    expect(liveRegion(container)).not.toHaveTextContent('denkt');
  });

  it('keeps the display prop working as an override of the settings', () => {
    renderWithI18n(
      <SettingsProvider>
        <ConversationScreen session={startSession(fixture, { seed: 1 })} display={{ showMeters: false }} />
      </SettingsProvider>,
    );
    expect(screen.queryByLabelText('Stress')).not.toBeInTheDocument();
    expect(screen.getByText('Wat gaan ze vragen?')).toBeInTheDocument();
  });

  it('draws the client as a described image whose description follows the turns', async () => {
    const { user } = renderConversation();
    const portrait = () => screen.getByRole('img', { name: /^Marco / });
    expect(portrait()).toHaveAccessibleName(/^Marco kijkt langs u heen/); // guarded at the start
    const before = portrait().getAttribute('aria-label') ?? portrait().textContent;
    await pressOption(user, '3'); // a threat: Marco closes and wants to get away (flight)
    expect(portrait()).toHaveAccessibleName(
      /^Marco kijkt langs u heen, met bezorgde ogen en opgetrokken wenkbrauwen\. Schouders hoog opgetrokken/,
    );
    expect(portrait().getAttribute('aria-label') ?? portrait().textContent).not.toBe(before);
  });

  it('offers a way back to each of your turns only when rewinding is possible', async () => {
    const session = startSession(fixture, { seed: 1 });
    const { user, unmount } = renderWithI18n(<ConversationScreen session={session} />);
    await pressOption(user, '1');
    await pressOption(user, '2');
    expect(screen.queryByRole('button', { name: /^Terug naar beurt/ })).not.toBeInTheDocument();
    unmount();

    const onRewind = vi.fn();
    const second = renderWithI18n(<ConversationScreen session={session} onRewind={onRewind} />);
    const transcript = screen.getByRole('region', { name: 'Het gesprek tot nu toe' });
    const buttons = within(transcript).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Terug naar beurt 1', 'Terug naar beurt 2']);
    // each button sits in the consultant's own line
    expect(buttons[1]!.closest('li')).toHaveTextContent('U');
    expect(buttons[1]!.closest('li')).toHaveClass('line--consultant');
    await second.user.click(screen.getByRole('button', { name: 'Terug naar beurt 2' }));
    expect(onRewind).toHaveBeenCalledWith(1);
    await act(() => second.i18n.changeLanguage('en'));
    expect(screen.getByRole('button', { name: 'Back to turn 1' })).toBeInTheDocument();
  });

  it('switching to English shows English UI text and English scenario lines', async () => {
    const { user, session, i18n } = renderConversation();
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('heading', { level: 1, name: 'Conversation with Marco Jansen' })).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'What do you say?' });
    expect(within(group).getAllByRole('button')[0]).toHaveTextContent('Welcome. How is it for you to be here?');
    expect(screen.getByText('Good morning.')).toBeInTheDocument();
    expect(screen.getByText('Marco thinks')).toBeInTheDocument();
    expect(screen.getByText(`Mental room: ${Math.round(stateOf(session).vars.room)} of 100, guarded`)).toBeInTheDocument();
    await pressOption(user, '1');
    expect(screen.getByText('Nerve-racking, really.')).toHaveAttribute('lang', 'en');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    await pressOption(user, '2');
    // a line without an English translation falls back to Dutch and is marked as Dutch
    expect(screen.getByText('En nu?')).toHaveAttribute('lang', 'nl');
  });

  it('refuses, without throwing, an option that is no longer on offer', () => {
    const session = startSession(fixture, { seed: 1 });
    expect(chooseOption(session, 'welkom')).toBe(true);
    expect(chooseOption(session, 'welkom')).toBe(false); // a second click that lands after the moment moved on
    expect(stateOf(session).turn).toBe(1);
  });

  it('explains the door and the meters next to them, the mode words included', async () => {
    const { user } = renderConversation();
    const panel = screen.getByRole('complementary', { name: 'Over Marco' });
    const toggle = within(panel).getByText('Wat betekenen deze woorden?');
    expect(toggle.tagName).toBe('SUMMARY');
    await user.click(toggle);
    for (const term of ['Mentale ruimte', 'Denklast', 'Stress', 'Vertrouwen'])
      expect(
        within(panel)
          .getAllByText(term)
          .some((el) => el.tagName === 'DT'),
      ).toBe(true);
    expect(within(panel).getByText(/Het verandert pas als de ruimte duidelijk over een grens gaat/)).toBeVisible();
  });
});

/** The client refers to the trainee as the trainee chose in the settings, in Dutch and in English. */
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConversationScreen } from '../../src/features/conversation/conversation-screen.tsx';
import { SettingsDialog } from '../../src/features/settings/settings-dialog.tsx';
import { SettingsProvider } from '../../src/features/settings/settings-context.tsx';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, parseSettings } from '../../src/features/settings/settings.ts';
import { startSession, type CompiledScenario } from '../../src/engine/index.ts';
import { fixture } from './fixtures.ts';
import { renderWithI18n } from './render.tsx';

const withPlaceholders: CompiledScenario = {
  ...fixture,
  lines: {
    ...fixture.lines,
    'begin.client': { nl: 'Goedemorgen. Bent u {consulent:obj}?', en: 'Good morning. Are you {consulent:obj}?' },
    'begin.thought': {
      nl: '{Consulent:bez} kamer is klein. Wat gaat {consulent} vragen?',
      en: '{Consulent:bez} room is small. What will {consulent} ask?',
    },
  },
};

function renderWith(settings: object | null, lng: 'nl' | 'en') {
  if (settings) window.localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(settings));
  const session = startSession(withPlaceholders, { seed: 1 });
  return renderWithI18n(
    <SettingsProvider storage={window.localStorage}>
      <SettingsDialog />
      <ConversationScreen session={session} />
    </SettingsProvider>,
    lng,
  );
}

const transcriptLines = (name: string) =>
  within(screen.getByRole('region', { name }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

afterEach(() => window.localStorage.clear());

describe('how the client refers to the consultant', () => {
  it('reads a stored choice and name leniently: an unknown choice is the default, a long name is cut', () => {
    expect(parseSettings({ consultant: 'hun', consultantName: 7 })).toMatchObject({
      consultant: DEFAULT_SETTINGS.consultant,
      consultantName: '',
    });
    expect(parseSettings({ consultant: 'name', consultantName: 'x'.repeat(90) }).consultantName).toHaveLength(40);
    expect(parseSettings({ consultant: 'zij' }).consultant).toBe('zij');
  });

  it('uses "die" by default in Dutch and "they" in English', () => {
    const { unmount } = renderWith(null, 'nl');
    expect(transcriptLines('Het gesprek tot nu toe')).toEqual([
      'MarcoGoedemorgen. Bent u hen?',
      'Marco denktHun kamer is klein. Wat gaat die vragen?',
    ]);
    unmount();
    renderWith(null, 'en');
    expect(transcriptLines('The conversation so far')).toEqual([
      'MarcoGood morning. Are you them?',
      'Marco thinksTheir room is small. What will they ask?',
    ]);
  });

  it('uses the chosen pronoun in Dutch and in English', () => {
    const { unmount } = renderWith({ consultant: 'hij' }, 'nl');
    expect(transcriptLines('Het gesprek tot nu toe')).toEqual([
      'MarcoGoedemorgen. Bent u hem?',
      'Marco denktZijn kamer is klein. Wat gaat hij vragen?',
    ]);
    unmount();
    renderWith({ consultant: 'zij' }, 'en');
    expect(transcriptLines('The conversation so far')).toEqual([
      'MarcoGood morning. Are you her?',
      'Marco thinksHer room is small. What will she ask?',
    ]);
  });

  it("uses the trainee's name, trimmed, with the possessive of each language", () => {
    const { unmount } = renderWith({ consultant: 'name', consultantName: '  Kees ' }, 'nl');
    expect(transcriptLines('Het gesprek tot nu toe')).toEqual([
      'MarcoGoedemorgen. Bent u Kees?',
      "Marco denktKees' kamer is klein. Wat gaat Kees vragen?",
    ]);
    unmount();
    renderWith({ consultant: 'name', consultantName: 'Anna' }, 'en');
    expect(transcriptLines('The conversation so far')).toEqual([
      'MarcoGood morning. Are you Anna?',
      "Marco thinksAnna's room is small. What will Anna ask?",
    ]);
  });

  it('changes at once when the trainee changes the setting mid-conversation, and stores the name', async () => {
    const { user } = renderWith(null, 'nl');
    await user.click(screen.getByRole('button', { name: 'Instellingen' }));
    const dialog = screen.getByRole('dialog', { name: 'Instellingen' });
    const group = within(dialog).getByRole('group', { name: 'Hoe de cliënt over u praat' });
    expect(within(group).getByRole('radio', { name: 'die / hen / hun' })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: 'zij / haar' }));
    expect(transcriptLines('Het gesprek tot nu toe')[1]).toBe('Marco denktHaar kamer is klein. Wat gaat zij vragen?');
    expect(within(group).queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(within(group).getByRole('radio', { name: 'Met mijn naam' }));
    await user.type(within(group).getByRole('textbox', { name: 'Uw naam (zoals de cliënt u noemt)' }), 'Mo');
    expect(transcriptLines('Het gesprek tot nu toe')[1]).toBe("Marco denktMo's kamer is klein. Wat gaat Mo vragen?");
    expect(JSON.parse(window.localStorage.getItem(SETTINGS_STORAGE_KEY)!)).toMatchObject({ consultant: 'name', consultantName: 'Mo' });
  });
});

/**
 * The Scenario Lab's components in jsdom (checks run in the page here: jsdom has no workers). The browser
 * tests (tests/e2e/lab.e2e.ts) cover the editor's typing, downloads and the CSP.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContentIssue } from '../../src/content/issues.ts';
import { LabIssues } from '../../src/features/lab/lab-issues.tsx';
import LabPage from '../../src/features/lab/lab-page.tsx';
import { LabPlay } from '../../src/features/lab/lab-play.tsx';
import { LabPlaySession } from '../../src/app/play/lab-play-session.tsx';
import { PlayHostContext } from '../../src/app/play/play-host.ts';
import { WhatNextContext } from '../../src/features/debrief/what-next-context.ts';
import { labCheck, withSlip } from '../../src/features/lab/lab-check.ts';
import { DRAFT_KEY } from '../../src/features/lab/lab.view.ts';
import { TEMPLATE_YAML } from '../../src/features/lab/template.ts';
import { SettingsProvider } from '../../src/features/settings/settings-context.tsx';
import type { StartRequest } from '../../src/engine/index.ts';
import { pressOption, renderApp, renderWithI18n } from './render.tsx';
import { pathCatalogue } from './selfstudy-fixtures.ts';

const scenario = labCheck(TEMPLATE_YAML).scenario!;
/** The page checks, lays out and mounts CodeMirror: slower than most component tests, not timed. */
const SLOW = 30_000;

beforeAll(() => {
  // jsdom has no layout: CodeMirror measures text ranges, so give them empty boxes.
  const empty = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getClientRects ??= empty;
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
});

function issue(over: Partial<ContentIssue>): ContentIssue {
  return {
    file: 'scenario.yaml',
    line: 3,
    column: 5,
    severity: 'error',
    code: 'unknown-field',
    message: 'field "x" is not known',
    ...over,
  };
}

describe('LabIssues', () => {
  it('lists each issue as a button with line, column and kind, and counts them in a live status', async () => {
    const went: ContentIssue[] = [];
    const issues = [issue({}), issue({ line: 9, column: 1, severity: 'warning', code: 'unreachable-moment' })];
    const { user } = renderWithI18n(<LabIssues issues={issues} pending={false} onGoTo={(i) => went.push(i)} label="Controle" />);
    expect(screen.getByRole('status')).toHaveTextContent('1 fout en 1 waarschuwing.');
    const buttons = within(screen.getByRole('list', { name: 'Controle' })).getAllByRole('button');
    expect(buttons[0]).toHaveTextContent(/Fout.*regel 3, kolom 5.*Onbekend veld/);
    expect(buttons[1]).toHaveTextContent(/Waarschuwing.*regel 9, kolom 1.*Onbereikbaar moment/);
    // The guide's explanation of the code, in the UI language, with the (English) message.
    expect(buttons[1]).toHaveTextContent('Geen optie leidt naar dit moment.');
    await user.click(buttons[1]!);
    expect(went.map((i) => i.line)).toEqual([9]);
  });

  it('shows the message in Dutch when the checker has it in Dutch', () => {
    renderWithI18n(
      <LabIssues
        issues={[{ ...issue({}), nl: 'onbekend veld "fase"; bedoelt u "phase"?' }]}
        pending={false}
        onGoTo={() => {}}
        label="Controle"
      />,
    );
    expect(screen.getByText('onbekend veld "fase"; bedoelt u "phase"?')).toHaveAttribute('lang', 'nl');
  });

  it('shows problems of the English table without pretending they are in the editor', () => {
    renderWithI18n(<LabIssues issues={[issue({ file: 'scenario.en.yaml' })]} pending={false} onGoTo={() => {}} label="Controle" />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(/Engels bestand, regel 3/)).toBeInTheDocument();
  });

  it('says so while checking and when all is well', () => {
    const { rerender } = renderWithI18n(<LabIssues issues={null} pending onGoTo={() => {}} label="Controle" />);
    expect(screen.getByRole('status')).toHaveTextContent('Bezig met controleren');
    rerender(<LabIssues issues={[]} pending={false} onGoTo={() => {}} label="Controle" />);
    expect(screen.getByRole('status')).toHaveTextContent('Geen fouten of waarschuwingen gevonden.');
    expect(screen.queryByRole('list')).toBeNull();
  });
});

describe('LabPlay', () => {
  it('starts at the chosen moment with a chosen mode, showing the numbers the engine will use', async () => {
    const started: StartRequest[] = [];
    const { user } = renderWithI18n(
      <LabPlay scenario={scenario} momentId="zorgen" onMomentChange={() => {}} onPlay={(r) => started.push(r)} />,
    );
    expect(screen.getByLabelText('Beginnen bij moment')).toHaveValue('zorgen');
    await user.click(screen.getByLabelText('Zelf kiezen'));
    await user.selectOptions(screen.getByLabelText('Modus'), 'closed');
    expect(screen.getByText(/De cliënt begint gesloten/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spelen vanaf zorgen' }));
    expect(started).toHaveLength(1);
    expect(started[0]).toMatchObject({ momentId: 'zorgen', trust: 30, seed: 1 });
    expect(started[0]!.stress).toBeGreaterThan(50);
  });

  it('starts as the persona arrives unless told otherwise', async () => {
    const started: StartRequest[] = [];
    const { user } = renderWithI18n(
      <LabPlay scenario={scenario} momentId="welkom" onMomentChange={() => {}} onPlay={(r) => started.push(r)} />,
    );
    expect(screen.queryByLabelText('Modus')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Spelen vanaf welkom' }));
    expect(started).toEqual([{ momentId: 'welkom', seed: 1 }]);
  });
});

function nodeButton(id: string): Element {
  const node = document.querySelector(`[data-node="${id}"]`);
  if (!node) throw new Error(`no graph node ${id}`);
  return node;
}

describe('LabPage', () => {
  function renderLab() {
    return renderWithI18n(
      <SettingsProvider storage={null}>
        <LabPage libraryHref="#/" player={LabPlaySession} />
      </SettingsProvider>,
    );
  }

  it(
    'starts from the template, checks it, draws the graph and shows a node’s text',
    async () => {
      const { user } = renderLab();
      expect(screen.getByRole('heading', { level: 1, name: 'Scenario Lab' })).toBeInTheDocument();
      await waitFor(() => expect(screen.getAllByRole('status').some((s) => /Geen fouten/.test(s.textContent ?? ''))).toBe(true), {
        timeout: 20_000,
      });
      // jsdom names SVG buttons differently from browsers; the names themselves are checked in Chromium.
      const node = await waitFor(() => nodeButton('zorgen'), { timeout: 20_000 });
      expect(node).toHaveAttribute('role', 'button');
      await user.click(node);
      expect(screen.getByRole('heading', { name: 'Moment zorgen' })).toBeInTheDocument();
      expect(screen.getByText('Ik lig er wakker van. Ik wil niet op straat komen te staan.')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: /Naar regel \d+ in de editor/ })).toBeInTheDocument();
      expect(nodeButton('welkom')).toHaveAttribute('tabindex', '0');
      expect(nodeButton('welkom').querySelector('.lab-node__marks')).toHaveTextContent('start');
    },
    SLOW,
  );

  it(
    'plays from a moment chosen in the graph, in the normal player, and comes back to the editor',
    async () => {
      const { user } = renderLab();
      await user.click(await waitFor(() => nodeButton('plan'), { timeout: 20_000 }));
      await user.click(screen.getByRole('button', { name: 'Spelen vanaf dit moment' }));
      expect(screen.getByRole('tab', { name: 'Spelen' })).toHaveAttribute('aria-selected', 'true');
      await user.click(screen.getByRole('button', { name: 'Spelen vanaf plan' }));
      expect(screen.getAllByText('Wat moet ik nu doen?').length).toBeGreaterThan(0);
      expect(screen.getByText(/Proefgesprek vanaf moment plan/)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Stoppen en terug naar de editor' }));
      expect(screen.getByRole('heading', { level: 1, name: 'Scenario Lab' })).toBeVisible();
    },
    SLOW,
  );

  it(
    'takes pasted text as the new scenario',
    async () => {
      const { user } = renderLab();
      await user.click(screen.getByRole('button', { name: 'Tekst plakken' }));
      const box = screen.getByLabelText('Plak hier de tekst van een scenario');
      await user.click(box);
      await user.paste(TEMPLATE_YAML.replace('id: mijn-scenario', 'id: geplakt'));
      await user.click(screen.getByRole('button', { name: 'Deze tekst gebruiken' }));
      expect(screen.getByText('Geopend: geplakte tekst.')).toBeInTheDocument();
      expect(await screen.findByRole('button', { name: 'Opslaan als geplakt.yaml' }, { timeout: 20_000 })).toBeInTheDocument();
      expect(box).not.toBeVisible();
    },
    SLOW,
  );

  it(
    'writes the English table with every line id, like scenarios:translate, and opens it as the translation',
    async () => {
      const created: Blob[] = [];
      const url = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
        created.push(blob as Blob);
        return 'blob:test';
      });
      const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
      try {
        const { user } = renderLab();
        const button = await screen.findByRole('button', { name: 'Engels bestand maken: mijn-scenario.en.yaml' }, { timeout: 20_000 });
        await waitFor(() => expect(button).toBeEnabled(), { timeout: 20_000 });
        await user.click(button);
        expect(
          screen.getByText(/mijn-scenario\.en\.yaml staat in uw downloads en is geopend als vertaling; nog te vertalen: \d+ regels\./),
        ).toBeInTheDocument();
        // jsdom's Blob has no text(): read it as a FileReader would.
        const table = await new Promise<string>((resolve) => {
          const reader = new FileReader();
          reader.onload = () => resolve(reader.result as string);
          reader.readAsText(created[0]!);
        });
        expect(table).toMatch(/^ {2}# nl [0-9a-f]{6}: /m);
        expect(table).toContain('\n  meta.title:\n');
        expect(screen.getByText(/Engelse vertaling geopend: mijn-scenario\.en\.yaml/)).toBeInTheDocument();
      } finally {
        url.mockRestore();
        revoke.mockRestore();
        click.mockRestore();
      }
    },
    SLOW,
  );

  it(
    'keeps the draft in localStorage and opens with it',
    async () => {
      const draft = TEMPLATE_YAML.replace('id: mijn-scenario', 'id: uit-het-concept');
      window.localStorage.setItem(DRAFT_KEY, draft);
      const store = vi.spyOn(Storage.prototype, 'setItem');
      try {
        renderLab();
        expect(await screen.findByRole('button', { name: 'Opslaan als uit-het-concept.yaml' }, { timeout: 20_000 })).toBeInTheDocument();
        // Awaits the Lab's own (debounced) save of the draft, then checks that it kept the draft it opened with.
        await waitFor(() => expect(store.mock.calls.some(([key]) => key === DRAFT_KEY)).toBe(true), { timeout: 20_000 });
        expect(window.localStorage.getItem(DRAFT_KEY)).toBe(draft);
      } finally {
        store.mockRestore();
      }
    },
    SLOW,
  );
});

describe('the Lab with a typing slip', () => {
  it(
    'keeps the file name on the save button while YAML cannot read the text',
    async () => {
      window.localStorage.setItem(DRAFT_KEY, withSlip(TEMPLATE_YAML.replace('id: mijn-scenario', 'id: met-een-slip')));
      try {
        renderWithI18n(
          <SettingsProvider storage={null}>
            <LabPage libraryHref="#/" player={LabPlaySession} />
          </SettingsProvider>,
        );
        await waitFor(() => expect(screen.getAllByRole('status').some((s) => /1 fout\b/.test(s.textContent ?? ''))).toBe(true), {
          timeout: 20_000,
        });
        expect(screen.getByRole('button', { name: 'Opslaan als met-een-slip.yaml' })).toBeInTheDocument();
      } finally {
        window.localStorage.removeItem(DRAFT_KEY);
      }
    },
    SLOW,
  );
});

describe('the app', () => {
  it(
    'has the Lab at #/lab, loaded on demand',
    async () => {
      renderApp({ hash: '#/lab' });
      expect(await screen.findByRole('heading', { level: 1, name: 'Scenario Lab' }, { timeout: 20_000 })).toBeInTheDocument();
    },
    SLOW,
  );
});

describe("LabPlaySession: the player's play flow, keeping nothing", () => {
  it(
    'rewinds like the player, and a trial play is not saved nor heard by a host',
    async () => {
      const heard: string[] = [];
      const host = { observers: [{ turn: () => heard.push('turn') }] };
      const { user } = renderWithI18n(
        <PlayHostContext.Provider value={host}>
          <SettingsProvider storage={null}>
            <LabPlaySession scenario={scenario} request={{ momentId: scenario.start, seed: 1 }} backHref="#/lab" />
          </SettingsProvider>
        </PlayHostContext.Provider>,
      );
      const group = () => screen.getByRole('group', { name: 'Wat zegt u?' });
      const first = within(group())
        .getAllByRole('button')
        .map((b) => b.textContent);
      await pressOption(user, '1');
      await user.click(screen.getByRole('button', { name: 'Terug naar beurt 1' }));
      expect(
        within(group())
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(first);
      expect(Object.keys(window.localStorage).filter((k) => k.startsWith('ruimte.'))).toEqual([]);
      expect(heard).toEqual([]);
    },
    SLOW,
  );

  it(
    'its debrief suggests no next scenario from the library, even inside the app',
    async () => {
      const library = { catalogue: pathCatalogue, played: () => new Set<string>(), briefingHref: (id: string) => `#/s/${id}` };
      const { user } = renderWithI18n(
        <WhatNextContext.Provider value={library}>
          <SettingsProvider storage={null}>
            <LabPlaySession scenario={scenario} request={{ momentId: scenario.start, seed: 1 }} backHref="#/lab" />
          </SettingsProvider>
        </WhatNextContext.Provider>,
      );
      // Any path ends: choose the first option until the ending offers the debrief.
      for (let turn = 0; turn < 40 && !screen.queryByRole('button', { name: 'Naar de nabespreking' }); turn++) await pressOption(user, '1');
      await user.click(screen.getByRole('button', { name: 'Naar de nabespreking' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Nabespreking' }, { timeout: 20_000 })).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'Wat nu?' })).not.toBeInTheDocument();
    },
    SLOW,
  );
});

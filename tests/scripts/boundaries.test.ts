/**
 * The architecture's boundaries are lint rules; these probes break each one and must be refused, so a rule
 * that is weakened or mistyped in eslint.config.js fails here instead of letting the next import through.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Type information is not needed for import and global rules; without it a probe file need not exist on disk.
const eslint = new ESLint({
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => /restricted/.test(ruleId),
});

async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const PROBES: [string, string, string, RegExp][] = [
  ['the engine imports React', 'src/engine/probe.ts', "import { useState } from 'react';\nexport const x = useState;", /pure TypeScript/],
  [
    'the engine imports the content pipeline',
    'src/engine/probe.ts',
    "import { checkScenario } from '../content/check.ts';\nexport const x = checkScenario;",
    /content pipeline/,
  ],
  ['the engine uses Math.random', 'src/engine/probe.ts', 'export const x = Math.random();', /seeded generator/],
  ['the engine reads the clock', 'src/engine/probe.ts', 'export const x = Date.now();', /never from the clock/],
  ['the engine makes a current date', 'src/engine/probe.ts', 'export const x = new Date();', /no current date/],
  ['the engine sets a timer', 'src/engine/probe.ts', 'setTimeout(() => 1, 0);', /no timers/],
  [
    'content reads files with Node',
    'src/content/probe.ts',
    "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;",
    /browser too/,
  ],
  ['content touches the DOM', 'src/content/probe.ts', 'export const x = document.title;', /pure TypeScript/],
  [
    'content imports a feature',
    'src/content/probe.ts',
    "import { x as y } from '../features/shared/level.ts';\nexport const x = y;",
    /pure TypeScript/,
  ],
  [
    'a feature imports the app',
    'src/features/library/probe.ts',
    "import { hashFor } from '../../app/route.ts';\nexport const x = hashFor;",
    /must not import from src\/app/,
  ],
  ['the engine imports i18next', 'src/engine/probe.ts', "import i18next from 'i18next';\nexport const x = i18next;", /pure TypeScript/],
  ['the engine touches the DOM', 'src/engine/probe.ts', 'export const x = window.location;', /pure TypeScript/],
  [
    'a feature reaches into an engine module',
    'src/features/library/probe.ts',
    "import { takeTurn } from '../../engine/turn.ts';\nexport const x = takeTurn;",
    /src\/engine\/index.ts/,
  ],
  [
    'the app reaches into an engine module',
    'src/app/probe.ts',
    "import { takeTurn } from '../engine/turn.ts';\nexport const x = takeTurn;",
    /src\/engine\/index.ts/,
  ],
  [
    'a route opens the attempt store itself',
    'src/app/probe.ts',
    "import { AttemptStore } from './play/attempt-store.ts';\nexport const x = AttemptStore;",
    /owned by src\/app\/play/,
  ],
];

describe('lint refuses every probe that crosses a boundary', { timeout: 60_000 }, () => {
  it.each(PROBES)('%s', async (_name, file, code, message) => {
    const found = await refusals(file, code);
    expect(
      found.some((m) => message.test(m)),
      found.join('\n') || 'no refusal',
    ).toBe(true);
  });

  it('lets the same code through where it belongs (the probes test the boundary, not the syntax)', async () => {
    expect(await refusals('src/features/library/probe.ts', "import { useState } from 'react';\nexport const x = useState;")).toEqual([]);
    expect(await refusals('src/app/probe.ts', "import { hashFor } from './route.ts';\nexport const x = hashFor;")).toEqual([]);
    expect(await refusals('src/app/probe.ts', "import { takeTurn } from '../engine/index.ts';\nexport const x = takeTurn;")).toEqual([]);
    expect(
      await refusals('src/app/play/probe.ts', "import { AttemptStore } from './attempt-store.ts';\nexport const x = AttemptStore;"),
    ).toEqual([]);
    expect(await refusals('scripts/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;")).toEqual([]);
  });
});

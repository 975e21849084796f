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
  ['the engine imports the content pipeline', 'src/engine/probe.ts', "import { checkScenario } from '../content/check.ts';\nexport const x = checkScenario;", /content pipeline/],
  ['the engine uses Math.random', 'src/engine/probe.ts', 'export const x = Math.random();', /seeded generator/],
  ['the engine reads the clock', 'src/engine/probe.ts', 'export const x = Date.now();', /never from the clock/],
  ['the engine makes a current date', 'src/engine/probe.ts', 'export const x = new Date();', /no current date/],
  ['the engine sets a timer', 'src/engine/probe.ts', 'setTimeout(() => 1, 0);', /no timers/],
  ['content reads files with Node', 'src/content/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", /browser too/],
  ['content touches the DOM', 'src/content/probe.ts', 'export const x = document.title;', /pure TypeScript/],
  ['content imports a feature', 'src/content/probe.ts', "import { x as y } from '../features/shared/level.ts';\nexport const x = y;", /pure TypeScript/],
  ['a feature imports the app', 'src/features/library/probe.ts', "import { hashFor } from '../../app/route.ts';\nexport const x = hashFor;", /must not import from src\/app/],
];

describe('lint refuses every probe that crosses a boundary', { timeout: 60_000 }, () => {
  it.each(PROBES)('%s', async (_name, file, code, message) => {
    const found = await refusals(file, code);
    expect(found.some((m) => message.test(m)), found.join('\n') || 'no refusal').toBe(true);
  });

  it('lets the same code through where it belongs (the probes test the boundary, not the syntax)', async () => {
    expect(await refusals('src/features/library/probe.ts', "import { useState } from 'react';\nexport const x = useState;")).toEqual([]);
    expect(await refusals('src/app/probe.ts', "import { hashFor } from './route.ts';\nexport const x = hashFor;")).toEqual([]);
    expect(await refusals('scripts/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;")).toEqual([]);
  });
});

/**
 * Golden output for broken and hostile scenario files: each case must give exactly the lines in its
 * `.expected.txt` (what `npm run scenarios:check` prints); how fast it is, `npm run bench` measures.
 * Regenerate after an intended wording change with `UPDATE_GOLDEN=1 npx vitest run tests/content/broken-fixtures.test.ts`, then review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brokenCaseNames, checkBrokenCase, expectedPath, formatted } from './helpers/broken-cases.ts';

const update = process.env.UPDATE_GOLDEN === '1';

describe('broken scenario files', () => {
  it.each(brokenCaseNames())('%s gives the expected located messages', (name) => {
    const result = checkBrokenCase(name);
    const actual = formatted(result);
    const path = expectedPath(name);
    if (update) writeFileSync(path, actual);
    expect(existsSync(path), `missing ${path}; run with UPDATE_GOLDEN=1 to create it`).toBe(true);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });

  it.each(brokenCaseNames())('%s: every issue is located inside the file and says what to do', (name) => {
    const { issues, scenario } = checkBrokenCase(name);
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) {
      expect(i.line).toBeGreaterThanOrEqual(1);
      expect(i.column).toBeGreaterThanOrEqual(1);
      // Advice follows a semicolon (or a "did you mean" question): never a bare complaint.
      expect(i.message).toMatch(/; |\?$/);
    }
    if (issues.some((i) => i.severity === 'error')) expect(scenario).toBeNull();
  });
});

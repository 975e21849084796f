import { describe, expect, it } from 'vitest';
import { formatIssue, formatSummary, issue, sortIssues } from '../../src/content/issues.ts';
import { closest, levenshtein } from '../../src/content/suggest.ts';

describe('issue formatting', () => {
  const error = issue(
    'scenarios/a.yaml',
    { line: 12, column: 5 },
    'error',
    'unknown-field',
    'unknown field "opties" in moment "welkom"; did you mean "options"?',
  );
  const warning = issue('scenarios/a.yaml', { line: 3, column: 1 }, 'warning', 'unused-fact', 'fact "x" is never asked; add it');

  it('formats path:line:column: severity: message', () => {
    expect(formatIssue(error)).toBe('scenarios/a.yaml:12:5: error: unknown field "opties" in moment "welkom"; did you mean "options"?');
  });

  it('summarises with plurals', () => {
    expect(formatSummary(3, [error, warning, warning])).toBe('3 scenarios checked: 1 error, 2 warnings');
    expect(formatSummary(1, [])).toBe('1 scenario checked: no problems');
  });

  it('sorts by file and position', () => {
    expect(sortIssues([error, warning])).toEqual([warning, error]);
  });
});

describe('did you mean', () => {
  it('finds plausible typos only', () => {
    expect(closest('opties', ['id', 'phase', 'client', 'thought', 'options'])).toBe('options');
    expect(closest('walkout', ['walkOut', 'when'])).toBe('walkOut');
    expect(closest('kleur', ['id', 'phase', 'client', 'thought', 'options'])).toBeUndefined();
    expect(levenshtein('afsprak', 'afspraak')).toBe(1);
  });
});

/**
 * The smells that compare texts (src/content/library-smells.ts) and the systematic give-away: each reported,
 * located, on a variant of the clean fixture that has it, and never on the clean fixture itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioSource } from '../../src/content/check.ts';
import { cueShares } from '../../src/content/form-cues.ts';
import { libraryIssues, normaliseText, normaliseTextFull, similarity } from '../../src/content/library-smells.ts';
import { yamlFiles } from '../helpers/scenarios.ts';
import { NO_FEATURES, type Code } from '../../src/engine/codes.ts';

const CLEAN = readFileSync('tests/content/fixtures/smells/clean.yaml', 'utf8');

function check(text: string, path = 'variant.yaml') {
  const result = checkScenarioSource({ path, text });
  expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return result;
}
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const codesOf = (text: string) => check(text).issues.map((i) => i.code);

describe('texts compared', () => {
  it('the clean fixture has none of these smells', () => {
    const codes = codesOf(CLEAN);
    for (const code of ['line-repeated', 'line-shared', 'coding-inconsistent', 'giveaway-systematic']) expect(codes).not.toContain(code);
  });

  it('line-repeated: the same client line twice in one scenario, reported at the second', () => {
    const text = CLEAN.replace(
      'reply: Dat weet ik. Dat hoeft u me niet te vertellen.',
      'reply: Ja. Dat voelt raar. Ik heb altijd alles zelf gedaan.',
    );
    const found = check(text).issues.filter((i) => i.code === 'line-repeated');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', line: lineOf(text, 'reply: Ja. Dat voelt raar') + 6 });
    expect(found[0]!.message).toMatch(new RegExp(`also said on line ${lineOf(text, 'reply: Ja. Dat voelt raar')}`));
  });

  it('coding-inconsistent: nearly the same words with other codes, reported with both codings', () => {
    const text = CLEAN.replace('text: Ja. U krijgt binnen acht weken een brief.', 'text: Ja. En hoe was dit gesprek voor u?');
    const found = check(text).issues.filter((i) => i.code === 'coding-inconsistent');
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(lineOf(text, 'text: Ja. En hoe was dit gesprek'));
    expect(found[0]!.message).toMatch(
      /option "afsluiting-kort" \(coded \[giving-information\]\) says nearly the same as option "afsluiting-vraag" on line \d+ \(coded \[question-open\]\)/,
    );
  });

  it('line-shared: the same client line in two scenarios is reported in both files', () => {
    const a = check(CLEAN, 'a.yaml').library!;
    const b = check(CLEAN.replace('id: oefen-sanne', 'id: oefen-sanne-twee'), 'b.yaml').library!;
    const across = libraryIssues([a, b], true);
    const shared = across.filter((i) => i.code === 'line-shared');
    expect(new Set(shared.map((i) => i.file))).toEqual(new Set(['a.yaml', 'b.yaml']));
    // and the same text in one file is not reported again as "across"
    expect(libraryIssues([a], true)).toEqual([]);
  });

  it('normalises case, punctuation and placeholders before comparing', () => {
    expect(normaliseText('Ja, {Consulent} weet het!')).toBe(normaliseText('ja {consulent:obj} weet het'));
    const grams = (t: string) =>
      new Set([...` ${normaliseText(t)} `].map((_, i, s) => s.slice(i, i + 3).join('')).filter((g) => g.length === 3));
    expect(
      similarity(grams('Het is de procedure, die geldt voor iedereen.'), grams('Het is gewoon de procedure, die geldt voor iedereen.')),
    ).toBeGreaterThan(0.8);
    expect(similarity(grams('Hoe is het om hier te zijn?'), grams('Heeft u uw paspoort bij u?'))).toBeLessThan(0.5);
  });

  // normaliseText takes a shortcut for plain ASCII texts: it must give exactly what the full way gives.
  it('normalises ASCII texts as the full way does: every line of every shipped file and fixture, every character', () => {
    let ascii = 0;
    for (const file of yamlFiles()) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (/^[\0-\x7f]*$/.test(line)) ascii += 1;
        expect(normaliseText(line)).toBe(normaliseTextFull(line));
      }
    }
    expect(ascii).toBeGreaterThan(100);
    const all = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));
    for (const c of all) {
      for (const text of [c, `a${c}B`, ` ${c}9 ${c}`, `{${c}}x`, `x{a${c}`, `Q}${c}{`])
        expect(normaliseText(text)).toBe(normaliseTextFull(text));
    }
    // Random texts, with braces often enough to open and close placeholders in every order.
    const alphabet = [...all, '{', '}', '{', '}', ' ', 'A'];
    let r = 11;
    for (let n = 0; n < 1000; n += 1) {
      let text = '';
      for (let i = 0; i < 14; i += 1) {
        r = (r * 1103515245 + 12345) % 2147483648;
        text += alphabet[r % alphabet.length];
      }
      expect(normaliseText(text)).toBe(normaliseTextFull(text));
    }
    expect(normaliseText('Één café, {Consulent}!')).toBe(normaliseTextFull('Één café, {Consulent}!'));
  });
});

describe('giveaway-systematic', () => {
  const option = (codes: Code[]) => ({ codes, features: NO_FEATURES });
  const moment = (bestFirst: boolean) => ({
    texts: bestFirst
      ? ['Dat klinkt alsof u al heel lang alles alleen draagt, en dat het nu te veel wordt.', 'Wat is uw BSN?']
      : ['Wat is uw burgerservicenummer, en heeft u uw pas bij u?', 'U draagt het alleen.'],
    options: bestFirst
      ? [option(['reflection-complex']), option(['question-closed'])]
      : [option(['question-closed']), option(['reflection-complex'])],
  });

  it('flags a cue that picks the best option far more often than chance, across enough moments', () => {
    const shares = cueShares(Array.from({ length: 8 }, () => moment(true)));
    expect(shares.find((s) => s.cue === 'longest')).toMatchObject({ moments: 8, hits: 8, chance: 4, giveaway: true });
    expect(shares.find((s) => s.cue === 'shortest')!.giveaway).toBe(false);
  });

  it('does not flag a mixed pattern, or too few moments', () => {
    const mixed = Array.from({ length: 8 }, (_, i) => moment(i % 2 === 0));
    expect(cueShares(mixed).some((s) => s.giveaway)).toBe(false);
    expect(cueShares(Array.from({ length: 4 }, () => moment(true))).some((s) => s.giveaway)).toBe(false);
  });

  it('is reported as a located warning on a scenario where the best option is always the longest', () => {
    // Six more moments after the clean fixture's, each with a long reflection and a short closed question.
    const extra = Array.from(
      { length: 6 },
      (_, k) => `
  - id: extra-${k}
    phase: focusing
    client: Nog iets, nummer ${k}.
    options:
      - id: extra-${k}-lang
        text: Als ik u goed begrijp, draagt u dit al heel lang alleen, en nu wordt het u te veel (${k}).
        codes: [reflection-complex]
        reply: Ja, zo is het precies, nummer ${k}, al heel lang.
        next: ${k === 5 ? 'afspraak' : `extra-${k + 1}`}
      - id: extra-${k}-kort
        text: Wat is uw BSN (${k})?
        codes: [question-closed]
        features: { questions: 1 }
        reply: Dat staat op mijn pas, nummer ${k}, hier.
        next: ${k === 5 ? 'afspraak' : `extra-${k + 1}`}
`,
    ).join('');
    const text = CLEAN.replace(/next: afspraak\n/g, 'next: extra-0\n').replace('\nendings:', `${extra}\nendings:`);
    const found = check(text).issues.filter((i) => i.code === 'giveaway-systematic');
    expect(found.map((i) => i.message)).toEqual([
      expect.stringMatching(/the option that is best for the client is the longest option in \d+% of them, where chance would give \d+%/),
    ]);
    expect(found[0]!.line).toBe(lineOf(text, 'moments:'));
  });
});

import { describe, expect, it } from 'vitest';
import {
  cleanConsultantName,
  DEFAULT_CONSULTANT,
  fillConsultant,
  isKnownPlaceholder,
  mentionsConsultant,
  PLACEHOLDERS,
  possessiveOf,
  withConsultant,
  type ConsultantChoice,
  type ConsultantReference,
} from '../../src/engine/consultant.ts';
import { loadExample } from '../helpers/scenarios.ts';

const ref = (choice: ConsultantChoice, name = ''): ConsultantReference => ({ choice, name });
const ALL = '{consulent} | {consulent:obj} | {consulent:bez} | {Consulent} | {Consulent:obj} | {Consulent:bez}';

describe('fillConsultant', () => {
  it.each([
    ['zij', 'zij | haar | haar | Zij | Haar | Haar'],
    ['hij', 'hij | hem | zijn | Hij | Hem | Zijn'],
    ['die', 'die | hen | hun | Die | Hen | Hun'],
  ] as const)('Dutch, %s: every form, lower case and capitalised', (choice, expected) => {
    expect(fillConsultant(ALL, ref(choice), 'nl')).toBe(expected);
  });

  it.each([
    ['zij', 'she | her | her | She | Her | Her'],
    ['hij', 'he | him | his | He | Him | His'],
    ['die', 'they | them | their | They | Them | Their'],
  ] as const)('English, %s: every form, lower case and capitalised', (choice, expected) => {
    expect(fillConsultant(ALL, ref(choice), 'en')).toBe(expected);
  });

  it('uses the name, with the possessive by the rules of each language', () => {
    expect(fillConsultant(ALL, ref('name', 'Anna'), 'nl')).toBe("Anna | Anna | Anna's | Anna | Anna | Anna's");
    expect(fillConsultant(ALL, ref('name', 'Anna'), 'en')).toBe("Anna | Anna | Anna's | Anna | Anna | Anna's");
    expect(fillConsultant('{Consulent:bez} vraag', ref('name', 'Kees'), 'nl')).toBe("Kees' vraag");
    expect(fillConsultant('{Consulent:bez} question', ref('name', 'Kees'), 'en')).toBe("Kees' question");
  });

  it('capitalises a name typed in lower case only where a sentence starts', () => {
    expect(fillConsultant('{Consulent} zegt: {consulent}', ref('name', 'sam'), 'nl')).toBe('Sam zegt: sam');
  });

  it('falls back to the default when "name" is chosen but no name is given', () => {
    expect(fillConsultant('{consulent}', ref('name', '   '), 'nl')).toBe('die');
    expect(DEFAULT_CONSULTANT.choice).toBe('die');
  });

  it('replaces every occurrence in a sentence and leaves the rest alone', () => {
    const text = '{Consulent} vraagt hoe het met míj gaat. Ik kijk {consulent:obj} aan; {consulent:bez} pen ligt klaar.';
    expect(fillConsultant(text, ref('hij'), 'nl')).toBe('Hij vraagt hoe het met míj gaat. Ik kijk hem aan; zijn pen ligt klaar.');
    expect(fillConsultant('Geen plaatshouder hier.', ref('hij'), 'nl')).toBe('Geen plaatshouder hier.');
  });

  it('leaves unknown or misspelt placeholders visible (the checker reports them)', () => {
    for (const token of ['{consultent}', '{naam}', '{consulent:xyz}', '{ consulent }', '{CONSULENT}']) {
      expect(fillConsultant(`a ${token} b`, ref('zij'), 'nl')).toBe(`a ${token} b`);
    }
  });

  it('never fills in twice: a name that looks like a placeholder, or markup, stays as typed', () => {
    expect(fillConsultant('{consulent}', ref('name', '{Consulent:bez}'), 'nl')).toBe('{Consulent:bez}');
    expect(fillConsultant('{consulent}', ref('name', '<b>x</b>'), 'nl')).toBe('<b>x</b>');
  });

  it('lists exactly the six placeholders as known', () => {
    expect(PLACEHOLDERS).toHaveLength(6);
    for (const token of PLACEHOLDERS) expect(isKnownPlaceholder(token)).toBe(true);
    expect(isKnownPlaceholder('{consultant}')).toBe(false);
  });
});

describe('possessiveOf', () => {
  it.each([
    ['Anna', "Anna's"],
    ['Mo', "Mo's"],
    ['Eddy', "Eddy's"],
    ['René', "René's"],
    ['Kees', "Kees'"],
    ['Max', "Max'"],
    ['Inez', "Inez'"],
    ['Joyce', "Joyce'"],
    ['Peter', 'Peters'],
    ['Anne', 'Annes'],
    ['Ahmed', 'Ahmeds'],
  ])('Dutch: %s → %s', (name, expected) => {
    expect(possessiveOf(name, 'nl')).toBe(expected);
  });

  it.each([
    ['Anna', "Anna's"],
    ['Peter', "Peter's"],
    ['Kees', "Kees'"],
  ])('English: %s → %s', (name, expected) => {
    expect(possessiveOf(name, 'en')).toBe(expected);
  });
});

describe('cleanConsultantName', () => {
  it('trims, folds whitespace and control characters, and limits the length', () => {
    expect(cleanConsultantName('  Anna   de\tVries\n')).toBe('Anna de Vries');
    expect(cleanConsultantName('x'.repeat(100))).toHaveLength(40);
  });
});

describe('withConsultant', () => {
  const example = loadExample();
  const withPlaceholder = {
    ...example,
    lines: { ...example.lines, [example.title]: { nl: '{Consulent} en ik', en: '{Consulent} and me' } },
  };

  it('fills every line in each language and changes nothing else', () => {
    const filled = withConsultant(withPlaceholder, ref('zij'));
    expect(filled.lines[example.title]).toEqual({ nl: 'Zij en ik', en: 'She and me' });
    expect(filled.moments).toBe(withPlaceholder.moments);
    expect(withPlaceholder.lines[example.title]!.nl).toBe('{Consulent} en ik');
  });

  it('knows whether any text refers to the consultant (a misspelt placeholder does not count)', () => {
    expect(mentionsConsultant(withPlaceholder)).toBe(true);
    expect(mentionsConsultant({ ...example, lines: { x: { nl: 'Geen plaatshouder.', en: 'None.' } } })).toBe(false);
    expect(mentionsConsultant({ ...example, lines: { x: { nl: 'Zegt {consultent} dat?' } } })).toBe(false);
    expect(mentionsConsultant({ ...example, lines: { x: { nl: 'Geen.', en: 'Does {consulent} say so?' } } })).toBe(true);
  });

  it('returns the scenario itself when no line has a placeholder', () => {
    const plain = { ...example, lines: Object.fromEntries(Object.entries(example.lines).map(([id]) => [id, { nl: 'tekst' }])) };
    expect(withConsultant(plain, ref('hij'))).toBe(plain);
  });
});

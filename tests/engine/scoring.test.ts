import { describe, expect, it } from 'vitest';
import { curves, mitiSummary, replay, stressSensitiveChecklist } from './engine-api.ts';
import { loadExample } from '../helpers/scenarios.ts';
import { playScript } from '../helpers/play.ts';

/** The script played until it ends (a system-first client may walk out before the script is through). */
const played = (script: string[]) => playScript(example, script, 1).at(-1)!;

const example = loadExample();
const CLIENT_FIRST = [
  'welkom',
  'spannend-reflectie',
  'agenda-met-keuze',
  'wat-is-er-gebeurd',
  'doorzetter',
  'kinderen-reflectie',
  'huur-toestemming',
  'zorgen-reflectie',
  'samenvatten',
  'werk-reflectie',
  'uitleg-met-toestemming',
  'bijverdienste-normaliseren',
  'geldzaken-open',
  'samen-opschrijven',
  'idee-met-toestemming',
  'sms-en-terugblik',
];
const SYSTEM_FIRST = [
  'papieren-eerst',
  'bsn-vragen',
  'alle-documenten',
  'sinds-wanneer',
  'ontslagbrief',
  'woont-er-iemand',
  'huur-open',
  'budget-tip',
  'genoeg-gehoord',
  'aan-het-werk',
  'regels-zelf-lezen',
  'andere-inkomsten',
  'hoeveel-rekeningen',
  'veertien-dagen',
  'verwijzing-schuldhulp',
  'beslissing-acht-weken',
];

describe('MITI-informed summary', () => {
  it('rates a client-first conversation fair or good and a system-first one below', () => {
    const cf = mitiSummary(replay(example, CLIENT_FIRST, { seed: 1 }).explanations);
    const sf = mitiSummary(played(SYSTEM_FIRST).explanations);
    expect(cf.reflectionToQuestion.rating).not.toBe('below');
    expect(cf.percentComplexReflections.rating).toBe('good');
    expect(cf.percentMiAdherent.value).toBe(1);
    expect(sf.reflectionToQuestion).toMatchObject({ value: 0, rating: 'below' });
    expect(sf.miNonAdherent).toBeGreaterThan(0);
    expect(sf.percentOpenQuestions.rating).toBe('below');
  });

  it('counts one question and one reflection per turn, and confront over persuade', () => {
    const state = replay(example, ['papieren-eerst', 'bsn-vragen', 'alle-documenten', 'sinds-wanneer'], { seed: 1 });
    const s = mitiSummary(state.explanations);
    expect(s.counts.questions).toBe(3); // sinds-wanneer asks three questions: one Q in MITI
    expect(s.counts.closedQuestions).toBe(3);
    expect(mitiSummary([]).reflectionToQuestion.rating).toBe('not-enough-data');
  });
});

describe('stress-sensitive checklist', () => {
  it('ticks what the client-first conversation did and names the turns that broke a rule', () => {
    const cf = stressSensitiveChecklist(replay(example, CLIENT_FIRST, { seed: 1 }).explanations);
    const byItem = Object.fromEntries(cf.map((r) => [r.item, r]));
    expect(byItem['asked-about-stress']).toMatchObject({ done: true, turns: [1] });
    expect(byItem['wrote-agreements-down']!.done).toBe(true);
    expect(byItem['no-threats']!.done).toBe(true);
    const sf = Object.fromEntries(stressSensitiveChecklist(played(SYSTEM_FIRST).explanations).map((r) => [r.item, r]));
    expect(sf['no-threats']).toMatchObject({ done: false });
    expect(sf['no-threats']!.turns).toContain(14);
    expect(sf['one-thing-at-a-time']!.turns).toContain(3);
  });
});

describe('checklist items the scenario never offered', () => {
  it('are not applicable: a habit no option offers, a thing to avoid no option could break', () => {
    const noAgenda = {
      ...example,
      moments: example.moments.map((m) => ({
        ...m,
        options: m.options.map((o) => ({
          ...o,
          codes: o.codes.filter((c) => c !== 'confront'),
          features: { ...o.features, agenda: false, jargon: 0, threat: false },
        })),
      })),
    };
    const state = replay(example, CLIENT_FIRST, { seed: 1 });
    const byItem = Object.fromEntries(stressSensitiveChecklist(state.explanations, noAgenda).map((r) => [r.item, r]));
    expect(byItem['offered-agenda']!.applicable).toBe(false);
    expect(byItem['plain-language']!.applicable).toBe(false);
    expect(byItem['no-threats']!.applicable).toBe(false);
    expect(byItem['asked-about-stress']).toMatchObject({ applicable: true, done: true });
    // The shipped example offers all of them, so each is judged.
    expect(stressSensitiveChecklist(state.explanations, example).every((r) => r.applicable)).toBe(true);
  });
});

describe('curves', () => {
  it('start before the first choice and mark each choice', () => {
    const state = replay(example, CLIENT_FIRST.slice(0, 3), { seed: 1 });
    const points = curves(state.explanations);
    expect(points.map((p) => p.turn)).toEqual([0, 1, 2, 3]);
    expect(points[0]!.optionId).toBeNull();
    expect(points[3]).toMatchObject({ optionId: 'agenda-met-keuze', room: state.vars.room });
  });
});

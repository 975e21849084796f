import { describe, expect, it } from 'vitest';
import { SAVE_VERSION, choose, restoreEnvelope, startSession, stateOf, toEnvelope } from './engine-api.ts';
import { loadExample } from '../helpers/scenarios.ts';

const example = loadExample();

function midConversation() {
  const session = startSession(example, { seed: 'reload-test' });
  for (const id of ['welkom', 'spannend-reflectie', 'agenda-met-keuze', 'wat-is-er-gebeurd']) choose(session, id);
  return session;
}

describe('persistence envelope', () => {
  it('round-trips through JSON and continues identically', () => {
    const original = midConversation();
    const saved = JSON.parse(JSON.stringify(toEnvelope(original)));
    expect(saved).toMatchObject({ saveVersion: SAVE_VERSION, scenarioId: example.id, scenarioVersion: example.version });
    const restored = restoreEnvelope(example, saved);
    if (!restored.ok) throw new Error(restored.detail);
    expect(stateOf(restored.session)).toEqual(stateOf(original));
    expect(restored.session.actor.getSnapshot().value).toEqual(original.actor.getSnapshot().value);
    choose(original, 'doorzetter');
    choose(restored.session, 'doorzetter');
    expect(stateOf(restored.session)).toEqual(stateOf(original));
  });

  it.each([
    ['null', null, 'corrupt'],
    ['a string', 'hello', 'corrupt'],
    ['an empty object', {}, 'corrupt'],
  ])('refuses %s as corrupt', (_name, raw, reason) => {
    const result = restoreEnvelope(example, raw);
    expect(result).toMatchObject({ ok: false, reason });
  });

  it('refuses an old save version, another scenario, and a changed scenario', () => {
    const saved = toEnvelope(midConversation());
    expect(restoreEnvelope(example, { ...saved, saveVersion: 0 })).toMatchObject({ ok: false, reason: 'old-save-version' });
    expect(restoreEnvelope(example, { ...saved, scenarioId: 'iets-anders' })).toMatchObject({ ok: false, reason: 'other-scenario' });
    expect(restoreEnvelope({ ...example, version: example.version + 1 }, saved)).toMatchObject({ ok: false, reason: 'scenario-changed' });
  });

  it('refuses a damaged or tampered snapshot instead of trusting it', () => {
    const saved = JSON.parse(JSON.stringify(toEnvelope(midConversation())));
    const damaged = structuredClone(saved);
    damaged.snapshot.context.vars = 'broken';
    expect(restoreEnvelope(example, damaged)).toMatchObject({ ok: false, reason: 'corrupt' });
    const tampered = structuredClone(saved);
    tampered.snapshot.context.vars.trust = 99;
    expect(restoreEnvelope(example, tampered)).toMatchObject({ ok: false, reason: 'scenario-changed' });
    const unknownChoice = structuredClone(saved);
    unknownChoice.snapshot.context.choices[1] = 'bestaat-niet';
    expect(restoreEnvelope(example, unknownChoice)).toMatchObject({ ok: false, reason: 'scenario-changed' });
  });
});

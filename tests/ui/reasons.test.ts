/**
 * The debrief's reasons agree with the numbers of their turn: a reason that describes a state ("with little
 * trust…", "after an earlier threat…", an author's note written for some modes) is shown only on turns where
 * that state held, and the facts table quotes only answers that were said. Checked over many plays of every
 * shipped scenario, plus the cases that were reported.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import {
  availableOptions,
  findOption,
  initialState,
  lowTrustBelow,
  paramsFor,
  takeTurn,
  type ClientState,
  type CompiledScenario,
} from '../../src/engine/index.ts';
import { localizedLine } from '../../src/features/shared/localized.ts';
import { debriefView, type TurnRow } from '../../src/features/debrief/debrief.view.ts';
import { addLazyBundles } from '../../src/features/debrief/lazy-locales.ts';
import { moderationReason, noteHolds, ruleCount } from '../../src/features/debrief/turn-reasons.ts';
import { loadShipped } from '../helpers/scenarios.ts';
import { clientFirstPolicy, systemFirstPolicy } from '../helpers/policies.ts';
import { testI18n } from './render.tsx';

type Policy = (options: Parameters<typeof clientFirstPolicy>[0], turn: number) => string;

function play(scenario: CompiledScenario, seed: number, policy: Policy): ClientState {
  let state = initialState(scenario, { seed });
  while (!state.ending) state = takeTurn(scenario, state, policy(availableOptions(scenario, state), state.turn)).state;
  return state;
}

/** A seeded random consultant, so walk-outs, threats and low trust all occur. */
function randomPolicy(seed: number): Policy {
  let r = seed * 7919 + 17;
  return (options) => {
    r = (r * 1103515245 + 12345) % 2147483648;
    return options[r % options.length]!.id;
  };
}

/** Every sentence the debrief shows under "why" for this turn, as the trainee reads it (Dutch). */
function shownReasons(i18n: I18n, row: TurnRow): string[] {
  const t = i18n.getFixedT('nl', 'debrief');
  const lines = row.rules.map((rule) => t(`rules.${rule.key}`, { ...rule.detail, id: rule.id, count: ruleCount(rule) }));
  if (row.moderation) lines.push(t(`turns.${row.moderation}`, { trust: row.before.trust }));
  if (row.outside) lines.push(t('turns.outside', { name: 'X' }));
  if (row.walkedOut) lines.push(t('turns.walkedOut', { name: 'X' }));
  return lines;
}

let i18n: I18n;
let scenarios: CompiledScenario[];
beforeAll(() => {
  i18n = testI18n('nl');
  addLazyBundles(i18n);
  scenarios = loadShipped();
});

describe('moderationReason', () => {
  const turn = (kind: 'stressor' | 'calming', weight: number, trust: number, sensitisation: number) =>
    ({ moderation: { kind, weight, effectiveStress: 0 }, before: { trust, sensitisation } }) as never;

  it('blames an earlier threat, not low trust, when a stressor hits harder at trust 62', () => {
    expect(moderationReason(turn('stressor', 1.16, 62, 25), 50)).toBe('amplifiedThreat');
  });

  it('says low trust only below the threshold, and both causes when both hold', () => {
    expect(moderationReason(turn('stressor', 1.2, 20, 0), 50)).toBe('amplifiedTrust');
    expect(moderationReason(turn('stressor', 1.5, 20, 25), 50)).toBe('amplifiedBoth');
    expect(moderationReason(turn('stressor', 0.9, 70, 0), 50)).toBe('damped');
  });

  it('does not call trust 62 "little trust" when reassurance lands only in part', () => {
    expect(moderationReason(turn('calming', 0.85, 62, 0), 50)).toBeNull();
    expect(moderationReason(turn('calming', 0.7, 20, 0), 50)).toBe('calmingMuted');
  });
});

describe('noteHolds', () => {
  const e = (mode: string, walkedOut: boolean) => ({ before: { mode }, walkedOut }) as never;
  it('shows a note without modes always, one with modes only in those (walk-out only when listed)', () => {
    expect(noteHolds(undefined, e('closed', true))).toBe(true);
    expect(noteHolds(['open', 'opening'], e('opening', false))).toBe(true);
    expect(noteHolds(['open', 'opening'], e('closed', false))).toBe(false);
    expect(noteHolds(['open', 'opening', 'guarded', 'closed'], e('closed', true))).toBe(false);
    expect(noteHolds(['closed', 'walked-out'], e('guarded', true))).toBe(true);
  });
});

describe('a note with modes in the scenario format', () => {
  it('compiles to the note text plus the modes it is written for', () => {
    const scenario = scenarios.find((s) => s.id === 'voorbeeld-bijstand')!;
    const option = scenario.moments.flatMap((m) => m.options).find((o) => o.id === 'inlichtingenplicht-waarschuwing')!;
    expect(option.noteModes).toEqual(['open', 'opening', 'guarded']);
    expect(localizedLine(scenario, option.note!, 'nl').text).toMatch(/^Vakjargon en een dreiging/);
    expect(localizedLine(scenario, option.note!, 'en').lang).toBe('en');
  });
});

describe('no reason shown contradicts the numbers of its turn', () => {
  it('holds over client-first, system-first and random plays of every shipped scenario', () => {
    let turns = 0;
    let lowTrustSeen = 0;
    let notesHidden = 0;
    for (const scenario of scenarios) {
      const threshold = lowTrustBelow(paramsFor(scenario));
      const policies: Policy[] = [clientFirstPolicy, systemFirstPolicy, ...Array.from({ length: 12 }, (_, i) => randomPolicy(i + 1))];
      policies.forEach((policy, index) => {
        const state = play(scenario, index + 1, policy);
        const view = debriefView(scenario, state, 'nl');
        for (const [i, row] of view.turns.entries()) {
          const e = state.explanations[i]!;
          const where = `${scenario.id} play ${index} turn ${row.turn} (trust ${row.before.trust}, threat memory ${Math.round(e.before.sensitisation)})`;
          turns += 1;
          for (const line of shownReasons(i18n, row)) {
            expect(line, `${where}: a count without its plural`).not.toMatch(/\(en\)|\(s\)|\{\{/);
            if (/weinig vertrouwen/i.test(line)) {
              lowTrustSeen += 1;
              expect(e.before.trust, `${where}: "${line}"`).toBeLessThan(threshold);
            }
            if (/door het vertrouwen/i.test(line)) expect(e.before.trust, `${where}: "${line}"`).toBeGreaterThanOrEqual(threshold);
            if (/eerdere dreiging/i.test(line)) expect(e.before.sensitisation, `${where}: "${line}"`).toBeGreaterThan(0);
            if (/liep weg/i.test(line)) expect(state.ending?.walkedOut && state.ending.turn === row.turn, where).toBe(true);
          }
          const option = findOption(scenario, e.momentId, e.optionId);
          if (option?.note && option.noteModes) {
            const holds = e.walkedOut ? option.noteModes.includes('walked-out') : option.noteModes.includes(e.before.mode);
            expect(row.note !== null, `${where}: note of ${option.id}`).toBe(holds);
            if (!holds) notesHidden += 1;
          }
        }
        // The facts table quotes only answers the client gave in the conversation.
        for (const fact of view.ending.facts) {
          if (!fact.heard) continue;
          const said = state.transcript
            .filter((entry) => entry.kind === 'fact-answer' && entry.factId === fact.id)
            .map((entry) => localizedLine(scenario, entry.line, 'nl').text);
          expect(said, `${scenario.id} play ${index}: fact ${fact.id} quotes an answer that was not said`).toContain(fact.heard.text);
        }
      });
    }
    // The check has teeth: the plays include low-trust turns and notes that had to be left out.
    expect(turns).toBeGreaterThan(300);
    expect(lowTrustSeen).toBeGreaterThan(0);
    expect(notesHidden).toBeGreaterThan(0);
  }, 180_000);
});

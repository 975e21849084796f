/**
 * Smells about the ways through a conversation, from the moment graph and the engine's own impulse rules
 * (no play-through needed, so they are cheap enough for every check):
 *
 * - best-path-loops    always choosing the option that calms the client most goes round in a circle, so a
 *                      trainee who does everything right talks until the turn limit cuts the conversation off
 * - fact-never-told    a fact at or above the trust gate's sensitivity, while no way through the conversation
 *                      builds enough trust by the time it is asked: the client can never tell it
 */
import { capTrustChange } from '../engine/dynamics.ts';
import { deriveImpulse } from '../engine/impulse.ts';
import type { ModelParams } from '../engine/params.ts';
import type { CompiledOption, CompiledScenario } from '../engine/scenario.types.ts';
import type { ClientState } from '../engine/state.ts';
import { initialState, paramsFor } from '../engine/turn.ts';
import type { DataPath, Focus } from './locate.ts';
import type { IssueCode, Message } from './issues.ts';
import { rawStressAt } from './smells-impulse.ts';
import { lijstEn, listAnd, quoted } from './suggest.ts';

type Report = (path: DataPath, focus: Focus, code: IssueCode, message: string | Message) => void;

/** Where the option leads when the client is open (a trainee who does well), as a moment index or null. */
function openTarget(o: CompiledOption, index: Map<string, number>): number | null {
  const t = o.next.open ?? o.next.default;
  return t.kind === 'moment' ? (index.get(t.id) ?? null) : null;
}

/** Index of the option with the lowest raw stress impulse in the starting state (the first on a tie). */
function bestOption(options: readonly CompiledOption[], base: ClientState, p: ModelParams): number {
  let best = 0;
  let bestStress = Infinity;
  options.forEach((o, k) => {
    const stress = rawStressAt(o, base, p);
    if (stress < bestStress) {
      best = k;
      bestStress = stress;
    }
  });
  return best;
}

export function bestPathLoops(scenario: CompiledScenario, report: Report): void {
  const p = paramsFor(scenario);
  const base = initialState({ ...scenario, randomness: false });
  const index = new Map(scenario.moments.map((m, i) => [m.id, i]));
  const visited: number[] = [];
  const onPath = new Map<number, number>();
  let at = index.get(scenario.start);
  while (at !== undefined && !onPath.has(at)) {
    onPath.set(at, visited.length);
    visited.push(at);
    const moment = scenario.moments[at]!;
    const k = bestOption(moment.options, base, p);
    const to = openTarget(moment.options[k]!, index);
    if (to === null) return;
    if (onPath.has(to)) {
      const loop = visited.slice(onPath.get(to)!);
      const steps = loop.map((i) => {
        const m = scenario.moments[i]!;
        return `"${m.options[bestOption(m.options, base, p)]!.id}" at "${m.id}"`;
      });
      report(['moments', at, 'options', k, 'next'], 'value', 'best-path-loops', {
        en: `always choosing the option that calms the client most (${listAnd(steps)}) leads back to moment "${scenario.moments[to]!.id}" and round again, so a trainee who does everything right talks until the turn limit (${scenario.maxTurns} turns) cuts the conversation off; let the best option at one of these moments lead on, to a later moment or an ending`,
        nl: `wie steeds de optie kiest die de cliënt het meest kalmeert (${lijstEn(steps.map((x) => x.replace(' at ', ' bij ')))}), komt terug bij moment "${scenario.moments[to]!.id}" en gaat weer rond, dus een cursist die alles goed doet praat tot de beurtlimiet (${scenario.maxTurns} beurten) het gesprek afbreekt; laat de beste optie op een van deze momenten verder leiden, naar een later moment of een einde`,
      });
      return;
    }
    at = to;
  }
}

/** The most trust any option can add in one turn, over the states the impulse rules distinguish. */
function maxTrustGain(o: CompiledOption, base: ClientState, p: ModelParams): number {
  let best = -Infinity;
  for (const stress of [20, 50, 80]) {
    for (const [closedStreak, affirmCount] of [
      [0, 0],
      [p.crossExamAfter, p.affirmLimit],
    ] as const) {
      const state = { ...base, vars: { ...base.vars, stress }, closedStreak, affirmCount };
      best = Math.max(best, capTrustChange(deriveImpulse(o, state, p).trust, p));
    }
  }
  return best;
}

/**
 * The highest trust the client can have when each fact is asked, over every way through the moment graph
 * within the turn limit (an upper bound: every option's best case, whatever the mode decides).
 */
export function maxTrustWhenAsked(scenario: CompiledScenario): Map<string, number> {
  const p = paramsFor(scenario);
  const base = initialState({ ...scenario, randomness: false });
  const index = new Map(scenario.moments.map((m, i) => [m.id, i]));
  const gains = scenario.moments.map((m) => m.options.map((o) => maxTrustGain(o, base, p)));
  const arrive = scenario.moments.map(() => -Infinity);
  const startAt = index.get(scenario.start);
  const asked = new Map<string, number>();
  if (startAt === undefined) return asked;
  arrive[startAt] = scenario.persona.trust;
  // Bellman-Ford style, one round per turn: trust only grows along a path, and stops changing at 100.
  for (let turn = 0; turn < scenario.maxTurns; turn++) {
    let changed = false;
    const next = [...arrive];
    scenario.moments.forEach((m, i) => {
      const trust = arrive[i]!;
      if (trust === -Infinity) return;
      m.options.forEach((o, k) => {
        const after = Math.min(100, Math.max(0, trust + gains[i]![k]!));
        for (const id of o.asks) asked.set(id, Math.max(asked.get(id) ?? -Infinity, after));
        for (const t of Object.values(o.next)) {
          const to = t?.kind === 'moment' ? index.get(t.id) : undefined;
          if (to !== undefined && after > next[to]!) {
            next[to] = after;
            changed = true;
          }
        }
      });
    });
    arrive.splice(0, arrive.length, ...next);
    if (!changed) break;
  }
  return asked;
}

export function factsNeverTold(scenario: CompiledScenario, report: Report): void {
  const p = paramsFor(scenario);
  const gated = scenario.persona.facts.filter((f) => f.sensitivity >= p.trustGateSensitivity);
  if (gated.length === 0) return;
  const asked = maxTrustWhenAsked(scenario);
  scenario.persona.facts.forEach((f, i) => {
    const trust = asked.get(f.id);
    if (f.sensitivity < p.trustGateSensitivity || trust === undefined || trust >= p.trustGateTrust) return;
    const askers = scenario.moments.flatMap((m) => m.options.filter((o) => o.asks.includes(f.id)).map((o) => o.id));
    report(['persona', 'facts', i, 'sensitivity'], 'value', 'fact-never-told', {
      en: `fact "${f.id}" has sensitivity ${f.sensitivity}, and from ${p.trustGateSensitivity} the client only tells a fact at trust ${p.trustGateTrust} or more; but trust starts at ${scenario.persona.trust} and can grow by at most ${p.trustGainCap} a turn, so by the time ${listAnd(quoted(askers))} ${askers.length === 1 ? 'asks' : 'ask'} it, trust is at most ${Math.round(trust)}: the client can never tell it; lower the sensitivity below ${p.trustGateSensitivity}, raise the persona's "trust", or ask it later, after options that build trust`,
      nl: `feit "${f.id}" heeft sensitivity ${f.sensitivity}, en vanaf ${p.trustGateSensitivity} vertelt de cliënt een feit alleen bij vertrouwen ${p.trustGateTrust} of meer; maar het vertrouwen begint bij ${scenario.persona.trust} en stijgt hooguit ${p.trustGainCap} per beurt, dus als ${lijstEn(quoted(askers))} ernaar ${askers.length === 1 ? 'vraagt' : 'vragen'}, is het vertrouwen hooguit ${Math.round(trust)}: de cliënt kan het nooit vertellen; verlaag de sensitivity tot onder ${p.trustGateSensitivity}, verhoog de "trust" van de persona, of vraag het later, na opties die vertrouwen opbouwen`,
    });
  });
}

/**
 * Saving and restoring a conversation. The envelope names the scenario and its version; the snapshot is the
 * actor's persisted snapshot. On restore nothing stored is trusted: the shape is checked, then the choices are
 * replayed from the seed and must reproduce the stored numbers. A save that fails any check is refused with a
 * reason the UI can show, never a crash.
 */
import { z } from 'zod';
import type { CompiledScenario } from './scenario.types.ts';
import { startSession, type Session } from './session.ts';
import type { ClientState } from './state.ts';
import { EngineError, replay, startOptionsOf } from './turn.ts';

export const SAVE_VERSION = 1;

export interface SaveEnvelope {
  saveVersion: number;
  scenarioId: string;
  scenarioVersion: number;
  snapshot: unknown;
}

export type RestoreFailure = 'corrupt' | 'old-save-version' | 'other-scenario' | 'scenario-changed';
export type RestoreResult = { ok: true; session: Session } | { ok: false; reason: RestoreFailure; detail: string };

const envelopeSchema = z.object({
  saveVersion: z.number(),
  scenarioId: z.string(),
  scenarioVersion: z.number(),
  snapshot: z.unknown(),
});

const origin = z.object({
  momentId: z.string(),
  stress: z.number().min(0).max(100).nullable(),
  trust: z.number().min(0).max(100).nullable(),
});

// Only what is needed to replay; the rest is recomputed and compared.
const persistedSnapshotSchema = z.object({
  status: z.enum(['active', 'done']),
  context: z.object({
    scenarioId: z.string(),
    scenarioVersion: z.number(),
    origin,
    seed: z.number().int().min(0).max(0xffffffff),
    turn: z.number().int().min(0),
    momentId: z.string(),
    choices: z.array(z.string()).max(1000),
    vars: z.object({
      chronicLoad: z.number(),
      stress: z.number(),
      trust: z.number(),
      load: z.number(),
      sensitisation: z.number(),
      room: z.number(),
    }),
  }),
});

export function toEnvelope(session: Session): SaveEnvelope {
  const { scenario, actor } = session;
  return {
    saveVersion: SAVE_VERSION,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    snapshot: actor.getPersistedSnapshot(),
  };
}

export function restoreEnvelope(scenario: CompiledScenario, raw: unknown): RestoreResult {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, reason: 'corrupt', detail: 'The saved data is not a Ruimte save.' };
  const e = envelope.data;
  if (e.saveVersion !== SAVE_VERSION) {
    return { ok: false, reason: 'old-save-version', detail: `Save version ${e.saveVersion} cannot be read by this version (${SAVE_VERSION}).` };
  }
  if (e.scenarioId !== scenario.id) {
    return { ok: false, reason: 'other-scenario', detail: `The save is for scenario "${e.scenarioId}", not "${scenario.id}".` };
  }
  if (e.scenarioVersion !== scenario.version) {
    return { ok: false, reason: 'scenario-changed', detail: `The scenario changed since this save (version ${e.scenarioVersion} → ${scenario.version}).` };
  }
  const snapshot = persistedSnapshotSchema.safeParse(e.snapshot);
  if (!snapshot.success) return { ok: false, reason: 'corrupt', detail: 'The saved conversation is damaged.' };
  const stored = snapshot.data.context;
  if (stored.scenarioId !== scenario.id || stored.choices.length !== stored.turn) {
    return { ok: false, reason: 'corrupt', detail: 'The saved conversation does not add up.' };
  }
  let state: ClientState;
  try {
    state = replay(scenario, stored.choices, startOptionsOf(stored));
  } catch (error) {
    if (error instanceof EngineError) return { ok: false, reason: 'scenario-changed', detail: error.message };
    throw error;
  }
  const same =
    state.momentId === stored.momentId &&
    (Object.keys(state.vars) as (keyof ClientState['vars'])[]).every((k) => Math.abs(state.vars[k] - stored.vars[k]) < 1e-9);
  if (!same) {
    return { ok: false, reason: 'scenario-changed', detail: 'Replaying the saved choices gives a different conversation.' };
  }
  return { ok: true, session: startSession(scenario, startOptionsOf(state), state) };
}

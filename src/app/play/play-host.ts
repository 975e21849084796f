/**
 * What the page around the player may add to a play: observers that hear about every attempt (an LMS reporter,
 * a workshop log) and, for a launch that carries its own saved progress (SCORM `cmi.suspend_data`), the
 * conversation to continue. The default host adds nothing: outside such a launch nothing leaves the browser.
 */
import { createContext, useContext } from 'react';
import type { ClientState, CompiledScenario, TurnExplanation } from '../../engine/index.ts';

export interface PlayStarted {
  scenario: CompiledScenario;
  attemptId: string;
  state: ClientState;
  /** True when the attempt continues earlier choices (reload, resume, rewind, a host's saved progress). */
  resumed: boolean;
}

export interface PlayTurn {
  scenario: CompiledScenario;
  attemptId: string;
  /** The state after the turn. */
  state: ClientState;
  explanation: TurnExplanation;
}

export interface PlayEnded {
  scenario: CompiledScenario;
  attemptId: string;
  state: ClientState;
}

/** Told about plays as they happen. Must not throw; a failing observer never stops play (see notifyObservers). */
export interface PlayObserver {
  started?(event: PlayStarted): void;
  turn?(event: PlayTurn): void;
  ended?(event: PlayEnded): void;
}

export interface SavedProgress {
  seed: number;
  choices: string[];
}

export interface PlayHost {
  observers: readonly PlayObserver[];
  /** A conversation the host kept for this scenario (for example in the LMS), or null to use the browser's. */
  savedProgress?(scenarioId: string): SavedProgress | null;
}

export const DEFAULT_HOST: PlayHost = { observers: [] };

export const PlayHostContext = createContext<PlayHost>(DEFAULT_HOST);

export function usePlayHost(): PlayHost {
  return useContext(PlayHostContext);
}

type Events = { started: PlayStarted; turn: PlayTurn; ended: PlayEnded };

/** Call one hook on every observer; an observer that throws is skipped, play goes on. */
export function notifyObservers<K extends keyof Events>(host: PlayHost, kind: K, event: Events[K]): void {
  for (const observer of host.observers) {
    try {
      (observer[kind] as ((e: Events[K]) => void) | undefined)?.call(observer, event);
    } catch {
      // An observer's failure is its own to report; the conversation does not depend on it.
    }
  }
}

/**
 * Keeping the projected window and the presenter window on the same step: both run the same flow and tell
 * each other every change over a BroadcastChannel (same browser, no server, works offline). A window that
 * opens asks ("hello") and adopts the answer, so the presenter window joins a workshop already under way.
 * Each window also keeps its flow in sessionStorage, so a reload lands on the same step.
 */
import type { CompiledScenario } from '../../engine/index.ts';
import { parseFlow, type WorkshopFlow } from './workshop-flow.ts';

export type SyncMessage = { type: 'hello' } | { type: 'flow'; flow: WorkshopFlow };

export const channelName = (scenarioId: string, code: string) => `ruimte.workshop:${scenarioId}:${code}`;
export const flowStorageKey = (scenarioId: string, code: string) => `ruimte.workshop.flow:${scenarioId}:${code}`;

/** A message from the channel, checked: anything else is ignored. */
export function readMessage(scenario: CompiledScenario, data: unknown): { type: 'hello' } | { type: 'flow'; flow: WorkshopFlow } | null {
  if (!data || typeof data !== 'object') return null;
  const message = data as { type?: unknown; flow?: unknown };
  if (message.type === 'hello') return { type: 'hello' };
  if (message.type === 'flow') {
    const flow = parseFlow(scenario, message.flow);
    return flow ? { type: 'flow', flow } : null;
  }
  return null;
}

export interface FlowStore {
  load(): WorkshopFlow | null;
  save(flow: WorkshopFlow): void;
}

export function sessionFlowStore(scenario: CompiledScenario, code: string): FlowStore {
  const key = flowStorageKey(scenario.id, code);
  const storage = (): Storage | null => {
    try {
      return typeof window === 'undefined' ? null : window.sessionStorage;
    } catch {
      return null;
    }
  };
  return {
    load() {
      try {
        const text = storage()?.getItem(key);
        return text ? parseFlow(scenario, JSON.parse(text)) : null;
      } catch {
        return null; // unreadable: start at the beginning
      }
    },
    save(flow) {
      try {
        storage()?.setItem(key, JSON.stringify(flow));
      } catch {
        // storage off or full: the workshop goes on, only a reload starts over
      }
    },
  };
}

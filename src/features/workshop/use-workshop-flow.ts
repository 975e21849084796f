import { useCallback, useEffect, useRef, useState } from 'react';
import type { CompiledScenario } from '../../engine/index.ts';
import { channelName, readMessage, sessionFlowStore, type SyncMessage } from './flow-sync.ts';
import { saveRoomRecord } from './room-record.ts';
import { recordOf, reduceFlow, startFlow, type FlowAction, type WorkshopFlow } from './workshop-flow.ts';

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export interface WorkshopFlowHandle {
  flow: WorkshopFlow;
  dispatch: (action: FlowAction) => void;
  /** True once another window (projector or presenter) has been heard on the channel. */
  linked: boolean;
}

/**
 * The flow of one workshop window, kept in step with the other windows of the same workshop (same scenario
 * and code) in this browser. `group` labels the room's record for the debrief and exports.
 */
export function useWorkshopFlow(scenario: CompiledScenario, code: string, group: string): WorkshopFlowHandle {
  const [store] = useState(() => sessionFlowStore(scenario, code));
  const [flow, setFlow] = useState<WorkshopFlow>(() => store.load() ?? startFlow(scenario.id, code));
  const [linked, setLinked] = useState(false);
  const current = useRef(flow);
  const channel = useRef<BroadcastChannel | null>(null);

  const adopt = useCallback(
    (next: WorkshopFlow) => {
      current.current = next;
      setFlow(next);
      store.save(next);
      saveRoomRecord(localStorageOrNull(), recordOf(scenario, next, group));
    },
    [scenario, store, group],
  );

  // A group that names itself (or renames) gets the new label in the kept record at once, not only at the next step.
  useEffect(() => {
    saveRoomRecord(localStorageOrNull(), recordOf(scenario, current.current, group));
  }, [scenario, group]);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const bc = new BroadcastChannel(channelName(scenario.id, code));
    channel.current = bc;
    bc.onmessage = (event: MessageEvent<unknown>) => {
      const message = readMessage(scenario, event.data);
      if (!message) return;
      setLinked(true);
      if (message.type === 'hello') bc.postMessage({ type: 'flow', flow: current.current } satisfies SyncMessage);
      else adopt(message.flow);
    };
    bc.postMessage({ type: 'hello' } satisfies SyncMessage);
    return () => {
      channel.current = null;
      bc.close();
    };
  }, [scenario, code, adopt]);

  const dispatch = useCallback(
    (action: FlowAction) => {
      const next = reduceFlow(scenario, current.current, action);
      if (next === current.current) return;
      adopt(next);
      channel.current?.postMessage({ type: 'flow', flow: next } satisfies SyncMessage);
    },
    [scenario, adopt],
  );

  return { flow, dispatch, linked };
}

/**
 * The room's record (see workshop-record.ts) kept in the browser after every step, so the debrief for the room
 * (`#/workshop/<id>/debrief`) can show the path and the votes even after the tab was closed. Only in this
 * browser's localStorage; nothing is sent anywhere.
 */
import { decodeRecordQuery, recordQuery } from './group-link.ts';
import type { WorkshopRecord } from './workshop-record.ts';

export const roomRecordKey = (scenarioId: string) => `ruimte.workshop.room:${scenarioId}`;

export function saveRoomRecord(storage: Pick<Storage, 'setItem'> | null, record: WorkshopRecord): void {
  try {
    storage?.setItem(roomRecordKey(record.scenarioId), JSON.stringify(record));
  } catch {
    // storage off or full: the live workshop does not depend on it
  }
}

/**
 * The record kept for this scenario, as a link query (see group-link.ts), or null when there is none or it cannot
 * be read. Going through the link's own reader checks the stored JSON with the same rules as a pasted link.
 */
export function loadRoomQuery(storage: Pick<Storage, 'getItem'> | null, scenarioId: string): string | null {
  try {
    const text = storage?.getItem(roomRecordKey(scenarioId));
    if (!text) return null;
    const value = JSON.parse(text) as WorkshopRecord;
    if (value.scenarioId !== scenarioId) return null;
    const query = recordQuery(value);
    return decodeRecordQuery(scenarioId, query).ok ? query : null;
  } catch {
    return null;
  }
}

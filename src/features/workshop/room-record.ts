/**
 * The room's record (see workshop-record.ts) kept in the browser after every step, so the debrief for the room
 * (`#/workshop/<id>/debrief`) can show the path and the votes even after the tab was closed. Only in this
 * browser's localStorage; nothing is sent anywhere.
 */
import type { WorkshopRecord } from './workshop-record.ts';

export const roomRecordKey = (scenarioId: string) => `ruimte.workshop.room:${scenarioId}`;

export function saveRoomRecord(storage: Pick<Storage, 'setItem'> | null, record: WorkshopRecord): void {
  try {
    storage?.setItem(roomRecordKey(record.scenarioId), JSON.stringify(record));
  } catch {
    // storage off or full: the live workshop does not depend on it
  }
}

/**
 * The name a group gives itself ("Groep 2", "Tafel rood"), kept per scenario and session code in this browser,
 * so it survives a reload and the projected window and the presenter window agree on it. It becomes the record's
 * `group` (see workshop-record.ts), so the group link, the room's debrief and the compare view carry it.
 */
import { MAX_GROUP_CHARS } from './group-link.ts';

export const groupLabelKey = (scenarioId: string, code: string) => `ruimte.workshop.group:${scenarioId}:${code}`;

/** The label as typed, made safe for a link: no control characters, no outer spaces, at most MAX_GROUP_CHARS. */
export function cleanGroupLabel(text: string): string {
  return [...text.replace(/\p{Cc}/gu, ' ').trim()].slice(0, MAX_GROUP_CHARS).join('');
}

/** The label to put in the record: the cleaned label, or the fallback when it is empty. */
export function recordGroup(label: string, fallback: string): string {
  return cleanGroupLabel(label) || fallback;
}

export function loadGroupLabel(storage: Pick<Storage, 'getItem'> | null, scenarioId: string, code: string): string {
  try {
    return storage?.getItem(groupLabelKey(scenarioId, code)) ?? '';
  } catch {
    return '';
  }
}

export function saveGroupLabel(storage: Pick<Storage, 'setItem'> | null, scenarioId: string, code: string, label: string): void {
  try {
    storage?.setItem(groupLabelKey(scenarioId, code), label);
  } catch {
    // storage off or full: the label still lives on this screen
  }
}

/** Whether a group's name already says its session code (an unnamed group is called after it): say the code once. */
export function namesCode(group: string, code: string): boolean {
  return group.includes(code);
}

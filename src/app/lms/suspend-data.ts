/**
 * The conversation kept in SCORM 1.2's `cmi.suspend_data`, which holds at most 4,096 characters. The engine
 * is deterministic, so the seed and the chosen option ids are the whole conversation:
 *
 *     r1|<scenario id>|<scenario version>|<seed in base 36>|<option id>,<option id>,…
 *
 * Readable on purpose (an administrator can see what is kept). The built-in scenarios stay far below the
 * limit even on their longest path (tests/ui/lms-suspend-data.test.ts). Should an authored scenario ever need
 * more, `encodeSuspendData` returns null and nothing is kept in the LMS for it (the browser still keeps the
 * conversation); we never write more than the limit, and never a cut-off record that would replay wrongly.
 */
import type { SavedProgress } from '../play/play-host.ts';

export const SUSPEND_DATA_LIMIT = 4096;
const TAG = 'r1';
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export interface KeptConversation extends SavedProgress {
  scenarioId: string;
  version: number;
}

export function encodeSuspendData(kept: KeptConversation): string | null {
  if (!ID.test(kept.scenarioId) || !kept.choices.every((c) => ID.test(c))) return null;
  if (!Number.isInteger(kept.seed) || kept.seed < 0 || !Number.isInteger(kept.version)) return null;
  const text = [TAG, kept.scenarioId, String(kept.version), kept.seed.toString(36), kept.choices.join(',')].join('|');
  return text.length <= SUSPEND_DATA_LIMIT ? text : null;
}

/** The kept conversation, or null for anything else (empty, another format, damaged). */
export function decodeSuspendData(text: string): KeptConversation | null {
  const parts = text.split('|');
  if (parts.length !== 5 || parts[0] !== TAG) return null;
  const [, scenarioId, versionText, seedText, choicesText] = parts as [string, string, string, string, string];
  if (!ID.test(scenarioId) || !/^\d+$/.test(versionText) || !/^[0-9a-z]+$/.test(seedText)) return null;
  const choices = choicesText === '' ? [] : choicesText.split(',');
  if (!choices.every((c) => ID.test(c))) return null;
  return { scenarioId, version: Number(versionText), seed: parseInt(seedText, 36), choices };
}

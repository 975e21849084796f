/**
 * A small SCORM 1.2 API for unit tests: keeps what is set, counts interactions as an LMS does, and can be told
 * to answer "false" or throw. The browser tests use scorm-again instead; this one is for the rules.
 */
import type { Scorm12Api } from '../../src/app/lms/scorm-api.ts';

export interface FakeScorm extends Scorm12Api {
  data: Map<string, string>;
  calls: string[];
  /** Calls that answer "false" from now on (LMSSetValue, LMSCommit, …); '*' for all. */
  failing: Set<string>;
  throwing: boolean;
}

export function fakeScorm(initial: Record<string, string> = {}): FakeScorm {
  const data = new Map<string, string>(Object.entries({ 'cmi.core.lesson_status': 'not attempted', 'cmi.suspend_data': '', ...initial }));
  const calls: string[] = [];
  const failing = new Set<string>();
  const api: FakeScorm = {
    data,
    calls,
    failing,
    throwing: false,
    LMSInitialize: () => answer('LMSInitialize', () => 'true'),
    LMSFinish: () => answer('LMSFinish', () => 'true'),
    LMSCommit: () => answer('LMSCommit', () => 'true'),
    LMSGetValue: (element) => {
      if (element === 'cmi.interactions._count') {
        const ids = [...data.keys()].filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k));
        return String(ids.length);
      }
      return data.get(element) ?? '';
    },
    LMSSetValue: (element, value) =>
      answer('LMSSetValue', () => {
        data.set(element, value);
        return 'true';
      }),
    LMSGetLastError: () => (failing.size > 0 ? '101' : '0'),
    LMSGetErrorString: (code) => (code === '0' ? 'No error' : 'General exception'),
    LMSGetDiagnostic: () => '',
  };
  function answer(name: string, run: () => string): string {
    calls.push(name);
    if (api.throwing) throw new Error('LMS connection lost');
    if (failing.has(name) || failing.has('*')) return 'false';
    return run();
  }
  return api;
}

/** The interactions as written: [{ id, type, student_response, objectives }]. */
export function interactionsOf(api: FakeScorm): { id: string; type: string; response: string; objectives: string[] }[] {
  const out = [];
  for (let n = 0; api.data.has(`cmi.interactions.${n}.id`); n++) {
    const objectives: string[] = [];
    for (let i = 0; api.data.has(`cmi.interactions.${n}.objectives.${i}.id`); i++)
      objectives.push(api.data.get(`cmi.interactions.${n}.objectives.${i}.id`)!);
    out.push({
      id: api.data.get(`cmi.interactions.${n}.id`)!,
      type: api.data.get(`cmi.interactions.${n}.type`)!,
      response: api.data.get(`cmi.interactions.${n}.student_response`)!,
      objectives,
    });
  }
  return out;
}

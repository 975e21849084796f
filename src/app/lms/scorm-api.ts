/**
 * The SCORM 1.2 run-time API as the LMS offers it, and the standard search for it: up the chain of parent
 * frames (at most MAX_DEPTH steps, as the ADL sample code does, so a strange frame tree cannot loop us),
 * then the same from the window that opened ours.
 */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

export const MAX_DEPTH = 7;

function apiOf(win: Window): Scorm12Api | null {
  try {
    const candidate = (win as unknown as { API?: unknown }).API;
    if (candidate && typeof (candidate as Scorm12Api).LMSInitialize === 'function') return candidate as Scorm12Api;
  } catch {
    // A frame of another origin: reading it throws, and an LMS there could not be reached anyway.
  }
  return null;
}

function searchUp(start: Window): Scorm12Api | null {
  let win: Window = start;
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    const api = apiOf(win);
    if (api) return api;
    let parent: Window;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

export function findScormApi(win: Window): Scorm12Api | null {
  const found = searchUp(win);
  if (found) return found;
  let opener: Window | null;
  try {
    opener = win.top?.opener as Window | null;
  } catch {
    opener = null;
  }
  return opener ? searchUp(opener) : null;
}

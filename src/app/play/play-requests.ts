/**
 * What another screen asks of the next play of a scenario: the briefing's "start", the attempts page's
 * "resume attempt X", a kept debrief's "rewind to turn k" or "play again". The screen sends the request and
 * goes to the play page; the play flow answers it when it opens. Held in memory as well as answered from
 * storage, so a rewind from the debrief page works even when nothing can be saved.
 */
export type PlayRequest =
  /** A new conversation from the briefing (an unfinished one is continued, as after a reload). */
  | { type: 'start' }
  | { type: 'resume'; attemptId: string }
  /** A new attempt from a kept attempt's moment before choice `turn` (0-based), the kept one unchanged. */
  | { type: 'rewind'; attemptId: string; turn: number }
  /** A new conversation, whatever was going on. */
  | { type: 'playAgain' };

export interface PlayRequests {
  send(scenarioId: string, request: PlayRequest): void;
  /** Read without clearing: React may create a flow twice; the one that starts clears it. */
  peek(scenarioId: string): PlayRequest | null;
  clear(request: PlayRequest): void;
}

export function createPlayRequests(): PlayRequests {
  let pending: { scenarioId: string; request: PlayRequest } | null = null;
  return {
    send: (scenarioId, request) => {
      pending = { scenarioId, request };
    },
    peek: (scenarioId) => (pending?.scenarioId === scenarioId ? pending.request : null),
    clear: (request) => {
      if (pending?.request === request) pending = null;
    },
  };
}

/** The requests of this page visit. */
export const pageRequests: PlayRequests = createPlayRequests();

/** Ask the next play of this scenario for something; then go to the play page. */
export function requestPlay(scenarioId: string, request: PlayRequest): void {
  pageRequests.send(scenarioId, request);
}

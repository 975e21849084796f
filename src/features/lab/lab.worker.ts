/**
 * The Lab's background thread: checking a large scenario takes up to a second and analysing it several, so
 * neither runs on the page's thread. One request at a time; answers carry the request's number. The check
 * session keeps its last few results (undo and redo come back at once) and leaves out a scenario the page
 * already has (lab-check.ts). After the first answer it runs the checker's error path once (warmUpSlips).
 */
import { createCheckSession, labAnalyse, warmUpSlips } from './lab-check.ts';
import type { WorkerRequest, WorkerResponse } from './lab-service.ts';

const post = (response: WorkerResponse) => (self as unknown as Worker).postMessage(response);
const check = createCheckSession();
let warmed = false;

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'check') {
      post({ n: request.n, kind: 'check', answer: check(request.text, request.translation) });
      // Once, after the first answer, in a task of its own (a request that comes meanwhile waits for it).
      if (!warmed) {
        warmed = true;
        const text = request.text;
        setTimeout(() => warmUpSlips(text), 0);
      }
    } else post({ n: request.n, kind: 'analyse', result: labAnalyse(request.scenario) });
  } catch (error) {
    post({ n: request.n, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});

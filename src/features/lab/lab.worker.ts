/**
 * The Lab's background thread: checking a large scenario takes up to a second and analysing it several, so
 * neither runs on the page's thread. One request at a time; answers carry the request's number.
 */
import { labAnalyse, labCheck } from './lab-check.ts';
import type { WorkerRequest, WorkerResponse } from './lab-service.ts';

const post = (response: WorkerResponse) => (self as unknown as Worker).postMessage(response);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'check') post({ n: request.n, kind: 'check', result: labCheck(request.text, request.translation) });
    else post({ n: request.n, kind: 'analyse', result: labAnalyse(request.scenario) });
  } catch (error) {
    post({ n: request.n, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});

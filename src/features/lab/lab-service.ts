/**
 * Checking and analysing off the page's thread: a Web Worker each (so a long analysis never delays the
 * next check). Where there are no workers (jsdom in tests) the same functions run in the page instead.
 */
import type { ScenarioAnalysis } from '../../content/analyse.ts';
import type { CompiledScenario } from '../../engine/index.ts';
import { createCheckReceiver, type CheckAnswer } from './check-answer.ts';
import type { LabCheck } from './lab-check.ts';

export type WorkerRequest =
  { n: number; kind: 'check'; text: string; translation: string | null } | { n: number; kind: 'analyse'; scenario: CompiledScenario };
export type WorkerResponse =
  | { n: number; kind: 'check'; answer: CheckAnswer }
  | { n: number; kind: 'analyse'; result: ScenarioAnalysis }
  | { n: number; kind: 'failed'; message: string };

export interface LabService {
  check(text: string, translation: string | null): Promise<LabCheck>;
  analyse(scenario: CompiledScenario): Promise<ScenarioAnalysis>;
  dispose(): void;
}

class WorkerClient {
  private worker: Worker | null = null;
  private n = 0;
  private readonly waiting = new Map<number, { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void }>();

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const entry = this.waiting.get(event.data.n);
      this.waiting.delete(event.data.n);
      entry?.resolve(event.data);
    });
    worker.addEventListener('error', (event) => {
      for (const entry of this.waiting.values()) entry.reject(new Error(event.message || 'worker failed'));
      this.waiting.clear();
      this.worker?.terminate();
      this.worker = null;
    });
    this.worker = worker;
    return worker;
  }

  request(
    body: { kind: 'check'; text: string; translation: string | null } | { kind: 'analyse'; scenario: CompiledScenario },
  ): Promise<WorkerResponse> {
    const n = ++this.n;
    return new Promise((resolve, reject) => {
      this.waiting.set(n, { resolve, reject });
      this.start().postMessage({ n, ...body } satisfies WorkerRequest);
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.waiting.clear();
  }
}

function failed(response: WorkerResponse, kind: string): never {
  throw new Error(response.kind === 'failed' ? response.message : `expected ${kind}, got ${response.kind}`);
}

const analysed = (r: WorkerResponse): ScenarioAnalysis => (r.kind === 'analyse' ? r.result : failed(r, 'analyse'));

function workerService(): LabService {
  const checker = new WorkerClient();
  const analyser = new WorkerClient();
  const receive = createCheckReceiver();
  const checked = (r: WorkerResponse): LabCheck => (r.kind === 'check' ? receive(r.answer) : failed(r, 'check'));
  return {
    check: async (text, translation) => checked(await checker.request({ kind: 'check', text, translation })),
    analyse: async (scenario) => analysed(await analyser.request({ kind: 'analyse', scenario })),
    dispose: () => {
      checker.dispose();
      analyser.dispose();
    },
  };
}

/** In the page itself: for tests and browsers without module workers. */
export function inlineService(): LabService {
  const later = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    check: async (text, translation) => {
      await later();
      return (await import('./lab-check.ts')).labCheck(text, translation);
    },
    analyse: async (scenario) => {
      await later();
      return (await import('./lab-check.ts')).labAnalyse(scenario);
    },
    dispose: () => {},
  };
}

export function createLabService(): LabService {
  return typeof Worker === 'undefined' ? inlineService() : workerService();
}

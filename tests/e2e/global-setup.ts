/**
 * Runs once before the browser tests: builds the app into a folder of its own (see prepareDist: set
 * RUIMTE_DIST=<folder> RUIMTE_DIST_FRESH=1 to reuse a build) and hands the folder to the tests.
 * Screenshots are overwritten by name, not cleared, so running one file keeps the others' pictures.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { prepareDist } from '../../scripts/lib/browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app the harness serves. */
    ruimteDist: string;
  }
}

export default function setup(project: TestProject): () => void {
  const { dir, temporary } = prepareDist('ruimte-e2e-');
  project.provide('ruimteDist', dir);
  return () => {
    if (temporary) rmSync(dir, { recursive: true, force: true });
  };
}

// Types of cli-load.mjs (plain JS, it runs before anything is built), for its tests.
export interface CliManifest {
  builtAt: number;
  entries: Record<string, { file: string; source: string }>;
  sources: string[];
}
export const BUILD_INPUTS: readonly string[];
export function isFresh(manifest: CliManifest | null, name: string, mtimeOf: (path: string) => number | undefined, outDir: string): boolean;
export function readManifest(path: string): CliManifest | null;
export function mtimeIn(root: string): (path: string) => number | undefined;
export function createLoader(dir: string): {
  run(file: string): unknown;
  save(): void;
  stats: { cached: number; compiled: number };
};

/**
 * The compile-hint plugin puts V8's `//# allFunctionsCalledOnLoad` on the first line of the chunks it is
 * given (Chromium only reads it there, before any code), leaves every other file alone, and stops the build
 * when a named chunk is not there (a renamed module would otherwise lose its hint without a word).
 */
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints } from '../../scripts/vite-compile-hints-plugin.ts';

type Chunk = { type: 'chunk'; name: string; code: string; map: { mappings: string } | null };
type Asset = { type: 'asset'; name: string; source: string };

function run(names: string[], bundle: Record<string, Chunk | Asset>) {
  const hook = compileHints(names).generateBundle as { handler: (this: unknown, options: unknown, bundle: unknown) => void };
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  hook.handler.call(context, {}, bundle);
  return bundle;
}

const chunk = (name: string, code: string, map: Chunk['map'] = null): Chunk => ({ type: 'chunk', name, code, map });

describe('compile hints', () => {
  it('marks the named chunk on its first line, and nothing else', () => {
    const bundle = run(['lab-page'], {
      'lab-page-1.js': chunk('lab-page', 'const __vite__mapDeps=0;\nexport const a = 1;', { mappings: 'AAAA;AACA' }),
      'index-2.js': chunk('index', 'export const b = 2;'),
      'style.css': { type: 'asset', name: 'style.css', source: 'p{}' },
    });
    const lab = bundle['lab-page-1.js'] as Chunk;
    expect(lab.code.split('\n')[0]).toBe(COMPILE_HINT);
    expect(lab.code).toBe(`${COMPILE_HINT}\nconst __vite__mapDeps=0;\nexport const a = 1;`);
    // The source map keeps pointing at the same code, one line further down.
    expect(lab.map?.mappings).toBe(';AAAA;AACA');
    expect((bundle['index-2.js'] as Chunk).code).toBe('export const b = 2;');
    expect((bundle['style.css'] as Asset).source).toBe('p{}');
  });

  it('marks a chunk once, however often the hook runs', () => {
    const bundle = { 'lab-page-1.js': chunk('lab-page', 'export {};') };
    run(['lab-page'], bundle);
    run(['lab-page'], bundle);
    expect(bundle['lab-page-1.js'].code).toBe(`${COMPILE_HINT}\nexport {};`);
  });

  it('stops the build when a named chunk is missing', () => {
    expect(() => run(['lab-page', 'gone'], { 'lab-page-1.js': chunk('lab-page', 'export {};') })).toThrow(/no chunk named gone/);
  });
});

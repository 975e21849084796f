/**
 * The build's prerender safety check parses the library markup: text that only reads like markup (a title
 * such as "Kleding in casual style=prima") never stops a build, while a real inline style or script does.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderToString } from 'react-dom/server';
import { createElement } from 'react';
import type { ResolvedConfig } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { createI18n } from '../../src/app/i18n.ts';
import { findInlineCode } from '../../scripts/lib/inline-code.ts';
import { prerenderLibrary, withPrerenderedRoot } from '../../scripts/vite-prerender-plugin.ts';
import { fakeSource, playableEntry } from '../ui/fixtures.ts';

const HTML = '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/index.js"></script></body></html>';

/** Texts that read like markup, code or replacement patterns, but are plain scenario text. */
const LOOKALIKES = [
  'Kleding in casual style=prima',
  'Ze zegt: <script>alert(1)</script>',
  'onclick=alert(1) en onload="x"',
  '<p style="color:red">rood</p>',
  'javascript:alert(1)',
  "Huur $' en $& en $` terug",
  '<style>body{display:none}</style>',
];

function libraryMarkup(texts: readonly string[]): string {
  const catalogue = texts.map((text, i) => ({ ...playableEntry, id: `s${i}`, title: text, summary: text, personaName: text }));
  const i18n = createI18n({ lng: 'nl', storage: null, syncDocument: false });
  return renderToString(createElement(App, { source: fakeSource({ catalogue }), i18n }));
}

describe('prerender check', () => {
  it('passes a library whose scenario texts only look like markup, and keeps them as text', async () => {
    const markup = libraryMarkup(LOOKALIKES);
    expect(markup).toContain('Kleding in casual style=prima');
    expect(await findInlineCode(markup)).toEqual([]);
    const html = await withPrerenderedRoot(HTML, markup);
    // Replacement patterns in a title ($', $&) stay literal: the page keeps exactly one script tag.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('Huur $&#x27; en $&amp; en $` terug');
  });

  it.each([
    ['<p style="color:red">x</p>', '<p style="…">'],
    ['<div><script>alert(1)</script></div>', '<script>'],
    ['<style>p{}</style>', '<style>'],
    ['<img src="x" onerror="alert(1)">', '<img onerror="…">'],
    ['<a href=" java\tscript:alert(1)">x</a>', '<a href="…">'],
    ['<svg><a xlink:href="javascript:alert(1)">x</a></svg>', '<a xlink:href="…">'],
  ])('refuses real inline code: %s', async (markup, found) => {
    expect(await findInlineCode(markup)).toEqual([found]);
    await expect(withPrerenderedRoot(HTML, markup)).rejects.toThrow(/Content-Security-Policy refuses/);
  });
});

/**
 * The plugin as a build runs it, on a project whose prerender entry returns the given markup: writeBundle
 * must succeed and put the markup into dist/index.html, or fail the build.
 */
describe('the prerender plugin in a build', { timeout: 30_000 }, () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  async function prerender(markup: string): Promise<string> {
    const root = mkdtempSync(join(tmpdir(), 'ruimte-prerender-'));
    roots.push(root);
    mkdirSync(join(root, 'src', 'app'), { recursive: true });
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'src', 'app', 'prerender.tsx'), `export function renderLibrary() { return ${JSON.stringify(markup)}; }\n`);
    writeFileSync(join(root, 'dist', 'index.html'), HTML);
    const plugin = prerenderLibrary();
    const config = { root, configFile: false, build: { outDir: join(root, 'dist') } } as unknown as ResolvedConfig;
    (plugin.configResolved as (c: ResolvedConfig) => void)(config);
    await (plugin.writeBundle as (options: { dir?: string }) => Promise<void>)({ dir: join(root, 'dist') });
    return readFileSync(join(root, 'dist', 'index.html'), 'utf8');
  }

  it('builds a library whose title reads like an attribute, and keeps the page intact', async () => {
    // What React renders for the title "Kleding in casual style=prima $' en $&": text, correctly escaped.
    const html = await prerender("<h2>Kleding in casual style=prima $&#x27; en $&amp;</h2><p>$' en $&amp; en $`</p>");
    expect(html).toContain('<div id="root"><h2>Kleding in casual style=prima');
    expect(html).toContain("<p>$' en $&amp; en $`</p>");
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('stops the build on a real inline style', async () => {
    await expect(prerender('<h2 style="color:red">x</h2>')).rejects.toThrow(/Content-Security-Policy refuses \(<h2 style="…">\)/);
  });
});

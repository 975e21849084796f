/**
 * Security and privacy of the production build: a strict CSP in index.html, no inline script, and no request
 * that leaves loopback (the harness blocks and reports those on every page).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, useHarness } from './harness.ts';

const html = () => readFileSync(join(distDir(), 'index.html'), 'utf8');

/** The CSP meta's content, parsed into directive → sources. */
function cspOf(text: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(text);
  if (!meta) return new Map();
  return new Map(
    meta[1]!
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('dist/index.html', () => {
  it('carries a Content-Security-Policy meta that allows only this origin', () => {
    const csp = cspOf(html());
    expect(csp.get('default-src'), 'default-src').toEqual(["'self'"]);
    const scripts = csp.get('script-src') ?? csp.get('default-src');
    expect(scripts, 'script-src').toEqual(["'self'"]);
    for (const [directive, sources] of csp) {
      for (const source of sources) {
        expect(source, `${directive} must not allow ${source}`).not.toMatch(/^(https?:|\*|'unsafe-inline'|'unsafe-eval')/);
      }
    }
    expect(csp.get('object-src')).toEqual(["'none'"]);
  });

  it('holds the Dutch library as HTML, so the scenarios show (and their links work) before any script runs', () => {
    const root = /<div id="root">([\s\S]*?)<\/div>\s*<noscript>/.exec(html())?.[1] ?? '';
    expect(root).toContain('Kies een gesprek');
    expect(root).toContain('href="#/s/bijstand-na-scheiding"');
    expect(root).not.toMatch(/\sstyle=/);
  });

  it('has no inline script and loads its code from its own origin only', () => {
    const scripts = [...html().matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes, 'every script has a same-origin src').toMatch(/\bsrc="\.?\/[^"]+"/);
      expect(body!.trim(), 'script body').toBe('');
    }
    expect(html()).not.toMatch(/\son[a-z]+="/i); // no inline event handlers
    expect(html()).not.toMatch(/(src|href)="(https?:)?\/\//i); // nothing from another host
  });
});

describe('in the browser', () => {
  const app = useHarness();

  it('loads the library with no console error and no request beyond loopback', async () => {
    const { page, externalRequests, consoleErrors } = await app().open('#/');
    await page.waitForLoadState('networkidle');
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    const origins = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin));
    for (const origin of origins) expect(origin).toBe(app().origin);
  });

  it('every briefing links out only to https sources, in a new tab without opener or referrer, and loads nothing from elsewhere', async () => {
    const { page } = await app().open('#/');
    const ids = await page
      .locator('a[href^="#/s/"]')
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!.slice('#/s/'.length)))]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const { page: briefing, externalRequests } = await app().open(`#/s/${id}`);
      await briefing.getByRole('button', { name: 'Start het gesprek' }).waitFor();
      await briefing.waitForLoadState('networkidle');
      const outward = await briefing
        .locator('a[href]')
        .evaluateAll((links) =>
          links
            .map((a) => ({ href: a.getAttribute('href')!, target: a.getAttribute('target'), rel: a.getAttribute('rel') }))
            .filter((a) => !a.href.startsWith('#') && !a.href.startsWith('/')),
        );
      for (const link of outward) {
        expect(link.href, id).toMatch(/^https:\/\//);
        expect(link.target, link.href).toBe('_blank');
        expect(link.rel?.split(' ').sort(), link.href).toEqual(['noopener', 'noreferrer']);
      }
      expect(externalRequests, id).toEqual([]);
    }
  });

  it('the CSP is enforced: an injected inline script does not run', async () => {
    const { page, consoleErrors } = await app().open('#/');
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    // The browser reports the blocked script on the console; that report is the point of this test.
    consoleErrors.splice(0, consoleErrors.length);
  });
});

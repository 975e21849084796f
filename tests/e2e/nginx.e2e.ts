/**
 * The build behind a real nginx with the shipped configuration (deploy/nginx/, docs/hosting.md): every
 * security header, the caching rules and the MIME types on index.html, hashed assets, sw.js and the manifest;
 * the same build under a sub-path; and one scenario played through to the debrief in Chromium with the service
 * worker on, so the headers are proven not to break the app. Needs nginx (`apt-get install -y nginx`, as
 * .ci/run does); see tests/e2e/README.md for why a missing nginx fails instead of skipping.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isLocalUrl, launchChromium } from '../../scripts/lib/browser.ts';
import { NAMES, mainHeading, openDebriefByKeyboard, playByKeys, startByKeyboard } from './flows.ts';
import { distDir, expectNoAxeViolations, screenshot, waitForApp } from './harness.ts';
import { SKIP_ENV, startHttpsSite, startNginx, type Nginx } from './nginx.ts';

const skip = process.env[SKIP_ENV] === '1';
if (skip) console.warn(`${SKIP_ENV}=1: the nginx tests are skipped.`);

type Policy = Map<string, string>;

/** "a b; c d" → directive → sources, for comparing policies regardless of spacing. */
function parsePolicy(text: string): Policy {
  return new Map(
    text
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources.join(' ')]),
  );
}

const metaPolicy = (): Policy => {
  const html = readFileSync(join(distDir(), 'index.html'), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (!meta) throw new Error('dist/index.html has no CSP meta');
  return parsePolicy(meta[1]!);
};

const asset = (pattern: RegExp) => {
  const file = readdirSync(join(distDir(), 'assets')).find((name) => pattern.test(name));
  if (!file) throw new Error(`no asset matching ${pattern} in the build`);
  return `assets/${file}`;
};

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The headers every response carries, whatever the file. */
function expectSecurityHeaders(headers: Headers, what: string): void {
  const header = (name: string) => headers.get(name);
  // The header policy is the meta policy plus what only works as a header (frame-ancestors).
  const policy = parsePolicy(header('content-security-policy') ?? '');
  const expected = new Map(metaPolicy());
  expected.set('frame-ancestors', "'self'");
  expect(Object.fromEntries(policy), `${what}: Content-Security-Policy`).toEqual(Object.fromEntries(expected));
  expect(header('strict-transport-security'), `${what}: HSTS`).toMatch(/^max-age=(\d{8,}); includeSubDomains$/);
  expect(Number(/max-age=(\d+)/.exec(header('strict-transport-security') ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
  expect(header('x-content-type-options'), `${what}: nosniff`).toBe('nosniff');
  expect(header('referrer-policy'), `${what}: Referrer-Policy`).toBe('no-referrer');
  const permissions = header('permissions-policy') ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
    expect(permissions, `${what}: Permissions-Policy ${feature}`).toContain(`${feature}=()`);
  }
  expect(header('x-frame-options'), `${what}: X-Frame-Options`).toBe('SAMEORIGIN');
  expect(header('server'), `${what}: no version in Server`).toBe('nginx');
}

describe.skipIf(skip)('the build behind nginx with deploy/nginx/', () => {
  let nginx: Nginx;
  let browser: Browser;
  let context: BrowserContext | undefined;
  const problems: string[] = [];

  beforeAll(async () => {
    nginx = await startNginx(distDir());
    browser = await launchChromium();
  }, 60_000);

  afterEach(async () => {
    await context?.close().catch(() => undefined);
    context = undefined;
    const found = problems.splice(0);
    if (found.length > 0) throw new Error(`The page was not clean:\n  ${found.join('\n  ')}\nnginx error log:\n${nginx.errorLog()}`);
  });

  afterAll(async () => {
    await browser?.close();
    await nginx?.close();
  });

  const get = (base: string, path: string) => fetch(new URL(path, base), { headers: { 'accept-encoding': 'gzip' } });

  const FILES: { path: () => string; type: RegExp; cache: string }[] = [
    { path: () => '', type: /^text\/html; charset=utf-8$/, cache: 'no-cache' },
    { path: () => 'index.html', type: /^text\/html; charset=utf-8$/, cache: 'no-cache' },
    { path: () => 'sw.js', type: /^(application|text)\/javascript(; charset=utf-8)?$/, cache: 'no-cache' },
    { path: () => 'manifest.webmanifest', type: /^application\/manifest\+json/, cache: 'no-cache' },
    { path: () => 'icons/icon-192.png', type: /^image\/png$/, cache: 'no-cache' },
    { path: () => asset(/^index-.+\.js$/), type: /^(application|text)\/javascript(; charset=utf-8)?$/, cache: IMMUTABLE },
    { path: () => asset(/^index-.+\.css$/), type: /^text\/css(; charset=utf-8)?$/, cache: IMMUTABLE },
    { path: () => asset(/\.opus$/), type: /^audio\/ogg$/, cache: IMMUTABLE },
    { path: () => asset(/\.mp3$/), type: /^audio\/mpeg$/, cache: IMMUTABLE },
    {
      path: () => readdirSync(distDir()).find((name) => /^workbox-[0-9a-f]{8}\.js$/.test(name)) ?? 'workbox-missing.js',
      type: /^(application|text)\/javascript(; charset=utf-8)?$/,
      cache: IMMUTABLE,
    },
  ];

  it('sends every security header, the right MIME type and the right caching for each kind of file', async () => {
    for (const file of FILES) {
      const path = file.path();
      const response = await get(nginx.origin, `/${path}`);
      expect(response.status, `/${path}`).toBe(200);
      expectSecurityHeaders(response.headers, `/${path}`);
      expect(response.headers.get('content-type'), `/${path}: Content-Type`).toMatch(file.type);
      expect(response.headers.get('cache-control'), `/${path}: Cache-Control`).toBe(file.cache);
      expect(await response.arrayBuffer()).toEqual(readFileSync(join(distDir(), path || 'index.html')).buffer.slice(0));
    }
  });

  it('compresses scripts, and a missing file is a 404 that still carries the headers', async () => {
    const script = await get(nginx.origin, `/${asset(/^index-.+\.js$/)}`);
    expect(script.headers.get('content-encoding')).toBe('gzip');
    const missing = await get(nginx.origin, '/no-such-file.js');
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing.headers, '404');
    const outside = await get(nginx.origin, '/../package.json');
    expect(outside.status).not.toBe(200);
  });

  it('serves the same build under a sub-path (/ruimte/), with the same headers', async () => {
    for (const file of FILES.filter((entry) => entry.path() !== '')) {
      const response = await get(nginx.subPathUrl, file.path());
      expect(response.status, `/ruimte/${file.path()}`).toBe(200);
      expectSecurityHeaders(response.headers, `/ruimte/${file.path()}`);
      expect(response.headers.get('cache-control'), `/ruimte/${file.path()}`).toBe(file.cache);
    }
    const page = await openPage(nginx.subPathUrl);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${nginx.subPathUrl}sw.js`);
  });

  it('plays a scenario through to the debrief in Chromium, service worker on, no CSP complaint', async () => {
    const page = await openPage(`${nginx.origin}/`);
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });
    await startByKeyboard(page, 'nl');
    expect(await playByKeys(page, 'nl')).toBeGreaterThan(0);
    await openDebriefByKeyboard(page, 'nl');
    expect(await mainHeading(page).first().textContent()).toBe(NAMES.nl.debrief);
    await expectNoAxeViolations(page, 'debrief behind nginx');
    await screenshot(page, 'nginx-debrief');
  });

  it('the HTTPS site file (deploy/nginx/ruimte.conf) redirects HTTP to HTTPS and sends the headers over TLS', async () => {
    const site = await startHttpsSite(distDir());
    try {
      const plain = await fetch(`${site.httpOrigin}/index.html`, { redirect: 'manual' });
      expect(plain.status).toBe(301);
      expect(plain.headers.get('location')).toBe('https://127.0.0.1/index.html');
      for (const path of ['/', '/sw.js', `/${asset(/^index-.+\.js$/)}`]) {
        const { status, headers } = await httpsGet(`${site.httpsOrigin}${path}`);
        expect(status, path).toBe(200);
        expectSecurityHeaders(headers, `https ${path}`);
        expect(headers.get('cache-control'), path).toBe(path.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
      }
    } catch (error) {
      throw new Error(`${(error as Error).message}\nnginx error log:\n${site.errorLog()}`, { cause: error });
    } finally {
      await site.close();
    }
  });

  /** A fresh context (service workers allowed) on `url`; records console errors (CSP violations among them). */
  async function openPage(url: string): Promise<Page> {
    context = await browser.newContext({ serviceWorkers: 'allow', locale: 'nl-NL', viewport: { width: 1280, height: 800 } });
    await context.route(
      (target) => !isLocalUrl(target.href),
      async (route) => {
        problems.push(`external request: ${route.request().url()}`);
        await route.abort('blockedbyclient');
      },
    );
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    await page.goto(url);
    await waitForApp(page);
    return page;
  }
});

/** GET over HTTPS that accepts the test's self-signed certificate (only for this loopback test server). */
function httpsGet(url: string): Promise<{ status: number; headers: Headers }> {
  return new Promise((done, fail) => {
    const call = request(url, { rejectUnauthorized: false }, (response) => {
      response.resume();
      const headers = new Headers();
      for (const [name, value] of Object.entries(response.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      response.on('end', () => done({ status: response.statusCode ?? 0, headers }));
    });
    call.on('error', fail);
    call.end();
  });
}

/**
 * What the browser tests (tests/e2e) and `npm run bench:web` share: build the app once, serve a folder on
 * loopback with a tiny static server (no dependencies, OS-picked port), and launch Debian's Chromium through
 * playwright-core. Never downloads a browser.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
/**
 * The production build (`npm run build`) into `outDir`, retried once: files may be half-saved while other
 * people edit the tree, and the next build then passes. Tests and the benchmark build into a folder of their
 * own, so a `npm run build` that someone else starts meanwhile (it empties dist/) cannot pull the files from
 * under a running browser.
 */
export function buildDist(outDir: string, { attempts = 2, quiet = false }: { attempts?: number; quiet?: boolean } = {}): void {
  const args = ['run', 'build', '--silent', '--', '--outDir', resolve(outDir), '--emptyOutDir'];
  for (let attempt = 1; ; attempt++) {
    try {
      // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build.
      const env = { ...process.env, NODE_ENV: 'production' };
      execFileSync('npm', args, { cwd: ROOT, env, stdio: quiet ? 'pipe' : 'inherit' });
      return;
    } catch (error) {
      if (attempt >= attempts) throw new Error(`npm run build failed ${attempts} times`, { cause: error });
      console.warn(`build failed (attempt ${attempt}), retrying…`);
    }
  }
}

/**
 * The folder to serve: RUIMTE_DIST if set (built there first unless RUIMTE_DIST_FRESH=1), otherwise a fresh
 * build in a new temporary folder. `temporary` says whether the caller should delete it afterwards.
 */
export function prepareDist(prefix: string): { dir: string; temporary: boolean } {
  const given = process.env.RUIMTE_DIST;
  if (given) {
    const dir = resolve(ROOT, given);
    if (process.env.RUIMTE_DIST_FRESH !== '1' || !existsSync(join(dir, 'index.html'))) buildDist(dir);
    return { dir, temporary: false };
  }
  const dir = mkdtempSync(join(tmpdir(), prefix));
  buildDist(dir);
  return { dir, temporary: true };
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.webm': 'audio/webm',
  '.txt': 'text/plain; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export const mimeFor = (path: string): string => MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';

export interface StaticServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Pages served from memory at these paths (e.g. the benchmark's baselines), before the folder is tried. */
  pages?: Record<string, { body: string; type?: string }>;
}

/** Serves `dir` on 127.0.0.1 at a free port; `/` is index.html. Paths outside `dir` are 404. */
export async function serveStatic(dir: string, { pages = {} }: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((request, response) => {
    const send = (status: number, text: string) => {
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(text);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'method not allowed');
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, 'bad request');
    }
    const page = pages[pathname];
    if (page) {
      response.writeHead(200, { 'content-type': page.type ?? MIME['.html']!, 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : page.body);
      return;
    }
    const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    if (file !== root && !file.startsWith(root + sep)) return send(404, 'not found');
    if (!existsSync(file) || !statSync(file).isFile()) return send(404, 'not found');
    response.writeHead(200, { 'content-type': mimeFor(file), 'cache-control': 'no-store' });
    if (request.method === 'HEAD') return response.end();
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Debian Chromium. `--no-sandbox` because CI runs as root. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox'] });
}

/** True for the loopback origins our own server uses, and for URLs that never touch the network. */
export function isLocalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
}

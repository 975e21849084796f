/**
 * A real nginx for the browser tests, with the shipped configuration (deploy/nginx/): started as the current
 * user on free 127.0.0.1 ports, as a child process (`daemon off`), with its pid file, logs and temp folders in
 * a temporary prefix, so it never touches the system's nginx service or /etc. The server blocks are
 * deploy/nginx/container.conf with only the port and the root changed: one serves the build at /, the other
 * serves it under /ruimte/ (a folder named like the sub-path, as docs/hosting.md says).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ROOT } from '../../scripts/lib/browser.ts';

export const DEPLOY_DIR = join(ROOT, 'deploy', 'nginx');
export const SUB_PATH = '/ruimte/';

/** Set to 1 to skip the nginx tests on a machine without nginx. Without it, a missing nginx fails them. */
export const SKIP_ENV = 'RUIMTE_SKIP_NGINX';

/** The nginx binary: NGINX_PATH, else the first `nginx` on PATH or in the sbin folders (Debian: /usr/sbin). */
export function findNginx(): string | null {
  if (process.env.NGINX_PATH) return existsSync(process.env.NGINX_PATH) ? process.env.NGINX_PATH : null;
  const folders = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin'];
  return folders.map((folder) => join(folder, 'nginx')).find((path) => existsSync(path)) ?? null;
}

export const MISSING_NGINX =
  `nginx is not installed, and these tests check the shipped nginx configuration against a real nginx. ` +
  `Install it with \`apt-get install -y nginx\` (.ci/run does this in CI; the system service is not used), ` +
  `set NGINX_PATH to another nginx binary, or set ${SKIP_ENV}=1 to skip these tests on this machine.`;

export interface Nginx {
  /** `http://127.0.0.1:<port>`: the build at the root. */
  origin: string;
  /** `http://127.0.0.1:<port>/ruimte/`: the same build under a sub-path. */
  subPathUrl: string;
  /** The error log, for failure messages. */
  errorLog(): string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** container.conf's server block, listening on `port` with `root` as its root. */
function serverBlock(port: number, root: string): string {
  const block = readFileSync(join(DEPLOY_DIR, 'container.conf'), 'utf8');
  const changed = block
    .replace(/^\s*listen 8080;$/m, `    listen 127.0.0.1:${port};`)
    .replace(/^\s*listen \[::\]:8080;\n/m, '')
    .replace(/^\s*root \/usr\/share\/nginx\/html;$/m, `    root ${root};`);
  if (!changed.includes(`127.0.0.1:${port}`) || !changed.includes(`root ${root};`)) {
    throw new Error(
      'deploy/nginx/container.conf no longer has "listen 8080;" and "root /usr/share/nginx/html;"; update tests/e2e/nginx.ts',
    );
  }
  return changed;
}

async function waitUntilServing(origin: string, child: ChildProcess, errorLog: () => string): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}:\n${errorLog()}`);
    try {
      await fetch(origin, { method: 'HEAD', redirect: 'manual' });
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  throw new Error(`nginx did not answer on ${origin} within 10 s:\n${errorLog()}`);
}

interface Running {
  prefix: string;
  errorLog(): string;
  stop(): Promise<void>;
}

/**
 * nginx as a child process with `servers` (server blocks) in a generated http block; everything it writes
 * lives under a new temporary prefix, which also holds the shipped snippets and a copy of mime.types.
 * `prepare` may add files to the prefix (a certificate, a folder) before the configuration is tested.
 */
async function runNginx(servers: (prefix: string) => string, waitFor: string[], prepare?: (prefix: string) => void): Promise<Running> {
  const binary = findNginx();
  if (!binary) throw new Error(MISSING_NGINX);
  const prefix = mkdtempSync(join(tmpdir(), 'ruimte-nginx-'));
  const remove = () => rmSync(prefix, { recursive: true, force: true });
  try {
    for (const folder of ['snippets', 'logs', 'temp', 'www']) mkdirSync(join(prefix, folder));
    // The snippets as Debian keeps them (/etc/nginx/snippets/), relative to this prefix.
    for (const file of ['ruimte-app.conf', 'ruimte-headers.conf']) cpSync(join(DEPLOY_DIR, file), join(prefix, 'snippets', file));
    const mimeTypes = ['/etc/nginx/mime.types', join(binary, '..', '..', 'conf', 'mime.types')].find((path) => existsSync(path));
    if (!mimeTypes) throw new Error(`No mime.types next to ${binary} or in /etc/nginx; reinstall nginx (apt-get install -y nginx).`);
    cpSync(mimeTypes, join(prefix, 'mime.types'));
    prepare?.(prefix);
  } catch (error) {
    remove();
    throw error;
  }
  const errorLogPath = join(prefix, 'logs', 'error.log');
  const temp = (name: string) => join(prefix, 'temp', name);
  // As root (CI), workers would switch to "nobody", who may not read the checkout; keep them as root there.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `${user}daemon off;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${errorLogPath} warn;
events { worker_connections 64; }
http {
    access_log ${join(prefix, 'logs', 'access.log')};
    client_body_temp_path ${temp('body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
${servers(prefix)}
}
`,
  );
  const args = ['-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf'), '-e', errorLogPath];
  const errorLog = () => (existsSync(errorLogPath) ? readFileSync(errorLogPath, 'utf8') : '(no error log)');
  const check = spawnSync(binary, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) {
    remove();
    throw new Error(`nginx -t rejected the configuration:\n${check.stderr}`);
  }
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    for (const origin of waitFor) await waitUntilServing(origin, child, errorLog);
  } catch (error) {
    child.kill('SIGTERM');
    remove();
    throw error;
  }
  return {
    prefix,
    errorLog,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGQUIT'); // graceful: finish open requests, then stop
        await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      remove();
    },
  };
}

/** Starts nginx on the build in `dist` with the shipped configuration; `close()` stops it and removes its files. */
export async function startNginx(dist: string): Promise<Nginx> {
  const [rootPort, subPort] = [await freePort(), await freePort()];
  const origin = `http://127.0.0.1:${rootPort}`;
  const running = await runNginx(
    (prefix) => `${serverBlock(rootPort, dist)}\n${serverBlock(subPort, join(prefix, 'www'))}`,
    [origin, `http://127.0.0.1:${subPort}`],
    (prefix) => symlinkSync(dist, join(prefix, 'www', SUB_PATH.replaceAll('/', ''))),
  );
  return { origin, subPathUrl: `http://127.0.0.1:${subPort}${SUB_PATH}`, errorLog: running.errorLog, close: running.stop };
}

export interface HttpsSite {
  /** `http://127.0.0.1:<port>`: the plain-HTTP server block, which should redirect. */
  httpOrigin: string;
  /** `https://127.0.0.1:<port>`: the HTTPS server block, with a self-signed certificate. */
  httpsOrigin: string;
  errorLog(): string;
  close(): Promise<void>;
}

/**
 * deploy/nginx/ruimte.conf, the HTTPS site a municipality copies, running for real: its two server blocks
 * with loopback ports instead of 80 and 443, a fresh self-signed certificate (openssl) instead of theirs, and
 * the build as root. Everything else as shipped.
 */
export async function startHttpsSite(dist: string): Promise<HttpsSite> {
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const site = readFileSync(join(DEPLOY_DIR, 'ruimte.conf'), 'utf8');
  const running = await runNginx(
    (prefix) => {
      const replaced = site
        .replace(/^\s*listen \[::\]:(80|443)( ssl)?;\n/gm, '')
        .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${httpPort};`)
        .replace(/^(\s*)listen 443 ssl;$/m, `$1listen 127.0.0.1:${httpsPort} ssl;`)
        .replace(/^(\s*)ssl_certificate \S+;$/m, `$1ssl_certificate ${join(prefix, 'site.pem')};`)
        .replace(/^(\s*)ssl_certificate_key \S+;$/m, `$1ssl_certificate_key ${join(prefix, 'site.key')};`)
        .replace(/^(\s*)root \/var\/www\/ruimte;$/m, `$1root ${dist};`);
      for (const expected of [`:${httpPort};`, `:${httpsPort} ssl;`, 'site.pem;', 'site.key;', `root ${dist};`]) {
        if (!replaced.includes(expected))
          throw new Error(`deploy/nginx/ruimte.conf changed shape (no "${expected}" after substitution); update tests/e2e/nginx.ts`);
      }
      return replaced;
    },
    [`http://127.0.0.1:${httpPort}`],
    (prefix) => {
      const made = spawnSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=127.0.0.1',
          '-keyout',
          join(prefix, 'site.key'),
          '-out',
          join(prefix, 'site.pem'),
        ],
        { encoding: 'utf8' },
      );
      if (made.status !== 0)
        throw new Error(`openssl could not make a test certificate (apt-get install -y openssl): ${made.stderr ?? made.error}`);
    },
  );
  return {
    httpOrigin: `http://127.0.0.1:${httpPort}`,
    httpsOrigin: `https://127.0.0.1:${httpsPort}`,
    errorLog: running.errorLog,
    close: running.stop,
  };
}

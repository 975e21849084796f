/**
 * `npm run package:scorm` and `npm run package:cmi5`: builds the app and writes an LMS package to dist-lms/.
 *
 *   tsx scripts/package-lms.ts scorm|cmi5 [--dist <built app>] [--out <zip>]
 *
 * --dist packs an existing build instead of building (the browser tests do that). The app is the normal
 * build; only the cmi5 package changes one thing in its copy of index.html: the Content-Security-Policy must
 * let the app reach the LMS's learning record store, whose address only the launch tells, so `connect-src`
 * allows https: there (see docs/lms.md). Nothing else leaves the browser, and the SCORM package talks to the
 * LMS through the page around it, which needs no network permission at all.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDist, ROOT } from './lib/browser.ts';
import { cmi5CourseStructure, listFiles, packagedScenarios, scormManifest, zipFolder } from './lib/lms-package.ts';
import { loadAllScenarios } from './lib/scenario-files.ts';

export const CMI5_CONNECT_SRC = "connect-src 'self' https:";

export function widenConnectSrc(html: string, connectSrc: string): string {
  if (!/connect-src [^;"]*/.test(html)) throw new Error('index.html has no connect-src in its Content-Security-Policy');
  return html.replace(/connect-src [^;"]*/, connectSrc);
}

function main(): void {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { dist: { type: 'string' }, out: { type: 'string' }, 'connect-src': { type: 'string' } },
  });
  const kind = positionals[0];
  if (kind !== 'scorm' && kind !== 'cmi5') throw new Error('usage: package-lms.ts scorm|cmi5 [--dist <built app>] [--out <zip>]');
  const stage = mkdtempSync(join(tmpdir(), `ruimte-${kind}-`));
  try {
    if (values.dist) cpSync(resolve(values.dist), stage, { recursive: true });
    else buildDist(stage, { quiet: true });
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const scenarios = packagedScenarios(loadAllScenarios(join(ROOT, 'scenarios')).flatMap(({ scenario }) => (scenario ? [scenario] : [])));
    const extra: Record<string, string> = {};
    if (kind === 'cmi5') {
      const index = join(stage, 'index.html');
      writeFileSync(index, widenConnectSrc(readFileSync(index, 'utf8'), values['connect-src'] ?? CMI5_CONNECT_SRC));
      extra['cmi5.xml'] = cmi5CourseStructure({ version, scenarios, files: listFiles(stage) });
    } else {
      extra['imsmanifest.xml'] = scormManifest({ version, scenarios, files: listFiles(stage) });
    }
    const out = resolve(values.out ?? join(ROOT, 'dist-lms', kind === 'scorm' ? 'ruimte-scorm12.zip' : 'ruimte-cmi5.zip'));
    mkdirSync(dirname(out), { recursive: true });
    const zip = zipFolder(stage, extra);
    writeFileSync(out, zip);
    console.log(`${out}: ${scenarios.length} scenarios, ${(zip.length / 1024).toFixed(0)} KB`);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

main();

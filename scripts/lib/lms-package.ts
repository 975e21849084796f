/**
 * The LMS packages' descriptors and archive, as plain functions (tested in tests/scripts/lms-package.test.ts):
 * imsmanifest.xml for SCORM 1.2, cmi5.xml for cmi5, and a zip of a folder. scripts/package-lms.ts uses them.
 *
 * Both packages hold one learning object per built-in scenario (a SCO, an AU), launched as
 * `index.html?scenario=<id>`: the LMS then tracks each scenario on its own (status, score, resume), which is
 * what a training academy plans and reports by. The app inside still shows the library, so a learner can
 * look around; only the named scenario is reported.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { CompiledScenario } from '../../src/engine/index.ts';

export interface PackagedScenario {
  id: string;
  title: { nl: string; en?: string };
  summary: { nl: string; en?: string };
}

export interface PackageInfo {
  version: string;
  scenarios: PackagedScenario[];
  files: string[];
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const launchHref = (id: string) => `index.html?scenario=${encodeURIComponent(id)}`;

export function scormManifest({ version, scenarios, files }: PackageInfo): string {
  const items = scenarios
    .map(
      (s) =>
        `      <item identifier="item-${s.id}" identifierref="sco-${s.id}" isvisible="true">\n        <title>${xml(s.title.nl)}</title>\n      </item>`,
    )
    .join('\n');
  const scos = scenarios
    .map(
      (s) =>
        `    <resource identifier="sco-${s.id}" type="webcontent" adlcp:scormtype="sco" href="${xml(launchHref(s.id))}">\n      <file href="index.html"/>\n      <dependency identifierref="app"/>\n    </resource>`,
    )
    .join('\n');
  const appFiles = files.map((f) => `      <file href="${xml(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="ruimte-scorm12" version="${xml(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="ruimte">
    <organization identifier="ruimte">
      <title>Ruimte</title>
${items}
    </organization>
  </organizations>
  <resources>
${scos}
    <resource identifier="app" type="webcontent" adlcp:scormtype="asset">
${appFiles}
    </resource>
  </resources>
</manifest>
`;
}

/** Course and AU ids are IRIs; these are URNs under Ruimte's own name, stable across versions. */
export const CMI5_COURSE_ID = 'urn:ruimte:course';
export const cmi5AuId = (id: string) => `urn:ruimte:scenario:${id}`;

function langStrings(tag: string, text: { nl: string; en?: string }, indent: string): string {
  const strings = [`${indent}  <langstring lang="nl-NL">${xml(text.nl)}</langstring>`];
  if (text.en) strings.push(`${indent}  <langstring lang="en-US">${xml(text.en)}</langstring>`);
  return `${indent}<${tag}>\n${strings.join('\n')}\n${indent}</${tag}>`;
}

export function cmi5CourseStructure({ scenarios }: PackageInfo): string {
  const aus = scenarios
    .map(
      (s) => `    <au id="${cmi5AuId(s.id)}" moveOn="CompletedOrPassed" launchMethod="AnyWindow">
${langStrings('title', s.title, '      ')}
${langStrings('description', s.summary, '      ')}
      <url>${xml(launchHref(s.id))}</url>
    </au>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${CMI5_COURSE_ID}">
${langStrings('title', { nl: 'Ruimte: oefenen met het welkomstgesprek', en: 'Ruimte: practising the welcome conversation' }, '    ')}
${langStrings('description', { nl: 'Oefengesprekken met een gesimuleerde inwoner.', en: 'Practice conversations with a simulated resident.' }, '    ')}
  </course>
${aus}
</courseStructure>
`;
}

/** Every file under `dir`, as forward-slash paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** A zip of `dir` plus extra files at its root; fixed dates so the same input gives the same bytes. */
export function zipFolder(dir: string, extra: Record<string, string>): Uint8Array {
  const tree: Zippable = {};
  const mtime = new Date('2026-01-01T00:00:00Z');
  for (const file of listFiles(dir)) tree[file] = [readFileSync(join(dir, file)), { mtime }];
  for (const [name, text] of Object.entries(extra)) tree[name] = [new TextEncoder().encode(text), { mtime }];
  return zipSync(tree, { level: 9 });
}

/** The scenarios of a package in the library's order: those marked `startHere` first, then the others as listed. */
export function packagedScenarios(compiled: readonly CompiledScenario[]): PackagedScenario[] {
  const ordered = [...compiled.filter((s) => s.startHere === true), ...compiled.filter((s) => s.startHere !== true)];
  return ordered.map((scenario) => {
    const text = (id: string) => ({ nl: scenario.lines[id]?.nl ?? scenario.id, en: scenario.lines[id]?.en });
    return { id: scenario.id, title: text(scenario.title), summary: text(scenario.summary) };
  });
}

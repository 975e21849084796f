/** The LMS package descriptors: imsmanifest.xml (SCORM 1.2) and cmi5.xml, and the zip. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cmi5CourseStructure, packagedScenarios, scormManifest, zipFolder } from '../../scripts/lib/lms-package.ts';
import { loadShipped } from '../helpers/scenarios.ts';

const info = {
  version: '1.2.3',
  scenarios: [
    { id: 'warming-up', title: { nl: 'Warming-up & welkom', en: 'Warm-up' }, summary: { nl: 'Kort', en: 'Short' } },
    { id: 'schuld', title: { nl: 'Schuld' }, summary: { nl: 'Lang' } },
  ],
  files: ['index.html', 'assets/index-abc.js'],
};

describe('LMS packages', () => {
  it('imsmanifest.xml: SCORM 1.2 metadata, one SCO per scenario launched with its id, every app file listed', () => {
    const manifest = scormManifest(info);
    expect(manifest).toContain('<schema>ADL SCORM</schema>');
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(manifest.match(/adlcp:scormtype="sco"/g)).toHaveLength(2);
    expect(manifest).toContain('href="index.html?scenario=warming-up"');
    expect(manifest).toContain('<title>Warming-up &amp; welkom</title>');
    expect(manifest).toContain('<file href="assets/index-abc.js"/>');
  });

  it('cmi5.xml: one AU per scenario, titles in both languages', () => {
    const structure = cmi5CourseStructure(info);
    expect(structure).toContain('xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"');
    expect(structure.match(/<au /g)).toHaveLength(2);
    expect(structure).toContain('<au id="urn:ruimte:scenario:schuld" moveOn="CompletedOrPassed"');
    expect(structure).toContain('<url>index.html?scenario=schuld</url>');
    expect(structure).toContain('<langstring lang="en-US">Warm-up</langstring>');
  });

  it('zips a folder with the descriptor at its root', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ruimte-zip-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    const files = unzipSync(zipFolder(dir, { 'imsmanifest.xml': '<manifest/>' }));
    expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', 'index.html']);
  });
});

describe('the scenarios in a package', () => {
  it('come in the library order: the scenarios marked "start here" first, every shipped scenario once', () => {
    const shipped = loadShipped();
    const ids = packagedScenarios(shipped).map((s) => s.id);
    const starts = new Set(shipped.filter((s) => s.startHere === true).map((s) => s.id));
    expect(starts.size).toBeGreaterThan(0);
    expect([...ids].sort()).toEqual(shipped.map((s) => s.id).sort());
    const firstOther = ids.findIndex((id) => !starts.has(id));
    expect(ids.slice(0, firstOther).every((id) => starts.has(id))).toBe(true);
    expect(ids.slice(firstOther).some((id) => starts.has(id))).toBe(false);
  }, 60_000);
});

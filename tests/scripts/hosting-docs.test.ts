/**
 * docs/hosting.md and docs/hosting.en.md show the shipped configuration files in full, so an administrator can
 * copy from the page. This keeps the copies equal to deploy/ (the files the nginx browser test runs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

const FILES = [
  ['deploy/nginx/ruimte.conf', 'nginx'],
  ['deploy/nginx/ruimte-app.conf', 'nginx'],
  ['deploy/nginx/ruimte-headers.conf', 'nginx'],
  ['deploy/nginx/container.conf', 'nginx'],
  ['deploy/Dockerfile', 'dockerfile'],
] as const;

describe.each(['docs/hosting.md', 'docs/hosting.en.md'])('%s', (doc) => {
  it.each(FILES)('shows %s exactly as shipped', (file, lang) => {
    const block = `\`\`\`${lang}\n${read(file)}\`\`\``;
    expect(read(doc).includes(block), `${doc} should contain ${file} as a \`\`\`${lang} block; copy the file in again`).toBe(true);
  });

  it('links to the other language', () => {
    expect(read(doc)).toMatch(doc.endsWith('.en.md') ? /\]\(hosting\.md\)/ : /\]\(hosting\.en\.md\)/);
  });
});

it('the Dockerfile copies the files the nginx test checks, to where the snippets are included from', () => {
  const dockerfile = read('deploy/Dockerfile');
  expect(dockerfile).toContain('COPY deploy/nginx/ruimte-app.conf deploy/nginx/ruimte-headers.conf /etc/nginx/snippets/');
  expect(dockerfile).toContain('COPY deploy/nginx/container.conf /etc/nginx/conf.d/');
  expect(read('deploy/nginx/ruimte-app.conf')).toContain('include snippets/ruimte-headers.conf;');
  expect(read('deploy/nginx/container.conf')).toContain('include snippets/ruimte-app.conf;');
});

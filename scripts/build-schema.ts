/**
 * `npm run scenarios:schema`: write the JSON Schemas for editors (scenarios/scenario.schema.json and
 * scenarios/translation.schema.json) from the zod schema in src/content/schema.ts. Commit the result; a
 * test fails when the committed files drift from the zod schema.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { jsonSchemaFiles } from '../src/content/json-schema.ts';
import { DEFAULT_SCENARIO_DIR, displayPath } from './lib/scenario-files.ts';

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

for (const [name, contents] of Object.entries(jsonSchemaFiles())) {
  const path = resolve(DEFAULT_SCENARIO_DIR, name);
  const unchanged = read(path) === contents;
  if (!unchanged) writeFileSync(path, contents);
  console.log(`${displayPath(path)}: ${unchanged ? 'up to date' : 'written'}`);
}

/** The committed JSON Schemas (used by editors) must match the zod schema, and describe every field. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles, scenarioJsonSchema, translationJsonSchema, undescribedProperties } from '../../src/content/json-schema.ts';

describe('JSON Schemas for editors', () => {
  it.each(Object.entries(jsonSchemaFiles()))('scenarios/%s is up to date', (name, generated) => {
    let committed = '';
    try {
      committed = readFileSync(`scenarios/${name}`, 'utf8');
    } catch {
      // Compared below, with the hint.
    }
    expect(
      committed === generated,
      `scenarios/${name} differs from src/content/schema.ts: run \`npm run scenarios:schema\` and commit the result`,
    ).toBe(true);
  });

  it('is draft-07, which the VS Code YAML extension supports', () => {
    expect(scenarioJsonSchema().$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(translationJsonSchema().$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('every property has a description (shown on hover in the editor)', () => {
    expect(undescribedProperties(scenarioJsonSchema())).toEqual([]);
    expect(undescribedProperties(translationJsonSchema())).toEqual([]);
  });

  it('the description check itself finds a missing description', () => {
    expect(undescribedProperties({ properties: { a: { description: 'x', properties: { b: { type: 'string' } } } } })).toEqual([
      '/properties/a/properties/b',
    ]);
  });
});

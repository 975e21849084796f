/**
 * The JSON Schemas editors use for completion and hover help (Red Hat YAML supports draft-07), generated
 * from the zod schema so they never drift. `npm run scenarios:schema` writes them; a test compares.
 */
import { z } from 'zod';
import { scenarioSchema, translationSchema } from './schema.ts';

export const SCHEMA_FILES = {
  scenario: 'scenario.schema.json',
  translation: 'translation.schema.json',
} as const;

export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, { target: 'draft-07' }) as Record<string, unknown>;
}

export function translationJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(translationSchema, { target: 'draft-07' }) as Record<string, unknown>;
}

/** File name → contents, exactly as committed (two-space JSON, trailing newline). */
export function jsonSchemaFiles(): Record<string, string> {
  const text = (schema: Record<string, unknown>) => `${JSON.stringify(schema, null, 2)}\n`;
  return {
    [SCHEMA_FILES.scenario]: text(scenarioJsonSchema()),
    [SCHEMA_FILES.translation]: text(translationJsonSchema()),
  };
}

/** JSON pointers of properties without a description (a test keeps this empty: hover help for every field). */
export function undescribedProperties(schema: unknown, pointer = ''): string[] {
  const missing: string[] = [];
  if (schema === null || typeof schema !== 'object') return missing;
  const node = schema as Record<string, unknown>;
  const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
  for (const [name, property] of Object.entries(properties ?? {})) {
    if (typeof property.description !== 'string' || property.description.trim() === '') missing.push(`${pointer}/properties/${name}`);
  }
  for (const [key, value] of Object.entries(node)) {
    if (Array.isArray(value)) value.forEach((item, i) => missing.push(...undescribedProperties(item, `${pointer}/${key}/${i}`)));
    else if (value !== null && typeof value === 'object') missing.push(...undescribedProperties(value, `${pointer}/${key}`));
  }
  return missing;
}

/**
 * A fraction on a points scale: `minTrust: 0.4`, `sensitivity: 0.8`, `trust: 0.3`. Every scale in a scenario
 * that goes up to 100 (and the stress and trust scales that go up to 20 or 30) counts in points, but 0.4 is
 * what someone used to probabilities or percentages as fractions writes. Whole-number fields already refuse
 * it (the message then gets this advice); fields that allow decimals accept it silently, so it becomes a
 * warning here. Found from the schema's own bounds, so every new points field is covered without a list.
 */
import type { z } from 'zod';
import { issue, type ContentIssue } from './issues.ts';
import { locate, type DataPath } from './locate.ts';
import { boundsOf, kindOf, schemaAt } from './schema-info.ts';
import { fieldLabel } from './where.ts';
import type { YamlSource } from './yaml-source.ts';

type Schema = z.core.$ZodType;

/** A scale whose top is at least this is counted in points, not as a fraction of 1. */
const POINTS_SCALE_FROM = 20;

export function isFractionOnScale(value: number, schema: Schema | undefined): boolean {
  if (!schema || kindOf(schema) !== 'number') return false;
  const { min, max } = boundsOf(schema);
  return value > 0 && value < 1 && (min ?? 0) >= 0 && max !== undefined && max >= POINTS_SCALE_FROM;
}

export function fractionAdvice(value: number, max = 100): string {
  const points = Math.round(value * 100);
  if (points > max) return `this scale counts in points from 0 to ${max}, not as a fraction: write a whole number of points`;
  return `this scale counts in points, not as a fraction: write ${points} for ${value} (${points} %)`;
}

export function fractionIssues(source: YamlSource, root: Schema): ContentIssue[] {
  const out: ContentIssue[] = [];
  // One path, extended and shortened in place; only a number strictly between 0 and 1 can be a fraction on
  // a scale, so only those look their field up in the schema (and copy the path).
  const walk = (value: unknown, at: PropertyKey[]): void => {
    if (typeof value === 'number') {
      if (!(value > 0 && value < 1)) return;
      const path: DataPath = [...at];
      const schema = schemaAt(root, path, source.data);
      if (isFractionOnScale(value, schema)) {
        const label = fieldLabel(path, source.data, 'the scenario');
        const naam = fieldLabel(path, source.data, 'het scenario', 'nl');
        const max = boundsOf(schema!).max!;
        const points = Math.round(value * 100);
        out.push(
          issue(source.file, locate(source, path), 'warning', 'fraction-on-scale', {
            en: `${label} is ${value}, which is almost nothing on a scale up to ${max}; ${fractionAdvice(value, max)}`,
            nl: `${naam} is ${value}, en dat is bijna niets op een schaal tot ${max}; deze schaal telt in punten, niet als breuk: ${points > max ? `schrijf een heel getal van 0 tot ${max}` : `schrijf ${points} voor ${value}`}`,
          }),
        );
      }
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        at.push(i);
        walk(value[i], at);
        at.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        at.push(key);
        walk((value as Record<string, unknown>)[key], at);
        at.pop();
      }
    }
  };
  walk(source.data, []);
  return out;
}

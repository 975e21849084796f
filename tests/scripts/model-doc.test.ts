import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { MODEL_DOC, renderModelDoc } from '../../scripts/build-model-doc.ts';

it('docs/model.md lists the current model parameters (run `npm run docs:model` if this fails)', () => {
  const doc = readFileSync(MODEL_DOC, 'utf8');
  expect(renderModelDoc(doc)).toBe(doc);
});

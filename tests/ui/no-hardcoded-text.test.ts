/**
 * All UI text goes through i18next. This walks every .tsx file under src/ with the TypeScript parser and fails
 * on JSX text, string children and text-bearing attributes (aria-label, title, alt, placeholder…) that
 * contain letters. Whitespace, punctuation, symbols and numbers are fine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'alt',
  'placeholder',
  'label',
]);
const HAS_LETTER = /\p{L}/u;

function tsxFiles(): string[] {
  return (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.tsx')).map((f) => join(SRC, f));
}

function hardCodedTexts(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push(`${relative(join(SRC, '..'), fileName)}:${line + 1}:${character + 1} ${JSON.stringify(text.trim())}`);
  };
  const isStringish = (node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && HAS_LETTER.test(node.text)) report(node, node.text);
    if (
      ts.isJsxExpression(node) &&
      node.parent &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) &&
      node.expression &&
      isStringish(node.expression) &&
      HAS_LETTER.test(node.expression.text)
    ) {
      report(node, node.expression.text);
    }
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      const init = node.initializer;
      const literal = isStringish(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && isStringish(init.expression)
          ? init.expression
          : null;
      if (literal && HAS_LETTER.test(literal.text)) report(node, literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('no hard-coded UI text', () => {
  it('finds JSX text literals in a sample (the check itself works)', () => {
    const sample = `export const A = () => (<div aria-label="Sluiten" title={'Info'}>
      Hallo <b>{'wereld'}</b> {t('ok')} — 1/2 … <img alt="" />
    </div>);`;
    expect(hardCodedTexts('/src/sample.tsx', sample).map((s) => s.replace(/^.*? /, ''))).toEqual([
      '"Sluiten"',
      '"Info"',
      '"Hallo"',
      '"wereld"',
    ]);
  });

  it('src/**/*.tsx renders text only through i18next', () => {
    const files = tsxFiles();
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap((f) => hardCodedTexts(f, readFileSync(f, 'utf8')));
    expect(found, 'put these texts in locales/nl and locales/en and use t()').toEqual([]);
  });
});

/**
 * What in a piece of HTML the site's Content-Security-Policy would refuse: inline scripts and styles, event
 * handler attributes and `javascript:` addresses. The markup is parsed by a real HTML parser (jsdom), so only
 * elements and attributes count; text that merely reads like markup ("casual style=prima", an escaped
 * "&lt;script&gt;") is text and never matches.
 */
import { escapeControls } from '../../src/content/control-chars.ts';

/** Attributes whose value is an address; `javascript:` there runs code. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'];

function describe(element: Element, attribute?: string): string {
  const tag = element.tagName.toLowerCase();
  const id = element.id ? `#${element.id}` : '';
  return escapeControls(attribute ? `<${tag}${id} ${attribute}="…">` : `<${tag}${id}>`);
}

/** One line per element or attribute the policy refuses, in document order; empty when the markup is clean. */
export async function findInlineCode(markup: string): Promise<string[]> {
  // Loaded only when needed: the Vite config (and with it this module) is read on every dev start and test run.
  const { JSDOM } = await import('jsdom');
  const fragment = JSDOM.fragment(markup);
  const found: string[] = [];
  for (const element of fragment.querySelectorAll('*')) {
    const tag = element.localName;
    if (tag === 'script' || tag === 'style') found.push(describe(element));
    for (const { name, value } of Array.from(element.attributes)) {
      const lower = name.toLowerCase();
      if (lower === 'style' || lower.startsWith('on')) found.push(describe(element, name));
      // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"), so the check does too.
      // eslint-disable-next-line no-control-regex -- stripping controls before matching the scheme
      else if (URL_ATTRIBUTES.includes(lower) && /^\s*javascript:/i.test(value.replace(/[\u0000-\u001f]/g, '')))
        found.push(describe(element, name));
    }
  }
  return found;
}

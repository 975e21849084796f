/** The address check of a source: only plain, public https pages. */
import { describe, expect, it } from 'vitest';
import { urlProblem } from '../../src/content/sources.ts';

describe('urlProblem', () => {
  it('accepts a public https address, such as a wetten.overheid.nl jci link', () => {
    expect(urlProblem('https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=17')).toBeNull();
    expect(urlProblem('https://www.rijksoverheid.nl/onderwerpen/bijstand')).toBeNull();
  });

  it.each([
    ['http://wetten.overheid.nl/BWBR0015703', /http:\/\/, which is not secure/],
    ['javascript:alert(1)', /is not a web page/],
    ['data:text/html,hoi', /is not a web page/],
    ['file:///C:/wetten.pdf', /is not a web page/],
    ['wetten.overheid.nl', /is not a web address/],
    ['https://naam:geheim@example.org/', /user name or password/],
    ['https://example.org/een pagina', /contains spaces/],
  ])('refuses %s with advice', (url, message) => {
    expect(urlProblem(url)).toMatch(message);
  });
});

/**
 * After a production build, render the library screen to HTML (src/app/prerender.tsx) and put it in
 * dist/index.html's #root, so the largest content is painted from HTML instead of after the scripts.
 * The markup must hold no inline style or script: the Content-Security-Policy would refuse them. The check
 * parses the markup (scripts/lib/inline-code.ts), so a scenario title that only reads like markup passes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { findInlineCode } from './lib/inline-code.ts';

const ROOT_TAG = '<div id="root"></div>';

/** `html` with `markup` inside its empty #root; throws when the markup holds code the CSP would refuse. */
export async function withPrerenderedRoot(html: string, markup: string): Promise<string> {
  const refused = await findInlineCode(markup);
  if (refused.length > 0) {
    const shown = refused.slice(0, 5).join(', ') + (refused.length > 5 ? ` and ${refused.length - 5} more` : '');
    throw new Error(
      `the prerendered library holds inline code that the Content-Security-Policy refuses (${shown}); move styles to a CSS file and scripts to a module, in the component that renders them`,
    );
  }
  // A function replacement: a "$&" or "$'" in the markup must stay literal text.
  return html.replace(ROOT_TAG, () => `<div id="root">${markup}</div>`);
}

export function prerenderLibrary(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'ruimte-prerender-library',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle(options) {
      const outDir = options.dir ?? config.build.outDir;
      const htmlPath = join(outDir, 'index.html');
      const html = readFileSync(htmlPath, 'utf8');
      if (!html.includes(ROOT_TAG)) return;
      const server = await createServer({
        configFile: config.configFile,
        root: config.root,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const { renderLibrary } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as { renderLibrary: () => string };
        const markup = renderLibrary();
        writeFileSync(htmlPath, await withPrerenderedRoot(html, markup));
      } finally {
        await server.close();
      }
    },
  };
}

/**
 * After a production build, render the library screen to HTML (src/app/prerender.tsx) and put it in
 * dist/index.html's #root, so the largest content is painted from HTML instead of after the scripts.
 * The markup must hold no inline style or script: the Content-Security-Policy would refuse them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';

const ROOT_TAG = '<div id="root"></div>';

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
        if (/\sstyle=|<script/i.test(markup)) throw new Error('prerendered library holds an inline style or script, which the CSP refuses');
        writeFileSync(htmlPath, html.replace(ROOT_TAG, `<div id="root">${markup}</div>`));
      } finally {
        await server.close();
      }
    },
  };
}

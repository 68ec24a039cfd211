/**
 * The studio's pages on the dev server: /studio/ (the editor) and /studio/api/ (studioApi.ts).
 * The editor page is served as it is, without Vite's client: the dev server reloads the kiosk
 * pages on every change of the media folder, and the editor, holding a staff member's typing,
 * must never be one of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { StudioApi } from './studioApi.ts';
import type { StudioWorkspace } from './studioWorkspace.ts';

const CLIENT = join(import.meta.dirname, 'client');

export function studioPlugin(workspace: StudioWorkspace, projectRoot: string): Plugin {
  const api = new StudioApi(workspace, { projectRoot, cacheDirectory: join(projectRoot, 'node_modules/.cache/kiosk-media') });
  return {
    name: 'kiosk-studio',
    configureServer(server) {
      server.middlewares.use('/studio/api/', (request, response) => api.handle(request, response));
      server.middlewares.use('/studio', (request, response, next) => {
        const path = (request.url ?? '/').split('?')[0];
        const file = path === '/' || path === '' ? 'studio.html' : path === '/studio.css' ? 'studio.css' : null;
        if (!file) {
          next();
          return;
        }
        response.setHeader('Content-Type', file.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/html; charset=utf-8');
        response.setHeader('Cache-Control', 'no-store');
        response.end(readFileSync(join(CLIENT, file)));
      });
    },
  };
}

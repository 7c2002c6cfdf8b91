import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../core/app-error';

/** Vite puts content-hashed files under `assets/`: their name changes with their content. */
const HASHED = /[/\\]assets[/\\]/;
const FOREVER = 'public, max-age=31536000, immutable';

/** Shown when the UI has not been built; it holds no user data and runs no script. */
export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>hearback</title></head>
<body>
<h1>hearback is running</h1>
<p>The web page has not been built yet. Stop the server, run <code>npm run build</code>, and start it again
with <code>npm start</code>. The JSON API is already available under <code>/api/</code>, described at
<a href="/api/openapi.json">/api/openapi.json</a>.</p>
</body>
</html>
`;

const isApi = (request: FastifyRequest) => request.url === '/api' || request.url.startsWith('/api/');
/** A path whose last segment has an extension names a file; anything else is a page of the app. */
const namesFile = (request: FastifyRequest) => /\.[^/]*$/.test(request.url.split('?')[0] ?? '');
const isPageRequest = (request: FastifyRequest) => (request.method === 'GET' || request.method === 'HEAD') && !isApi(request) && !namesFile(request);

function notFound(request: FastifyRequest): never {
  const path = request.url.split('?')[0] ?? '';
  throw new AppError('not_found', isApi(request) ? `no route ${request.method} ${path}` : `no file at ${path}`, { field: 'path' });
}

/**
 * Serves the built UI (`web/dist`) at `/`. Hashed assets are cached for a year; `index.html` is
 * revalidated every time, so a new build is picked up at the next load. Any other page path is redirected
 * to the same path in the hash, where the app routes; `/api/...` paths that match no route get a JSON 404.
 * Without a build, every page path gets a short page saying how to build; so does `/` when `index.html`
 * disappears while the server runs.
 */
const notBuiltPage = async (_request: FastifyRequest, reply: FastifyReply) => reply.code(200).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(NOT_BUILT_PAGE);

export async function registerStaticUi(app: FastifyInstance, webRoot: string | null): Promise<void> {
  const built = webRoot !== null && existsSync(join(webRoot, 'index.html'));
  if (!built) {
    const page = notBuiltPage;
    app.get('/', page);
    app.setNotFoundHandler(async (request, reply) => (isPageRequest(request) ? page(request, reply) : notFound(request)));
    return;
  }
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    index: 'index.html',
    wildcard: true,
    cacheControl: false,
    dotfiles: 'ignore',
    setHeaders(res, path) {
      res.setHeader('cache-control', HASHED.test(path) ? FOREVER : 'no-cache');
    },
  });
  app.setNotFoundHandler(async (request, reply) => {
    if (!isPageRequest(request)) notFound(request);
    const [path = '/', search] = request.url.split('?');
    // index.html went missing after start (a rebuild is under way, or web/dist was removed). Redirecting `/`
    // to `/#/` would load `/` again, round and round until the browser gives up; say how to build instead.
    if (path === '/') return notBuiltPage(request, reply);
    // The UI routes by the hash and loads its files relative to `/`: a deep link such as
    // /applications/ax1 (from a calendar event or a bookmark) goes to /#/applications/ax1.
    return reply.header('cache-control', 'no-cache').redirect(`/#${path}${search ? `?${search}` : ''}`, 302);
  });
}

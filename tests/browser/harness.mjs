// Shared pieces of the browser tests and the map benchmark: build the app, serve dist/ on a free localhost
// port, launch the system Chromium, and route the fixture data when the real files are not there yet.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'tests/artifacts');
export const FIXTURES = join(ROOT, 'tests/fixtures');

/** A second build with an online basemap style (VITE_BASEMAP_STYLE_URL), for the test of that mode. */
export const DIST_ONLINE = join(ROOT, 'dist-online');
/** The online style's URL in that build; the test routes it to tests/fixtures/online-style.json, no network. */
export const ONLINE_STYLE_URL = 'https://basemap.invalid/style.json';

/** Builds the app with Vite (into `outDir`, with extra `env`); throws with Vite's output when the build fails. */
export function buildApp({ outDir = DIST, env = {} } = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.geojson': 'application/geo+json', '.md': 'text/markdown; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
};

/** Serves dist/ (or another build) on 127.0.0.1 at a free port. Resolves to { url, close }. */
export function serveDist(root = DIST) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
    ok({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
  }));
}

/** The system Chromium, headless, with WebGL via SwiftShader. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
  });
}

/** Whether the pipeline's export exists; until it does, tests serve tests/fixtures/events.sample.geojson. */
export const realEvents = existsSync(join(ROOT, 'data/events.geojson')) && process.env.EVENTS !== 'fixture';

/**
 * Routes for a page: the fixture events (when the real file is absent), the fixture articles (always: the
 * markup-as-text case), and, for development before data/geo exists, GEO_DIR.
 */
export async function routeFixtures(page, { events } = {}) {
  const eventsFile = events ?? (realEvents ? null : join(FIXTURES, 'events.sample.geojson'));
  if (eventsFile) await page.route('**/events.geojson', (r) => r.fulfill({ path: eventsFile, contentType: 'application/geo+json' }));
  await page.route('**/articles/fixture_*.md', (r) => {
    const name = new URL(r.request().url()).pathname.split('/').pop();
    const file = join(FIXTURES, 'articles', name);
    return existsSync(file) ? r.fulfill({ path: file, contentType: 'text/markdown; charset=utf-8' }) : r.fulfill({ status: 404, body: 'not found' });
  });
  if (process.env.GEO_DIR) {
    await page.route('**/geo/*', (r) => r.fulfill({ path: join(process.env.GEO_DIR, new URL(r.request().url()).pathname.split('/').pop()) }));
  }
}

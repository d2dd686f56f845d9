// Runs the browser tests: builds the app, serves dist/ on a free localhost port, drives the system Chromium.
// Screenshots go to tests/artifacts/. Ends with "N passed, N failed"; exits non-zero on any failure.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, DIST_ONLINE, FIXTURES, ONLINE_STYLE_URL, buildApp, launch, realEvents, routeFixtures, serveDist } from './harness.mjs';
import { tests } from './app.spec.mjs';

const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
mkdirSync(ARTIFACTS, { recursive: true });
const selected = tests.filter((t) => !only || t.name.includes(only));
if (!process.argv.includes('--no-build')) {
  buildApp();
  // The online-basemap mode is a build-time setting: a second build, only when a selected test needs it.
  if (selected.some((t) => t.online)) buildApp({ outDir: DIST_ONLINE, env: { VITE_BASEMAP_STYLE_URL: ONLINE_STYLE_URL } });
}
const server = await serveDist();
const onlineServer = selected.some((t) => t.online) ? await serveDist(DIST_ONLINE) : null;
const browser = await launch();
console.log(`events: ${realEvents ? 'data/events.geojson' : 'tests/fixtures/events.sample.geojson'}`);
let passed = 0, failed = 0;
for (const t of selected) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' && !t.allowConsoleErrors) problems.push(`console error: ${m.text()}`); });
  await routeFixtures(page, t.fixtureEvents ? { events: join(FIXTURES, 'events.sample.geojson') } : {});
  const slug = t.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50);
  const shot = (name) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  const started = Date.now();
  try {
    await t.run({ page, base: (t.online ? onlineServer : server).url, shot });
    if (problems.length) throw new Error(problems.join('\n'));
    passed++;
    console.log(`✓ ${t.name} (${Date.now() - started} ms)`);
  } catch (e) {
    failed++;
    console.log(`✗ ${t.name}\n  ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n  ')}`);
    if (problems.length) console.log(`  ${problems.join('\n  ')}`);
    await page.screenshot({ path: join(ARTIFACTS, `FAILED-${slug}.png`) }).catch(() => {});
  }
  await context.close();
}
await browser.close();
await server.close();
await onlineServer?.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

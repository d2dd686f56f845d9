// npm run bench:map — the slider's cost at scale (issue 4). 100,000 synthetic events over 1,000 places are
// served as /events.geojson to the built app in Chromium (software WebGL). Measured:
//  - date change → map redrawn, median and p95 over STEPS steps, for the app's way (control by feature-state
//    from an index; the movements source holds the window's few movements) and for the naive way (scan all
//    claims, rebuild the GeoJSON sources with setData). BENCH_MOVEMENTS=0 measures control alone.
//  - cold load: navigation start → first fully rendered map with the data;
//  - gzip size of the app's own JS (every chunk but maplibre-gl's).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, buildApp, launch, serveDist } from './harness.mjs';

const EVENTS = 100_000, PLACES = 1_000, STEPS = 60;
const MOVEMENTS = Number(process.env.BENCH_MOVEMENTS ?? 2_000);

/** Deterministic pseudo-random numbers (mulberry32), so every run benches the same data. */
function rng(seed) {
  return () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

function synthetic() {
  const r = rng(42);
  const places = Array.from({ length: PLACES }, (_, i) => ({ id: `bench:${i}`, name: `Place ${i}`, at: [61 + r() * 10, 30 + r() * 7.5] }));
  const controllers = ['taliban', 'government', 'contested'];
  const claimants = ['Taliban spokesman', 'Afghan interior ministry', 'Reuters', null];
  const start = Date.UTC(2021, 0, 1);
  const date = () => new Date(start + Math.floor(r() * 365) * 86400000).toISOString().slice(0, 10);
  const features = [];
  for (let i = 0; i < EVENTS - MOVEMENTS; i++) {
    const p = places[Math.floor(r() * PLACES)];
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: p.at }, properties: {
      id: `c${i}`, kind: 'control', articleId: 'bench', date: date(), datePrecision: 'day', quote: 'q', quoteStart: 0, quoteEnd: 1,
      claimant: claimants[i % 4], outlet: null, place: p.name, placeId: p.id, placeType: 'district', country: 'AF',
      controller: controllers[Math.floor(r() * 3)], extent: null, denial: false } });
  }
  for (let i = 0; i < MOVEMENTS; i++) {
    const a = places[Math.floor(r() * PLACES)], b = places[Math.floor(r() * PLACES)];
    features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: [a.at, b.at] }, properties: {
      id: `m${i}`, kind: 'movement', articleId: 'bench', date: date(), datePrecision: 'day', quote: 'q', quoteStart: 0, quoteEnd: 1,
      claimant: null, outlet: null, from: a.name, fromId: a.id, fromCountry: 'AF', to: b.name, toId: b.id, toCountry: 'AF',
      group: 'people', count: Math.floor(r() * 5000), countQualifier: null, direction: i % 3 ? 'flight' : 'return' } });
  }
  return JSON.stringify({ type: 'FeatureCollection', features });
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { median: q(0.5), p95: q(0.95) };
};

if (!process.argv.includes('--no-build')) buildApp();
const body = synthetic();
const server = await serveDist();
const browser = await launch();
const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
page.on('pageerror', (e) => console.error('page error:', e.message));
await page.route('**/events.geojson', (r) => r.fulfill({ body, contentType: 'application/geo+json' }));
await page.goto(`${server.url}/?date=2021-06-01`);
const cold = await page.evaluate(() => new Promise((done) => {
  const wait = () => {
    const h = window.__situationMap;
    if (!h || !h.map.loaded() || h.map.getContainer().dataset.ready !== 'true') { setTimeout(wait, 10); return; }
    h.map.once('idle', () => done(performance.now()));
    h.map.triggerRepaint();
  };
  wait();
}));

// In the page: helpers that time a change until the map has drawn it. "drawn": the map's work — the update,
// the sources' reloads, then a synchronous render finished on the GPU (map.redraw + gl.finish). "idle": until
// MapLibre's next idle event, which also waits for the browser to schedule a frame (in headless software
// compositing that wait alone is tens of ms and the same for any approach).
await page.evaluate(() => {
  const { map } = window.__situationMap;
  const gl = map.painter.context.gl;
  const channel = new MessageChannel();
  const queue = [];
  channel.port1.onmessage = () => queue.shift()?.();
  const tick = () => new Promise((r) => { queue.push(r); channel.port2.postMessage(0); });
  window.__bench = {
    async drawn(change) {
      const t0 = performance.now();
      await change();
      // A render applies pending style changes (a new filter starts its source's reload); then wait for the
      // sources and tiles, and render what they now hold.
      map.redraw();
      const sources = Object.keys(map.getStyle().sources);
      while (!(sources.every((id) => map.isSourceLoaded(id)) && map.areTilesLoaded())) await new Promise((r) => setTimeout(r, 1));
      map.redraw();
      gl.finish();
      return performance.now() - t0;
    },
    async idle(change) {
      const t0 = performance.now();
      const idle = new Promise((done) => map.once('idle', done));
      await change();
      await idle;
      return performance.now() - t0;
    },
    tick,
  };
});

const ours = await page.evaluate(async (steps) => {
  const { map, app } = window.__situationMap;
  const { drawn, idle, tick } = window.__bench;
  const iso = (d) => new Date(d * 86400000).toISOString().slice(0, 10);
  // The change is applied when the control effect has stamped the new day on the map's container.
  const setDay = async (d) => { app.setDay(d); while (map.getContainer().dataset.day !== iso(d)) await tick(); };
  const out = { drawn: [], idle: [] };
  const start = app.day;
  for (let i = 1; i <= steps; i++) out.drawn.push(await drawn(() => setDay(start + i)));
  for (let i = 1; i <= steps; i++) out.idle.push(await idle(() => setDay(start + steps + i)));
  return out;
}, STEPS);

// Naive: what an app without an index or feature-state does — at each step scan every claim up to the day,
// take each place's newest claim, rebuild the GeoJSON source with the colours as properties, and rebuild
// the movements source from a scan of all movements.
const naive = await page.evaluate(async (steps) => {
  const { map, app } = window.__situationMap;
  const { drawn, idle } = window.__bench;
  const points = await map.getSource('control').getData();
  const at = new Map(points.features.map((f) => [f.properties.placeId, f.geometry]));
  const claims = app.events.claims;
  const moves = window.__situationMap.movementFeatures;
  map.addSource('naive', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({ id: 'naive', type: 'circle', source: 'naive', paint: {
    'circle-radius': 6, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5,
    'circle-color': ['match', ['get', 'controller'], 'taliban', '#c0392b', 'government', '#2166ac', 'contested', '#e69f00', '#8c8c8c'],
    'circle-opacity': ['interpolate', ['linear'], ['get', 'age'], 0, 1, 180, 0.2] } });
  map.addSource('naive-movements', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({ id: 'naive-movements', type: 'line', source: 'naive-movements', filter: ['!=', ['get', 'part'], 'label'], paint: { 'line-color': '#762a83', 'line-width': 3 } });
  map.addLayer({ id: 'naive-movement-labels', type: 'symbol', source: 'naive-movements', filter: ['==', ['get', 'part'], 'label'], layout: { 'text-field': ['get', 'label'], 'text-font': ['sans-serif'], 'text-size': 11 } });
  for (const l of ['control-points', 'movements-line', 'movement-labels']) map.setLayoutProperty(l, 'visibility', 'none');
  const rebuild = (day) => {
    const newest = new Map();
    for (const c of claims) {
      if (c.day > day) continue;
      const n = newest.get(c.placeId);
      if (!n || c.day > n.day) newest.set(c.placeId, { day: c.day, controllers: new Set([c.controller]) });
      else if (c.day === n.day) n.controllers.add(c.controller);
    }
    const features = [];
    for (const [placeId, n] of newest) {
      const g = at.get(placeId);
      if (!g) continue;
      const controller = n.controllers.size === 1 ? [...n.controllers][0] : 'contested';
      features.push({ type: 'Feature', geometry: g, properties: { placeId, controller, age: day - n.day } });
    }
    map.getSource('naive').setData({ type: 'FeatureCollection', features });
    // …and the movements, in a source of their own rebuilt from a scan of every movement feature.
    map.getSource('naive-movements').setData({ type: 'FeatureCollection', features: moves.filter((f) => Math.abs(f.properties.day - day) <= app.windowDays) });
  };
  const out = { drawn: [], idle: [] };
  const start = app.day + 2 * steps + 5;
  for (let i = 1; i <= steps; i++) out.drawn.push(await drawn(async () => rebuild(start + i)));
  for (let i = 1; i <= steps; i++) out.idle.push(await idle(async () => rebuild(start + steps + i)));
  return out;
}, STEPS);

await browser.close();
await server.close();

const assets = join(DIST, 'assets');
const appJs = readdirSync(assets).filter((f) => f.endsWith('.js') && !f.startsWith('maplibre'));
const gz = appJs.reduce((n, f) => n + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0);
const row = (name, s) => `${name.padEnd(38)} median ${s.median.toFixed(1).padStart(7)} ms   p95 ${s.p95.toFixed(1).padStart(7)} ms`;
const o = stats(ours.drawn), n = stats(naive.drawn), oi = stats(ours.idle), ni = stats(naive.idle);
console.log(`map bench: ${EVENTS.toLocaleString('en')} events (${MOVEMENTS} movements) over ${PLACES} places, ${STEPS} one-day steps each, Chromium with software WebGL`);
console.log('date change → map redrawn (update, source reloads, render finished on the GPU):');
console.log(row('  app: feature-state + window source', o));
console.log(row('  naive: scan claims + rebuild source', n));
console.log(`  speed-up: ${(n.median / o.median).toFixed(1)}× at the median, ${(n.p95 / o.p95).toFixed(1)}× at p95`);
console.log('date change → MapLibre idle (adds the browser\'s frame scheduling, the same for both):');
console.log(row('  app', oi));
console.log(row('  naive', ni));
console.log(`cold load to first rendered map: ${cold.toFixed(0)} ms`);
console.log(`app JS beyond maplibre-gl: ${(gz / 1024).toFixed(1)} kB gzip (${appJs.join(', ')})`);
const ok = o.p95 <= 50 && n.p95 / o.p95 >= 5 && gz <= 60 * 1024;
console.log(ok ? 'targets met (p95 ≤ 50 ms, ≥ 5× naive, ≤ 60 kB gzip)' : 'targets NOT met (p95 ≤ 50 ms, ≥ 5× naive, ≤ 60 kB gzip)');

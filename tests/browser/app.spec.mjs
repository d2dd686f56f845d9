// Browser tests of the built app (issue 4). Each test gets a fresh page; page errors and console errors fail it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { FIXTURES, ONLINE_STYLE_URL, realEvents } from './harness.mjs';

/** Waits until the map has loaded its style and data and finished rendering. */
export async function mapIdle(page) {
  await page.waitForFunction(() => window.__situationMap?.map?.loaded() && document.querySelector('[data-testid=map]')?.dataset.ready === 'true', null, { timeout: 30000 });
  await page.evaluate(() => new Promise((done) => {
    const m = window.__situationMap.map;
    m.once('idle', done);
    m.triggerRepaint();
  }));
}

/** The place id the loaded events use for a place name (the pipeline decides ids; the tests only know names). */
async function placeIdOf(page, name) {
  const id = await page.evaluate((n) => window.__situationMap.app.events.events.find((e) => e.kind === 'control' && e.place === n)?.placeId ?? null, name);
  assert.ok(id, `no control event for ${name} in the loaded events`);
  return id;
}

async function featureController(page, placeId) {
  return page.evaluate((id) => {
    const m = window.__situationMap.map;
    const src = id.startsWith('prov:') ? 'provinces' : id.startsWith('border:') ? 'borders' : 'control';
    return m.getFeatureState({ source: src, id }).controller ?? 'none';
  }, placeId);
}

async function focusByTab(page, selector, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

export const tests = [
  {
    name: 'map renders: canvas not blank, labels and control marks drawn',
    async run({ page, base, shot }) {
      await page.goto(`${base}/?date=2021-07-09`);
      await mapIdle(page);
      const pixels = await page.evaluate(() => {
        const c = window.__situationMap.map.getCanvas();
        const probe = document.createElement('canvas');
        probe.width = 200; probe.height = 150;
        const ctx = probe.getContext('2d');
        ctx.drawImage(c, 0, 0, probe.width, probe.height);
        const d = ctx.getImageData(0, 0, probe.width, probe.height).data;
        const colours = new Set();
        let transparent = 0;
        for (let i = 0; i < d.length; i += 4) { colours.add((d[i] >> 3) << 10 | (d[i + 1] >> 3) << 5 | (d[i + 2] >> 3)); if (d[i + 3] === 0) transparent++; }
        return { colours: colours.size, transparent, total: d.length / 4 };
      });
      assert.ok(pixels.colours > 20, `canvas looks blank: ${pixels.colours} colours`);
      assert.ok(pixels.transparent < pixels.total / 10, 'canvas mostly transparent');
      const drawn = await page.evaluate(() => {
        const m = window.__situationMap.map;
        const n = (layer) => m.queryRenderedFeatures({ layers: [layer] }).length;
        const regions = m.queryRenderedFeatures({ layers: ['region-control'] }).map((f) => [f.properties.placeId, f.state.controller]);
        return { provinceLabels: n('province-labels'), countryLabels: n('country-labels'), points: n('control-points'), provinces: n('provinces-fill'), regions, glyphs: m.getStyle().glyphs ?? null };
      });
      assert.equal(drawn.glyphs, null, 'style must not use a glyphs server');
      assert.ok(drawn.provinces > 10, `provinces drawn: ${drawn.provinces}`);
      assert.ok(drawn.provinceLabels + drawn.countryLabels > 5, `labels drawn: ${JSON.stringify(drawn)}`);
      assert.ok(drawn.points > 0, 'control points drawn');
      // "… in northern Afghanistan" (5 July): a region claim, drawn as a ring coloured by its claimed state.
      if (realEvents) assert.deepEqual(drawn.regions, [['region:AF-north', 'taliban']]);
      const attribution = await page.textContent('.maplibregl-ctrl-attrib');
      assert.match(attribution ?? '', /Natural Earth/);
      assert.match(attribution ?? '', /GeoNames/);
      await shot('map-2021-07-09');
    },
  },
  {
    name: 'from 2021-07-07 to 2021-07-09 Islam Qala turns contested and Qala-e-Naw government',
    async run({ page, base, shot }) {
      await page.goto(`${base}/?date=2021-07-07`);
      await mapIdle(page);
      const iq = await placeIdOf(page, 'Islam Qala');
      const qn = await placeIdOf(page, 'Qala-e-Naw');
      assert.equal(await featureController(page, iq), 'none');
      await page.goto(`${base}/?date=2021-07-07&place=${encodeURIComponent(iq)}`);
      await mapIdle(page);
      assert.equal(await page.getAttribute('[data-testid=place-state]', 'data-state'), 'none');
      await page.focus('[data-testid=date-slider]');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await mapIdle(page);
      assert.equal(await page.textContent('[data-testid=date-words]'), 'Friday 9 July 2021');
      assert.equal(await featureController(page, iq), 'contested');
      assert.equal(await featureController(page, qn), 'government');
      assert.equal(await page.getAttribute('[data-testid=place-state]', 'data-state'), 'contested');
      await shot('islam-qala-contested');
      await page.goto(`${base}/?date=2021-07-09&place=${encodeURIComponent(qn)}`);
      await mapIdle(page);
      assert.equal(await page.getAttribute('[data-testid=place-state]', 'data-state'), 'government');
    },
  },
  {
    name: 'a mouse click on Islam Qala opens its panel with both quotes; reading the article highlights the quote',
    async run({ page, base, shot }) {
      await page.goto(`${base}/?date=2021-07-09&view=61.5,34.8,6.5`);
      await mapIdle(page);
      const iq = await placeIdOf(page, 'Islam Qala');
      const at = await page.evaluate((id) => {
        const { map } = window.__situationMap;
        const f = map.querySourceFeatures('control').find((x) => x.properties.placeId === id);
        const p = map.project(f.geometry.coordinates);
        const r = map.getCanvas().getBoundingClientRect();
        return { x: r.left + p.x, y: r.top + p.y };
      }, iq);
      await page.mouse.click(at.x, at.y);
      await page.waitForSelector(`[data-testid=place-panel][data-place-id="${iq}"]`);
      const cards = await page.$$eval('[data-testid=place-panel] [data-testid=event-card]', (els) => els.map((el) => ({
        quote: el.querySelector('[data-testid=quote]').textContent,
        claimant: el.querySelector('[data-testid=claimant]').textContent,
        outlet: el.querySelector('[data-testid=outlet]').textContent,
      })));
      const capture = cards.find((c) => /seized|fallen|taken control/i.test(c.quote) && /official/i.test(c.claimant));
      const denial = cards.find((c) => /denied/.test(c.quote));
      assert.ok(capture, `capture claim shown: ${JSON.stringify(cards)}`);
      assert.ok(denial, 'denial shown');
      assert.match(denial.claimant, /Arian|interior ministry/i);
      assert.ok(capture.outlet && denial.outlet, 'outlets shown');
      await shot('islam-qala-panel');
      const cardIndex = cards.indexOf(denial);
      await (await page.$$('[data-testid=place-panel] [data-testid=read-article]'))[cardIndex].click();
      const mark = await page.waitForSelector('[data-testid=highlight]');
      assert.equal(await mark.textContent(), denial.quote);
      await page.waitForTimeout(300);
      const visible = await page.evaluate(() => {
        const m = document.querySelector('[data-testid=highlight]').getBoundingClientRect();
        const s = document.querySelector('aside').getBoundingClientRect();
        return m.top >= s.top && m.bottom <= s.bottom;
      });
      assert.ok(visible, 'highlighted quote scrolled into view');
      await shot('islam-qala-article');
    },
  },
  {
    name: 'search finds "Qala i Naw" and opens it',
    async run({ page, base, shot }) {
      await page.goto(`${base}/?date=2021-07-09`);
      await mapIdle(page);
      await page.fill('[data-testid=search]', 'Qala i Naw');
      const first = await page.waitForSelector('[data-testid=search-results] [role=option]');
      assert.match(await first.textContent(), /Qala/i);
      await page.press('[data-testid=search]', 'Enter');
      await page.waitForSelector('[data-testid=place-panel]');
      assert.match(await page.textContent('[data-testid=place-name]'), /Qala/i);
      await page.waitForFunction(() => /view=63\.\d+,3[45]\.\d+/.test(location.search), null, { timeout: 5000 });
      await mapIdle(page);
      await shot('search-qala-i-naw');
    },
  },
  {
    name: 'a copied URL restores date, place and view; back and forward work',
    async run({ page, base }) {
      await page.goto(`${base}/?date=2021-07-09`);
      await mapIdle(page);
      const qn = await placeIdOf(page, 'Qala-e-Naw');
      const url = `${base}/?date=2021-07-08&place=${encodeURIComponent(qn)}&view=63.1000,35.0000,7.50`;
      await page.goto(url);
      await mapIdle(page);
      assert.equal(await page.textContent('[data-testid=date-words]'), 'Thursday 8 July 2021');
      assert.equal(await page.getAttribute('[data-testid=place-panel]', 'data-place-id'), qn);
      const view = await page.evaluate(() => { const m = window.__situationMap.map; return { ...m.getCenter(), zoom: m.getZoom() }; });
      assert.ok(Math.abs(view.lng - 63.1) < 0.01 && Math.abs(view.lat - 35) < 0.01 && Math.abs(view.zoom - 7.5) < 0.01, JSON.stringify(view));
      // A new selection, then back: the first place returns; forward: the second again.
      const iq = await placeIdOf(page, 'Islam Qala');
      await page.evaluate((id) => window.__situationMap.app.select({ kind: 'place', id }), iq);
      await page.waitForFunction((id) => new URLSearchParams(location.search).get('place') === id, iq);
      await page.goBack();
      await page.waitForSelector(`[data-testid=place-panel][data-place-id="${qn}"]`);
      await page.goForward();
      await page.waitForSelector(`[data-testid=place-panel][data-place-id="${iq}"]`);
    },
  },
  {
    name: 'keyboard alone changes the date and opens a place',
    async run({ page, base, shot }) {
      await page.goto(`${base}/?date=2021-07-08`);
      await mapIdle(page);
      await focusByTab(page, '[data-testid=date-slider]');
      await page.keyboard.press('ArrowLeft');
      assert.equal(await page.textContent('[data-testid=date-words]'), 'Wednesday 7 July 2021');
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.textContent('[data-testid=date-words]'), 'Thursday 8 July 2021');
      await page.keyboard.down('Shift');
      await focusByTab(page, '[data-testid=event-list] button');
      await page.keyboard.up('Shift');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid=place-panel], [data-testid=event-panel]');
      // Focus moves to what was opened, so the keyboard path continues there.
      assert.ok(await page.evaluate(() => !!document.activeElement?.closest('[data-testid=place-panel], [data-testid=event-panel]')), 'focus on the opened panel');
      await shot('keyboard-open');
    },
  },
  {
    name: 'article markup is shown as text, never run',
    fixtureEvents: true,
    async run({ page, base, shot }) {
      await page.goto(`${base}/?date=2019-02-20`);
      await mapIdle(page);
      const id = await page.evaluate(() => window.__situationMap.app.events.events.find((e) => e.articleId === 'fixture_return_2019').id);
      await page.goto(`${base}/?date=2019-02-20&event=${id}&read=${id}`);
      await page.waitForSelector('[data-testid=highlight]');
      await mapIdle(page);
      const body = await page.textContent('[data-testid=article-body]');
      assert.ok(body.includes('<script>window.__pwned = 1</script>'), 'script tag shown as text');
      assert.ok(body.includes('<img src=x onerror="window.__pwned = 2">'), 'img tag shown as text');
      assert.equal(await page.$$eval('[data-testid=article] img, [data-testid=article] script', (els) => els.length), 0);
      assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
      assert.match(await page.textContent('[data-testid=article] h2'), /<b>as winter ends<\/b>/);
      await shot('article-markup-as-text');
    },
  },
  {
    name: 'a broken or missing events file gives a plain error, not a blank page',
    allowConsoleErrors: true,
    async run({ page, base, shot }) {
      await page.route('**/events.geojson', (r) => r.fulfill({ status: 200, contentType: 'application/geo+json', body: '{"type":"FeatureCollection","features":[{"oops"' }));
      await page.goto(`${base}/`);
      const err = await page.waitForSelector('[data-testid=error]');
      assert.match(await err.textContent(), /events\.geojson: not JSON/);
      await mapIdle(page);
      await shot('broken-events');
      await page.unroute('**/events.geojson');
      await page.route('**/events.geojson', (r) => r.fulfill({ status: 404, body: 'not found' }));
      await page.goto(`${base}/`);
      assert.match(await (await page.waitForSelector('[data-testid=error]')).textContent(), /events\.geojson: HTTP 404/);
    },
  },
  {
    name: 'an online basemap style (VITE_BASEMAP_STYLE_URL) gets the same overlay, colours and attribution',
    online: true,
    async run({ page, base, shot }) {
      // The style URL is routed to a local stand-in: no network in tests.
      await page.route(ONLINE_STYLE_URL, (r) => r.fulfill({ path: join(FIXTURES, 'online-style.json'), contentType: 'application/json' }));
      await page.goto(`${base}/?date=2021-07-07`);
      await mapIdle(page);
      const style = await page.evaluate(() => {
        const s = window.__situationMap.map.getStyle();
        return { layers: s.layers.map((l) => l.id), transition: s.transition ?? null, glyphs: s.glyphs ?? null };
      });
      assert.equal(style.layers[0], 'online-background', 'the online style is the basemap');
      for (const id of ['provinces-control', 'borders-control', 'region-control', 'control-points', 'place-labels', 'movement-labels']) {
        assert.ok(style.layers.includes(id), `overlay layer ${id} added`);
      }
      assert.ok(style.layers.indexOf('online-land') < style.layers.indexOf('provinces-control'), 'overlay above the online basemap');
      assert.deepEqual(style.transition, { duration: 0, delay: 0 }, 'slider steps apply at once');
      const islamQala = await placeIdOf(page, 'Islam Qala');
      assert.equal(await featureController(page, islamQala), 'none');
      await page.evaluate(() => window.__situationMap.app.setDay(Math.round(Date.UTC(2021, 6, 9) / 86400000)));
      await page.waitForFunction((id) => window.__situationMap.map.getFeatureState({ source: 'control', id }).controller === 'contested', islamQala);
      await mapIdle(page);
      assert.match(await page.textContent('.maplibregl-ctrl-attrib') ?? '', /Natural Earth[\s\S]*GeoNames/);
      await shot('online-basemap-2021-07-09');
    },
  },
];

/** Every article in data/articles goes through the whole pipeline (adding a file adds a case). */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArticle } from '../../src/pipeline/article';
import { extractEvents } from '../../src/pipeline/events';
import { toFeatureCollection } from '../../src/pipeline/export';
import { gazetteer } from './helpers';

const DIR = 'data/articles';
const files = readdirSync(DIR).filter((f) => /\.(?:md|txt)$/.test(f)).sort();

describe('smoke: every article in data/articles', () => {
  it.each(files)('%s parses, yields events with verbatim quotes and resolvable places', (file) => {
    const article = parseArticle(basename(file, extname(file)), readFileSync(join(DIR, file), 'utf8'));
    expect(article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const events = extractEvents(article, gazetteer);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(article.body.slice(e.quoteStart, e.quoteEnd)).toBe(e.quote);
      expect(e.date === null || /^\d{4}-\d{2}-\d{2}$/.test(e.date)).toBe(true);
    }
    const fc = toFeatureCollection(events, gazetteer);
    expect(fc.features.length).toBe(events.length);
    expect(new Set(fc.features.map((f) => f.id)).size).toBe(fc.features.length);
  });

  it('the committed data/events.geojson is the output of the current pipeline', () => {
    const events = files.flatMap((f) => extractEvents(parseArticle(basename(f, extname(f)), readFileSync(join(DIR, f), 'utf8')), gazetteer));
    const json = `${JSON.stringify(toFeatureCollection(events, gazetteer), null, 1)}\n`;
    expect(json === readFileSync('data/events.geojson', 'utf8'), 'run `npm run ingest` and commit data/events.geojson').toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/pipeline/events';
import { parseArticle } from '../../src/pipeline/article';
import { hash, toFeatureCollection } from '../../src/pipeline/export';
import { gazetteer } from './helpers';

const A = parseArticle('a', '---\ntitle: A\npublished: 2021-07-09\n---\nThe Taliban seized Islam Qala on Thursday, officials said.\nMore than 1,000 Afghan soldiers fled into Tajikistan.\n');
const B = parseArticle('b', '---\ntitle: B\npublished: 2021-07-10\n---\nGovernment forces recaptured Qala-e-Naw on Friday.\n');

describe('export: GeoJSON features, stable ids, deterministic order', () => {
  it('hash is stable', () => {
    expect(hash('abc')).toBe(hash('abc'));
    expect(hash('abc')).not.toBe(hash('abd'));
  });

  it('points for control, LineStrings for movements, 5 decimals, longitude first', () => {
    const fc = toFeatureCollection(extractEvents(A, gazetteer), gazetteer);
    const control = fc.features.find((f) => f.properties.kind === 'control')!;
    const move = fc.features.find((f) => f.properties.kind === 'movement')!;
    expect(control.geometry.type).toBe('Point');
    const [lon, lat] = control.geometry.coordinates as [number, number];
    expect(Math.abs(lon - 61.07)).toBeLessThan(0.2);
    expect(Math.abs(lat - 34.67)).toBeLessThan(0.2);
    expect(move.geometry.type).toBe('LineString');
    for (const c of JSON.stringify(fc).match(/-?\d+\.\d+/g) ?? []) expect(c.split('.')[1]!.length).toBeLessThanOrEqual(5);
  });

  it('ids do not change when another article is added, and output is byte-identical across runs', () => {
    const alone = toFeatureCollection(extractEvents(A, gazetteer), gazetteer);
    const both = toFeatureCollection([...extractEvents(B, gazetteer), ...extractEvents(A, gazetteer)], gazetteer);
    const idsA = alone.features.map((f) => f.id);
    expect(both.features.filter((f) => f.properties.articleId === 'a').map((f) => f.id)).toEqual(idsA);
    expect(JSON.stringify(toFeatureCollection([...extractEvents(A, gazetteer), ...extractEvents(B, gazetteer)], gazetteer))).toBe(JSON.stringify(both));
  });
});

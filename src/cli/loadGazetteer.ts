/**
 * Load the shipped gazetteer from data/geo/ in Node (CLI, tests). The browser fetches the same two files and
 * calls createGazetteer itself.
 */
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Gazetteer } from '../types';
import { createGazetteer, type GazetteerData, type GazetteerFile, type ProvinceCollection } from '../pipeline/gazetteer';

/** data/geo/ of this checkout. */
export const GEO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'geo');

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`${file}: cannot read (${(e as Error).message}); run \`npm run build:geo\`?`, { cause: e });
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON: ${(e as Error).message}`, { cause: e });
  }
}

/**
 * The raw data: places from gazetteer.json and province polygons from provinces.geojson.
 * @example loadGazetteerData().places.length // ≈ 750
 */
export function loadGazetteerData(dir: string = GEO_DIR): GazetteerData {
  const gazFile = join(dir, 'gazetteer.json');
  const provFile = join(dir, 'provinces.geojson');
  const gaz = readJson(gazFile) as GazetteerFile;
  if (!gaz || !Array.isArray(gaz.places)) throw new Error(`${gazFile}: expected {"places": [...]}`);
  const provinces = readJson(provFile) as ProvinceCollection;
  if (!provinces || provinces.type !== 'FeatureCollection' || !Array.isArray(provinces.features)) {
    throw new Error(`${provFile}: expected a GeoJSON FeatureCollection`);
  }
  return { places: gaz.places, stopwords: gaz.stopwords ?? [], provinces };
}

let cached: Gazetteer | null = null;

/**
 * The gazetteer over data/geo/, built once per process.
 * @example loadGazetteer().findMentions('clashes in Herat province')[0].place.id // "prov:AF-HER"
 */
export function loadGazetteer(dir?: string): Gazetteer {
  if (dir !== undefined) return createGazetteer(loadGazetteerData(dir));
  cached ??= createGazetteer(loadGazetteerData());
  return cached;
}

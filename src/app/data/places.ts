/**
 * The gazetteer as the app needs it: points for the basemap's labels and symbols, and a search over names
 * and aliases. Pure.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Place } from '../../types';
import { nameKey } from '../../pipeline/names';
import type { LoadedEvents } from './events';

export interface PlacePointProps { id: string; name: string; type: string; role: string | null }

/** Kinds of places the basemap draws. */
function drawn(p: Place): boolean {
  return p.type === 'province' || p.type === 'country' || p.type === 'crossing' || p.role === 'national-capital' || p.role === 'provincial-capital';
}

/**
 * Points for the basemap: provinces and countries (labels), capitals, crossings.
 * Example: a gazetteer with Herat province and a GeoNames village → one feature, `{ id: 'prov:AF-HER', type: 'province' }`.
 */
export function placePoints(places: readonly Place[]): FeatureCollection<Point, PlacePointProps> {
  return {
    type: 'FeatureCollection',
    features: places.filter(drawn).map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: p.point },
      properties: { id: p.id, name: p.name, type: p.type, role: p.role ?? null },
    })),
  };
}

/**
 * The gazetteer plus the claimed places it lacks, so every mark on the map can be searched.
 * Example: an event about "Alishing" (not in the gazetteer) adds `{ id: 'district:alishing', name: 'Alishing', … }`.
 */
export function searchablePlaces(gazetteer: ReadonlyMap<string, Place>, events: LoadedEvents | null): Place[] {
  const all = new Map<string, Place>(gazetteer);
  for (const e of events?.events ?? []) {
    if (e.kind === 'movement' || all.has(e.placeId) || e.placeType === 'region') continue;
    const g = events?.geometry.get(e.id);
    if (g?.type !== 'Point') continue;
    all.set(e.placeId, { id: e.placeId, name: e.place, type: e.placeType, point: g.coordinates, country: e.country, aliases: [] });
  }
  return [...all.values()];
}

export interface SearchHit { place: Place; matched: string }

/** Rank of a place type when two names match equally well: the map's own subjects first. */
const TYPE_RANK: Record<string, number> = { crossing: 0, province: 1, city: 2, district: 3, border: 4, country: 5, region: 6 };

/** Folded keys of every place's name and aliases, built once so each keystroke only compares strings. */
export interface SearchIndex {
  entries: { place: Place; names: { key: string; name: string }[] }[];
}

/** Builds the search index (names folded with the pipeline's `nameKey`, so "Qala i Naw" meets "Qala-e-Naw"). */
export function buildSearchIndex(places: readonly Place[]): SearchIndex {
  return {
    entries: places.map((place) => ({
      place,
      names: [place.name, ...(place.aliases ?? [])].map((name) => ({ key: nameKey(name), name })),
    })),
  };
}

/**
 * Places whose name or an alias equals, starts with, or contains the query, best first.
 * Example: `searchPlaces(buildSearchIndex(places), 'Qala i Naw')[0].place.name === 'Qala-e-Naw'`.
 */
export function searchPlaces(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const q = nameKey(query);
  if (!q) return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const { place, names } of index.entries) {
    let best = Infinity, matched = '';
    for (const { key, name } of names) {
      const s = key === q ? 0 : key.startsWith(q) ? 1 : key.includes(` ${q}`) ? 2 : key.includes(q) ? 3 : Infinity;
      if (s < best) { best = s; matched = name; }
    }
    if (best < Infinity) {
      const popularity = place.population ? -Math.log10(place.population + 1) / 10 : 0;
      scored.push({ hit: { place, matched }, score: best * 10 + (TYPE_RANK[place.type] ?? 9) + popularity });
    }
  }
  scored.sort((a, b) => a.score - b.score || a.hit.place.name.localeCompare(b.hit.place.name));
  return scored.slice(0, limit).map((s) => s.hit);
}

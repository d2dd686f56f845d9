/**
 * Reads the pipeline's events export (data/events.geojson, contract in src/types.ts) into what the app
 * draws: dated claims for the control derivation, one point per claimed place, movement lines. Pure; a
 * file that does not fit the contract is rejected with a message naming the file and the first problem.
 */
import type { ControlEvent, EventFeature, MovementEvent, SituationEvent } from '../../types';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Claim } from '../state/control';
import { sideOf, type ClaimSide } from '../state/claimants';
import { dayOf } from '../state/dates';

export interface LoadedEvents {
  /** Every event, sorted by date (undated last), then id. */
  events: readonly SituationEvent[];
  byId: ReadonlyMap<string, SituationEvent>;
  /** Geometry of each event by id (movement lines, control points). */
  geometry: ReadonlyMap<string, EventFeature['geometry']>;
  claims: readonly Claim[];
  /** Day numbers of every dated event, sorted ascending, without duplicates. */
  eventDays: readonly number[];
  /** The slider's range: the dated events' span, padded so the days after the last report can be shown. */
  firstDay: number;
  lastDay: number;
}

/** Days added before the first and after the last event day (claims stand after they are made). */
export const RANGE_PAD_DAYS = 7;

const KINDS = new Set(['control', 'movement', 'talks', 'violence', 'military', 'statement']);
const CONTROLLERS = new Set(['taliban', 'government', 'contested']);

function fail(file: string, msg: string): never {
  throw new Error(`${file}: ${msg}`);
}

function check(file: string, f: unknown, i: number): EventFeature {
  const where = `feature ${i}`;
  if (!f || typeof f !== 'object') fail(file, `${where} is not an object`);
  const feat = f as Partial<EventFeature>;
  const p = feat.properties as Partial<SituationEvent> | undefined;
  if (!p || typeof p !== 'object') fail(file, `${where} has no properties`);
  if (!KINDS.has(String(p.kind))) fail(file, `${where} has unknown kind ${JSON.stringify(p.kind)}`);
  if (typeof p.articleId !== 'string') fail(file, `${where} has no articleId`);
  if (typeof p.quote !== 'string') fail(file, `${where} has no quote`);
  if (p.date !== null && typeof p.date !== 'string') fail(file, `${where} has a date that is neither a string nor null`);
  if (typeof p.date === 'string') {
    try { dayOf(p.date); } catch (e) { fail(file, `${where}: ${(e as Error).message}`); }
  }
  const g = feat.geometry;
  if (!g || (g.type !== 'Point' && g.type !== 'LineString') || !Array.isArray(g.coordinates)) fail(file, `${where} needs a Point or LineString geometry`);
  if (p.kind === 'control' && !CONTROLLERS.has(String((p as ControlEvent).controller))) fail(file, `${where} has no valid controller`);
  if (p.kind === 'movement' && g.type !== 'LineString') fail(file, `${where} is a movement without a LineString`);
  if (p.kind !== 'movement' && typeof (p as ControlEvent).placeId !== 'string') fail(file, `${where} has no placeId`);
  return feat as EventFeature;
}

/** Stable id of an event: the property, else the feature id, else its position. */
function idOf(f: EventFeature, i: number): string {
  return String(f.properties.id ?? f.id ?? `event-${i}`);
}

/**
 * Parses the export's text. Example: `parseEvents('{"type":"FeatureCollection","features":[]}', 'events.geojson').events.length === 0`;
 * `parseEvents('<html>', 'events.geojson')` throws "events.geojson: not JSON (…)".
 */
export function parseEvents(text: string, file: string): LoadedEvents {
  let json: unknown;
  try { json = JSON.parse(text); } catch (e) { fail(file, `not JSON (${(e as Error).message})`); }
  const fc = json as Partial<FeatureCollection>;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) fail(file, 'not a GeoJSON FeatureCollection');
  const feats = fc.features.map((f, i) => check(file, f, i));
  const events: SituationEvent[] = [];
  const geometry = new Map<string, EventFeature['geometry']>();
  feats.forEach((f, i) => {
    const id = idOf(f, i);
    events.push({ ...f.properties, id });
    geometry.set(id, f.geometry);
  });
  events.sort((a, b) => (a.date ?? '9999') < (b.date ?? '9999') ? -1 : (a.date ?? '9999') > (b.date ?? '9999') ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const claims: Claim[] = [];
  const days = new Set<number>();
  for (const e of events) {
    if (!e.date) continue;
    const day = dayOf(e.date);
    days.add(day);
    if (e.kind === 'control') {
      claims.push({ id: e.id, placeId: e.placeId, day, controller: e.controller, side: sideOf(e.claimant), denial: e.denial === true });
    }
  }
  const eventDays = [...days].sort((a, b) => a - b);
  const today = dayOf(new Date().toISOString().slice(0, 10));
  return {
    events, claims, eventDays, geometry,
    byId: new Map(events.map((e) => [e.id, e])),
    firstDay: (eventDays[0] ?? today) - RANGE_PAD_DAYS,
    lastDay: (eventDays[eventDays.length - 1] ?? today) + RANGE_PAD_DAYS,
  };
}

/** Place types drawn as polygons or lines of the basemap rather than as points of their own. */
const AREA_TYPES = new Set(['province', 'country', 'border', 'region']);

export interface ControlPointProps { placeId: string; name: string; placeType: string }

/**
 * One point per claimed crossing, district or city (provinces and borders are coloured on the basemap).
 * Example: Islam Qala's two claims give one feature with `placeId: 'xing:islam-qala'`.
 */
export function controlPoints(data: LoadedEvents): FeatureCollection<Point, ControlPointProps> {
  const seen = new Map<string, Feature<Point, ControlPointProps>>();
  for (const e of data.events) {
    if (e.kind !== 'control' || AREA_TYPES.has(e.placeType) || seen.has(e.placeId)) continue;
    const g = data.geometry.get(e.id);
    if (g?.type !== 'Point') continue;
    seen.set(e.placeId, { type: 'Feature', geometry: { type: 'Point', coordinates: g.coordinates }, properties: { placeId: e.placeId, name: e.place, placeType: e.placeType } });
  }
  return { type: 'FeatureCollection', features: [...seen.values()] };
}

export interface MovementProps {
  id: string;
  day: number;
  count: number;
  label: string;
  direction: MovementEvent['direction'];
  side: ClaimSide;
}

/**
 * Movement lines with what the style needs: day (for the window filter), count (width), a label.
 * Example: "more than 1,000 soldiers" → `{ count: 1000, label: 'more than 1,000 soldiers', direction: 'flight' }`.
 */
export function movementLines(data: LoadedEvents): FeatureCollection<LineString, MovementProps> {
  const features: Feature<LineString, MovementProps>[] = [];
  for (const e of data.events) {
    if (e.kind !== 'movement' || !e.date) continue;
    const g = data.geometry.get(e.id);
    if (g?.type !== 'LineString') continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: g.coordinates },
      properties: { id: e.id, day: dayOf(e.date), count: e.count ?? 0, label: movementLabel(e), direction: e.direction, side: sideOf(e.claimant) },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Example: `movementLabel({count: 1000, countQualifier: 'more than', group: 'soldiers'})` → "more than 1,000 soldiers". */
export function movementLabel(e: Pick<MovementEvent, 'count' | 'countQualifier' | 'group'>): string {
  const n = e.count == null ? '' : `${e.countQualifier ? e.countQualifier + ' ' : ''}${e.count.toLocaleString('en-GB')}`;
  return [n, e.group ?? 'people'].filter(Boolean).join(' ');
}

/** Place ids an event is about: the place, or a movement's origin, crossing and destination. */
export function placesOf(e: SituationEvent): string[] {
  if (e.kind === 'movement') return [e.fromId, e.viaId ?? '', e.toId].filter(Boolean);
  return [e.placeId];
}

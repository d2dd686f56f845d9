/**
 * Reads the pipeline's events export (data/events.geojson, contract in src/types.ts) into what the app
 * draws: dated claims for the control derivation, one point per claimed place, movement lines. Pure; a
 * file that does not fit the contract is rejected with a message naming the file and the first problem.
 */
import type { ControlEvent, EventFeature, MovementEvent, Place, SituationEvent } from '../../types';
import { arrowPath } from './arrowPath';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { Claim } from '../state/control';
import { sideOf, type ClaimSide } from '../state/claimants';
import { dayOf } from '../state/dates';

export interface LoadedEvents {
  /** Every event, sorted by date (undated last), then id. */
  events: readonly SituationEvent[];
  /** Day number of `events[i]` (NaN when undated), ascending: window queries are binary searches. */
  days: Float64Array;
  /** The side each event's claimant speaks for (`sideOf`), computed once rather than on every slider step. */
  sides: readonly ClaimSide[];
  /** Country-wide claims of control, in time order. */
  national: readonly ControlEvent[];
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
  const eventDay = new Float64Array(events.length).fill(NaN);
  const national: ControlEvent[] = [];
  for (const [i, e] of events.entries()) {
    if (e.kind === 'control' && e.placeType === 'country') national.push(e);
    if (!e.date) continue;
    const day = dayOf(e.date);
    eventDay[i] = day;
    days.add(day);
    if (e.kind === 'control') {
      claims.push({ id: e.id, placeId: e.placeId, day, controller: e.controller, side: sideOf(e.claimant), denial: e.denial === true });
    }
  }
  const eventDays = [...days].sort((a, b) => a - b);
  const today = dayOf(new Date().toISOString().slice(0, 10));
  return {
    events, claims, eventDays, geometry, national, days: eventDay, sides: events.map((e) => sideOf(e.claimant)),
    byId: new Map(events.map((e) => [e.id, e])),
    firstDay: (eventDays[0] ?? today) - RANGE_PAD_DAYS,
    lastDay: (eventDays[eventDays.length - 1] ?? today) + RANGE_PAD_DAYS,
  };
}

/**
 * Indices [from, to) of the events dated within [lo, hi] days, by binary search over the sorted day column.
 * Example: with days [1, 2, 2, 5, NaN], `eventRange(days, 2, 4)` → `[1, 3]`.
 */
export function eventRange(days: Float64Array, lo: number, hi: number): [number, number] {
  const first = (target: number, inclusive: boolean) => {
    let a = 0, b = days.length;
    while (a < b) {
      const m = (a + b) >> 1;
      const d = days[m]!;
      // Undated events (NaN) sort last, after every day.
      if (!Number.isNaN(d) && (inclusive ? d < target : d <= target)) a = m + 1; else b = m;
    }
    return a;
  };
  return [first(lo, true), first(hi, false)];
}

/** Place types drawn as polygons or lines of the basemap rather than as points of their own. */
const AREA_TYPES = new Set(['province', 'country', 'border']);

export interface ControlPointProps { placeId: string; name: string; placeType: string }

/**
 * One point per claimed crossing, district, city or region (provinces and borders are coloured on the basemap;
 * a region such as "northern Afghanistan" has no outline in Natural Earth, so it is drawn as a wide ring at its
 * centre, `region-control` in style.ts).
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
  /** The path, its arrowhead, or the point that carries its label. */
  part: 'path' | 'head' | 'label';
}

/**
 * The two strokes of an arrowhead at the line's end, as one LineString [wing, tip, wing]; longitude is
 * scaled by cos(latitude) so the head keeps its shape. Drawn as a line, an arrowhead costs no symbol layout.
 * Example: `arrowHead([[0, 0], [1, 0]])` → a chevron whose tip is [1, 0].
 */
export function arrowHead(coords: readonly Position[]): Position[] {
  const tip = coords[coords.length - 1]!, from = coords[coords.length - 2] ?? tip;
  const k = Math.cos((tip[1]! * Math.PI) / 180) || 1;
  const dx = (tip[0]! - from[0]!) * k, dy = tip[1]! - from[1]!;
  const len = Math.hypot(dx, dy);
  if (len === 0) return [tip, tip];
  const size = Math.min(0.3, len * 0.3), spread = (28 * Math.PI) / 180;
  const back = Math.atan2(-dy, -dx);
  const wing = (a: number): Position => [tip[0]! + (Math.cos(a) * size) / k, tip[1]! + Math.sin(a) * size];
  return [wing(back + spread), tip, wing(back - spread)];
}

/** The point halfway along a line (by segment length in degrees; close enough for placing a label). */
export function midpoint(coords: readonly Position[]): Position {
  const seg = coords.slice(1).map((c, i) => Math.hypot(c[0]! - coords[i]![0]!, c[1]! - coords[i]![1]!));
  let left = seg.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < seg.length; i++) {
    if (left <= seg[i]! && seg[i]! > 0) {
      const t = left / seg[i]!, a = coords[i]!, b = coords[i + 1]!;
      return [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
    }
    left -= seg[i]!;
  }
  return coords[0]!;
}

/**
 * Movement lines with what the style needs: day (for the window filter), count (width), a label; each as
 * its path, its arrowhead, and a point halfway along that carries the label (a label along a short line would
 * not fit).
 * Example: "more than 1,000 soldiers" → `{ count: 1000, label: 'more than 1,000 soldiers', direction: 'flight' }`.
 */
export function movementLines(data: LoadedEvents, places: ReadonlyMap<string, Place> = new Map()): FeatureCollection<LineString | Point, MovementProps> {
  const features: Feature<LineString | Point, MovementProps>[] = [];
  for (const e of data.events) {
    // No destination named ("fled their homes in Kunduz"): an arrow to the country's centre would invent one.
    if (e.kind !== 'movement' || !e.date || e.destinationUnknown) continue;
    const g = data.geometry.get(e.id);
    if (g?.type !== 'LineString') continue;
    const path = arrowPath(g.coordinates, e, places);
    // A total shared by several flows sizes none of them: each one's share is not stated.
    const base = { id: e.id, day: dayOf(e.date), count: e.sharedCount !== undefined ? 0 : e.count ?? 0, label: movementLabel(e), direction: e.direction, side: sideOf(e.claimant) };
    features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: path }, properties: { ...base, part: 'path' } });
    features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: arrowHead(path) }, properties: { ...base, part: 'head' } });
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: midpoint(path) }, properties: { ...base, part: 'label' } });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Where a movement went, as the reader sees it. Example: `movementTo({ to: 'Afghanistan', destinationUnknown: true })`
 * → "destination not stated"; `movementTo({ to: 'Kabul' })` → "Kabul".
 */
export function movementTo(e: Pick<MovementEvent, 'to' | 'destinationUnknown'>): string {
  return e.destinationUnknown ? 'destination not stated' : e.to;
}

/**
 * Example: `movementLabel({count: 1000, countQualifier: 'more than', group: 'soldiers'})` → "more than 1,000 soldiers";
 * a total shared with other flows, `{count: 1200, sharedCount: 1200, countQualifier: 'about', group: 'people'}` →
 * "part of about 1,200 people".
 */
export function movementLabel(e: Pick<MovementEvent, 'count' | 'countQualifier' | 'group' | 'sharedCount'>): string {
  const shown = e.sharedCount ?? e.count;
  const n = shown == null ? '' : `${e.sharedCount !== undefined ? 'part of ' : ''}${e.countQualifier ? e.countQualifier + ' ' : ''}${shown.toLocaleString('en-GB')}`;
  return [n, e.group ?? 'people'].filter(Boolean).join(' ');
}

/** Place ids an event is about: the place, or a movement's origin, crossing and destination. */
export function placesOf(e: SituationEvent): string[] {
  if (e.kind === 'movement') return [e.fromId, e.viaId ?? '', e.toId].filter(Boolean);
  return [e.placeId];
}

/**
 * Export: events → GeoJSON features (RFC 7946, longitude first), with stable ids and a deterministic order.
 * A control or context event is a Point at its place; a movement is a LineString [origin, (crossing,) destination].
 */
import type { EventCollection, EventFeature, Gazetteer, SituationEvent } from '../types';

/**
 * 53-bit string hash (cyrb53): stable across runs and platforms, no dependency.
 * @example hash('a') === hash('a')
 */
export function hash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return base36(2097151 & h2, h1 >>> 0).padStart(11, '0');
}

const B36_5 = 36 ** 5;
const TWO_32_MOD = 4294967296 % B36_5;

/**
 * (hi · 2³² + lo).toString(36) for hi < 2²¹, in two small parts: a 53-bit number's toString(36) goes through V8's slow
 * double-to-radix path, and ids are made for every event. Every step is exact in doubles (all below 2⁵³).
 */
function base36(hi: number, lo: number): string {
  const r = (hi * TWO_32_MOD + (lo % B36_5)) % B36_5;
  const q = (hi * 4294967296 + lo - r) / B36_5;
  return q > 0 ? q.toString(36) + r.toString(36).padStart(5, '0') : r.toString(36);
}

/** The identity of an event inside its article: offsets, kind, place(s) and controller. */
export function eventKey(e: SituationEvent): string {
  const where = e.kind === 'movement' ? `${e.fromId}>${e.toId}` : `${e.placeId}${e.kind === 'control' ? `:${e.controller}` : ''}`;
  return `${e.articleId}|${e.quoteStart}|${e.quoteEnd}|${e.kind}|${where}`;
}

/**
 * Stable id: a hash of article id, quote offsets, kind and place; the same event keeps it when other articles change.
 * @example eventId({ articleId: 'a', quoteStart: 0, quoteEnd: 10, kind: 'control', placeId: 'xing:islam-qala', controller: 'taliban', … })
 */
export function eventId(e: SituationEvent): string {
  return `${e.articleId.slice(0, 40)}-${hash(eventKey(e))}`;
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

function point(g: Gazetteer, id: string, cache: Map<string, [number, number] | null>): [number, number] | null {
  // Events name few places many times: each place is looked up and rounded once (a fresh array per feature all the same).
  let at = cache.get(id);
  if (at === undefined) {
    const p = g.get(id);
    cache.set(id, (at = p ? [round(p.point[0]), round(p.point[1])] : null));
  }
  return at ? [at[0], at[1]] : null;
}

interface Keyed {
  e: SituationEvent;
  key: string;
}

function compare(x: Keyed, y: Keyed): number {
  const a = x.e;
  const b = y.e;
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  if (a.quoteStart !== b.quoteStart) return a.quoteStart - b.quoteStart;
  return x.key < y.key ? -1 : x.key > y.key ? 1 : 0;
}

/**
 * Events → FeatureCollection, sorted by article, quote position and key; ids unique (a rare duplicate key gets a suffix).
 * @example toFeatureCollection(events, gazetteer).features[0].geometry.type === 'Point'
 */
export function toFeatureCollection(events: SituationEvent[], g: Gazetteer): EventCollection {
  // Each event's key is built once, for the sort and its id (the comparator would build two per comparison).
  const sorted = events.map((e): Keyed => ({ e, key: eventKey(e) })).sort(compare);
  const features: EventFeature[] = [];
  // An id starts with its article's id, and the events come article by article: a duplicate can only be of the same
  // article, so the ids seen are kept for one article at a time.
  const used = new Map<string, number>();
  let article: string | null = null;
  const points = new Map<string, [number, number] | null>();
  for (const { e, key } of sorted) {
    if (e.articleId !== article) {
      used.clear();
      article = e.articleId;
    }
    let id = `${e.articleId.slice(0, 40)}-${hash(key)}`;
    const n = used.get(id) ?? 0;
    used.set(id, n + 1);
    if (n > 0) id = `${id}-${n}`;
    const props = { ...e, id } as SituationEvent;
    if (e.kind === 'movement') {
      const from = point(g, e.fromId, points);
      const to = point(g, e.toId, points);
      if (!from || !to) continue;
      const via = e.viaId ? point(g, e.viaId, points) : null;
      features.push({ type: 'Feature', id, geometry: { type: 'LineString', coordinates: via ? [from, via, to] : [from, to] }, properties: props });
    } else {
      const at = point(g, e.placeId, points);
      if (!at) continue;
      features.push({ type: 'Feature', id, geometry: { type: 'Point', coordinates: at }, properties: props });
    }
  }
  return { type: 'FeatureCollection', features };
}

/**
 * The movements drawn on a day: those within the window around it, told by a side the claimant filter lets
 * through. Every arrow stays in its source; a step sets feature-state `shown` on the few movements entering or
 * leaving the window (`diffShown`). Measured with `npm run bench:map`, the alternatives cost more per step:
 * rebuilding a source of the window's movements waits on MapLibre's worker (tens of ms), a layer filter
 * re-lays out the whole source (~500 ms). Hidden arrows have width and opacity 0, so drawing them is cheap.
 * Labels are symbols, whose placement would count hidden ones too: they get a small source of the window's
 * label points (`windowCollection`), rebuilt once stepping pauses.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { passes, type ClaimSide, type ClaimantFilter } from '../state/claimants';

export interface MovementKey { id: string; day: number; side: ClaimSide }

/**
 * Ids of the movements within `windowDays` of `day` told by a side the filter lets through.
 * `moves` must be sorted by day. Example: moves on days [90, 100, 120], day 100, window 7 → the one on day 100.
 */
export function movementsShown(moves: readonly MovementKey[], day: number, windowDays: number, claimant: ClaimantFilter): Set<string> {
  let a = 0, b = moves.length;
  while (a < b) { const m = (a + b) >> 1; if (moves[m]!.day < day - windowDays) a = m + 1; else b = m; }
  const out = new Set<string>();
  for (let i = a; i < moves.length && moves[i]!.day <= day + windowDays; i++) {
    if (passes(claimant, moves[i]!.side)) out.add(moves[i]!.id);
  }
  return out;
}

/**
 * The features of the shown movements (paths, heads and label points share the movement's id).
 * Example: `windowCollection(features, new Set(['m1']))` keeps the three features of m1.
 */
export function windowCollection<G extends Geometry, P extends { id: string }>(
  features: readonly Feature<G, P>[], shown: ReadonlySet<string>,
): FeatureCollection<G, P> {
  return { type: 'FeatureCollection', features: features.filter((f) => shown.has(f.properties.id)) };
}

/**
 * Movements entering and leaving the window between two steps. Example: `diffShown(new Set(['a', 'b']),
 * new Set(['b', 'c']))` → `{ enter: ['c'], leave: ['a'] }`.
 */
export function diffShown(before: ReadonlySet<string>, after: ReadonlySet<string>): { enter: string[]; leave: string[] } {
  const enter: string[] = [], leave: string[] = [];
  for (const id of after) if (!before.has(id)) enter.push(id);
  for (const id of before) if (!after.has(id)) leave.push(id);
  return { enter, leave };
}

/**
 * The movements drawn on a day: those within the window around it, told by a side the claimant filter lets
 * through. Control colours never touch source data (feature-state); movements are different: only a handful
 * fall in any window, and handing MapLibre just those few is far cheaper than a filter over all of them (a new
 * filter re-lays out the whole source) or hiding the rest by feature-state (hidden lines are still drawn).
 * Measured with `npm run bench:map`.
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

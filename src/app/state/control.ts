/**
 * Who controls a place on a day, as the claims dated up to that day tell it (issue 4). Pure: the map,
 * the panels and the tests all call the same function.
 *
 * Rules: the newest claim day decides; claims of that day that disagree make the place contested (so do
 * claims of fighting, controller "contested"). Opposite claims (Taliban / government) a day apart count as
 * claims about the same days: dates resolved from "Thursday" or from a next-day report can be a day off, and a
 * capture answered the next day by the other side (a denial, reported or dated a day later) is a dispute, not a
 * settlement. A flagged denial reaches two days back. A newer claim settles a contested place; fighting
 * followed by one side's claim is settled by it (Qala-e-Naw: fighting on 7 July, government on 8 July).
 */
import type { Controller } from '../../types';
import { passes, type ClaimSide, type ClaimantFilter } from './claimants';

/** One dated claim of control, reduced to what the derivation needs. */
export interface Claim {
  id: string;
  placeId: string;
  /** Day number (see dates.ts). */
  day: number;
  controller: Controller;
  side: ClaimSide;
  denial: boolean;
}

export interface PlaceControl {
  controller: Controller;
  /** Day of the newest claim considered. */
  latestDay: number;
  /** Days between that claim and the selected day (0 = claimed that very day). */
  ageDays: number;
  /** Ids of the claims that decided the state, oldest first. */
  decidedBy: string[];
}

/** How many days back an opposite claim still disputes the newest one rather than being superseded by it. */
export const DISPUTE_REACH_DAYS = 1;
/** The same for a claim flagged as a denial of a capture. */
export const DENIAL_REACH_DAYS = 2;

/** Claims grouped by place and sorted by day, built once per claimant filter and reused on every slider step. */
export interface ClaimIndex {
  readonly byPlace: ReadonlyMap<string, readonly Claim[]>;
}

/**
 * Groups claims by place, sorted by day then id, keeping only those `filter` lets through.
 * Example: `indexClaims(claims, 'taliban').byPlace.get('xing:islam-qala')` → the Taliban's own claims.
 */
export function indexClaims(claims: readonly Claim[], filter: ClaimantFilter = 'all'): ClaimIndex {
  const byPlace = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!passes(filter, c.side)) continue;
    let list = byPlace.get(c.placeId);
    if (!list) byPlace.set(c.placeId, (list = []));
    list.push(c);
  }
  for (const list of byPlace.values()) list.sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { byPlace };
}

/** Index of the last claim with `day <= target` in a day-sorted list, or -1. */
function lastAtOrBefore(list: readonly Claim[], target: number): number {
  let lo = 0, hi = list.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.day <= target) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/**
 * The state of one place on `day` from its day-sorted claims, or null when nothing was claimed yet.
 * Example: Islam Qala with a Taliban capture and a government denial both dated 2021-07-08 →
 * `{ controller: 'contested', ageDays: 1, … }` on 2021-07-09.
 */
export function placeControlAt(list: readonly Claim[], day: number): PlaceControl | null {
  const last = lastAtOrBefore(list, day);
  if (last < 0) return null;
  const latestDay = list[last]!.day;
  const decisive: Claim[] = [];
  let i = last;
  for (; i >= 0 && list[i]!.day === latestDay; i--) decisive.unshift(list[i]!);
  const newest = new Set(decisive.map((c) => c.controller));
  const reach = decisive.some((c) => c.denial) ? DENIAL_REACH_DAYS : DISPUTE_REACH_DAYS;
  for (let j = i; j >= 0 && list[j]!.day >= latestDay - reach; j--) {
    const c = list[j]!;
    const opposite = c.controller === 'taliban' ? 'government' : c.controller === 'government' ? 'taliban' : null;
    if (opposite && newest.has(opposite)) decisive.unshift(c);
  }
  const controllers = new Set(decisive.map((c) => c.controller));
  const controller: Controller = controllers.size === 1 ? decisive[0]!.controller : 'contested';
  return { controller, latestDay, ageDays: day - latestDay, decidedBy: decisive.map((c) => c.id) };
}

/**
 * Every place's state on `day`. Places without a claim yet are absent ("no claim").
 * Example: `controlAt(indexClaims(claims), dayOf('2021-07-09')).get('city:AF-BDG:qala-i-naw')?.controller === 'government'`.
 */
export function controlAt(index: ClaimIndex, day: number): Map<string, PlaceControl> {
  const out = new Map<string, PlaceControl>();
  for (const [placeId, list] of index.byPlace) {
    const state = placeControlAt(list, day);
    if (state) out.set(placeId, state);
  }
  return out;
}

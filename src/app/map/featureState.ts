/**
 * Control states → MapLibre feature-state updates, as a diff against what the map already shows, so a
 * slider step touches only the places whose colour or age changed.
 */
import type { SituationEvent } from '../../types';
import type { PlaceControl } from '../state/control';
import { ageClass } from './style';

/** Which source holds a place's feature, by place type; null for places not drawn as a feature (countries, regions). */
export function stateSourceFor(placeType: string): 'provinces' | 'borders' | 'control' | null {
  switch (placeType) {
    case 'province': return 'provinces';
    case 'border': return 'borders';
    case 'country': return null;
    default: return 'control';
  }
}

/** Place id → feature-state source for every claimed place. Example: Badghis's claims → `'prov:AF-BDG' → 'provinces'`. */
export function stateSources(events: readonly SituationEvent[]): Map<string, string | null> {
  const m = new Map<string, string | null>();
  for (const e of events) if (e.kind === 'control') m.set(e.placeId, stateSourceFor(e.placeType));
  return m;
}

/** What the map shows of a place: its controller and the age class of the newest claim (`ageClass`). */
export interface ShownState { controller: string; age: number }

export interface StateUpdate { source: string; id: string; state: ShownState | null }

/**
 * Updates that bring the map from `shown` to `next`; `shown` is updated in place. A place whose claim only grew
 * a day older within its age class needs no update.
 * Example: a place newly claimed by the Taliban → `{ source: 'control', id, state: { controller: 'taliban', age: 0 } }`;
 * a place whose claims all lie after the new day → `state: null` (remove).
 */
export function diffStates(
  shown: Map<string, ShownState>,
  next: ReadonlyMap<string, PlaceControl>,
  sourceOf: (placeId: string) => string | null,
): StateUpdate[] {
  const updates: StateUpdate[] = [];
  for (const [id, pc] of next) {
    const source = sourceOf(id);
    if (!source) continue;
    const old = shown.get(id);
    const age = ageClass(pc.ageDays);
    if (old && old.controller === pc.controller && old.age === age) continue;
    const state = { controller: pc.controller, age };
    shown.set(id, state);
    updates.push({ source, id, state });
  }
  for (const id of [...shown.keys()]) {
    if (next.has(id)) continue;
    const source = sourceOf(id);
    shown.delete(id);
    if (source) updates.push({ source, id, state: null });
  }
  return updates;
}

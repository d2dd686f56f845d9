/**
 * Every map layer id, in draw order (first = bottom). The one place that decides z-order: asking for an
 * id that is not listed throws, so a new layer cannot slip in at a random depth.
 */
export const LAYER_ORDER = [
  'background',
  'countries-fill',
  'provinces-fill',
  'provinces-control',
  'provinces-line',
  'countries-line',
  'borders-control',
  'region-control',
  'movements-line',
  // Under the places: a label at an arrow's middle must not hide a crossing's or a district's claimed state.
  'movement-labels',
  'capitals',
  'crossings',
  'control-points',
  'selected-point',
  'basemap-labels',
  'country-labels',
  'province-labels',
  'place-labels',
] as const;

export type LayerId = (typeof LAYER_ORDER)[number];

/**
 * Movement arrows are drawn by one layer per day with movements (`movements-line:<day>`), so a slider step only
 * switches whole layers on or off; they all sit at the depth of 'movements-line'.
 * Example: `movementDayLayer(18816) === 'movements-line:18816'`.
 */
export function movementDayLayer(day: number): string {
  return `movements-line:${day}`;
}

/** Whether a layer id is one of the per-day movement layers. Example: `isMovementLayer('movements-line:18816') === true`. */
export function isMovementLayer(id: string): boolean {
  return id.startsWith('movements-line:');
}

/** Position of a layer in the draw order. Example: `layerRank('background') === 0`; `layerRank('nope')` throws. */
export function layerRank(id: string): number {
  const i = (LAYER_ORDER as readonly string[]).indexOf(isMovementLayer(id) ? 'movements-line' : id);
  if (i < 0) throw new Error(`map layer "${id}" is not in LAYER_ORDER (src/app/map/layers.ts)`);
  return i;
}

/** Layers sorted into the registry's order; throws on an unknown id. Example: `inDrawOrder([{id:'crossings'},{id:'background'}])[0].id === 'background'`. */
export function inDrawOrder<T extends { id: string }>(layers: readonly T[]): T[] {
  const rank = new Map(layers.map((l) => [l, layerRank(l.id)]));
  return [...layers].sort((a, b) => rank.get(a)! - rank.get(b)!);
}

/** The layer id the given one must be inserted before when added to a foreign (online) style, or undefined for the top. */
export function beforeIdFor(id: string, present: ReadonlySet<string>): string | undefined {
  for (let i = layerRank(id) + 1; i < LAYER_ORDER.length; i++) if (present.has(LAYER_ORDER[i]!)) return LAYER_ORDER[i];
  return undefined;
}

/** Layers a click can select, top first ('movements-line' stands for every per-day movement layer). */
export const CLICKABLE_LAYERS: readonly LayerId[] = ['control-points', 'crossings', 'capitals', 'movements-line', 'region-control', 'provinces-fill'];

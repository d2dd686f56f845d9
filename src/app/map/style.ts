/**
 * The map style as data: pure builders for the offline basemap (drawn from data/geo, no tile, sprite or
 * glyph server) and for the situation overlay. The slider never rebuilds a source it draws at once: control
 * colours come from feature-state (`controller`, `age`), every movement's arrow is always in its source, drawn by
 * one layer per day that the window switches on or off by a constant opacity; only the movement labels' small source is rebuilt,
 * and only once stepping pauses (issue 4; measured by `npm run bench:map`).
 */
import type {
  ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification, StyleSpecification,
} from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import type { MovementProps } from '../data/events';
import { inDrawOrder, movementDayLayer } from './layers';
import type { ClaimantFilter } from '../state/claimants';

export const CONTROL_COLORS = {
  taliban: '#c0392b',
  government: '#2166ac',
  contested: '#e69f00',
  none: '#8c8c8c',
} as const;

export const MOVEMENT_COLORS = { flight: '#762a83', return: '#1b7837' } as const;

export const ATTRIBUTION =
  'Boundaries © <a href="https://www.naturalearthdata.com/">Natural Earth</a> · Places © <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)';

/** Label fonts: with no `glyphs` URL MapLibre draws labels with the browser's local fonts (style spec, "glyphs": omit to use local fonts). */
export const LOCAL_FONT = ['sans-serif'];
// A family name that ends in "Bold" makes MapLibre draw bold; the unknown family falls back to sans-serif.
export const LOCAL_FONT_BOLD = ['Noto Sans Bold'];

/** The controller in feature-state, or "none" before any claim. */
const CONTROLLER: ExpressionSpecification = ['string', ['feature-state', 'controller'], 'none'];
const AGE: ExpressionSpecification = ['number', ['feature-state', 'age'], 0];

/**
 * Colour by claimed controller. Example: with feature-state `{controller: 'taliban'}` the expression yields
 * `CONTROL_COLORS.taliban`.
 */
export function controlColor(): ExpressionSpecification {
  return ['match', CONTROLLER,
    'taliban', CONTROL_COLORS.taliban,
    'government', CONTROL_COLORS.government,
    'contested', CONTROL_COLORS.contested,
    CONTROL_COLORS.none];
}

/**
 * Age classes of the newest claim, by their lower bound in days: this week, this month, six months, older.
 * Classes rather than a continuous fade: a place's feature-state then changes only when a new claim arrives or
 * its claim crosses a class boundary, not on every slider step for every claimed place (bench:map).
 */
export const AGE_FADE_DAYS = [0, 7, 30, 180] as const;
/** Opacity factor of each age class: an aged claim must not look like today's news. */
export const AGE_FADE_FACTORS = [1, 0.7, 0.45, 0.2] as const;

/**
 * Age class of a claim `days` old: the last class whose bound it exceeds (a claim exactly 7 days old is still
 * "this week"). Examples: `ageClass(0)` → 0, `ageClass(7)` → 0, `ageClass(8)` → 1, `ageClass(400)` → 3.
 */
export function ageClass(days: number): number {
  let c = 0;
  while (c < AGE_FADE_DAYS.length - 1 && days > AGE_FADE_DAYS[c + 1]!) c++;
  return c;
}

/**
 * Opacity by the age class in feature-state (`age`, see `ageClass`), `none` (no claim) gets `noClaim`.
 * Example: `ageOpacity(0.6, 0)` → 0.6 for a claim made this week, 0.6 × 0.2 for one older than six months.
 */
export function ageOpacity(fresh: number, noClaim: number): ExpressionSpecification {
  const [f0, f1, f2, f3] = AGE_FADE_FACTORS;
  return ['case', ['==', CONTROLLER, 'none'], noClaim,
    ['match', AGE, 0, fresh * f0, 1, fresh * f1, 2, fresh * f2, fresh * f3]];
}

/**
 * The parts of the movements source a layer draws: paths and arrowheads, or label points.
 * Example: `movementParts(['label'])` → `['in', ['get', 'part'], ['literal', ['label']]]`.
 */
export function movementParts(parts: readonly MovementProps['part'][]): FilterSpecification {
  return ['in', ['get', 'part'], ['literal', [...parts]]];
}

/** Line width by head count. Example: 1,000 people → 6 px, unknown (0) → 2 px. */
export function movementWidth(): ExpressionSpecification {
  return ['interpolate', ['linear'], ['get', 'count'], 0, 2, 100, 3, 1000, 6, 10000, 10, 100000, 14];
}

/**
 * Filter of one day's movement layer: that day's paths and heads, told by a side the claimant filter lets through.
 * Example: `movementDayFilter(100, 'taliban')` → `['all', ['==', ['get', 'day'], 100], paths and heads, ['==', ['get', 'side'], 'taliban']]`.
 */
export function movementDayFilter(day: number, claimant: ClaimantFilter): FilterSpecification {
  const parts: ExpressionSpecification = ['in', ['get', 'part'], ['literal', ['path', 'head']]];
  const side: ExpressionSpecification[] = claimant === 'all' ? [] : [['==', ['get', 'side'], claimant]];
  // The day test first: it rejects all but a day's share of the features, so 'all' stops there for the rest
  // (each of the ~365 day layers evaluates its filter on every arrow when tiles are laid out).
  return ['all', ['==', ['get', 'day'], day], parts, ...side];
}

/** Days of movements per arrows source (see `movementSource`). */
export const MOVEMENT_SOURCE_DAYS = 30;

/**
 * The arrows source holding a day's movements: one source per 30 days, so that each day layer's filter is
 * evaluated only on its own month's arrows when tiles are laid out, not on every arrow of the corpus (with one
 * source, ~365 day layers × every arrow made the cold load seconds slower; bench:map).
 * Example: `movementSource(18816)` → `'movements:627'`.
 */
export function movementSource(day: number): string {
  return `movements:${Math.floor(day / MOVEMENT_SOURCE_DAYS)}`;
}

/** Opacity of a movement layer in the window; outside it the layer has opacity 0, which MapLibre does not draw. */
export const MOVEMENT_OPACITY = 0.85;

export interface OverlayData {
  /** Gazetteer points for labels and symbols: provinces, countries, capitals, crossings. */
  places: FeatureCollection;
  controlPoints: FeatureCollection;
  /** Every movement: paths, arrowheads and label points (`MovementProps.part`). */
  movements: FeatureCollection;
  /** Label points of the movements in the window (empty until the map fills it). */
  movementLabels?: FeatureCollection;
  /** Claimant filter the movement layers start with ('all' unless given). */
  claimant?: ClaimantFilter;
  selection: FeatureCollection;
}

export interface StyleOptions {
  /** Where data/geo is served ("/geo"). */
  geoBase: string;
  data: OverlayData;
  font?: string[];
  fontBold?: string[];
}

const basemapLayers = (o: StyleOptions): LayerSpecification[] => [
  { id: 'background', type: 'background', paint: { 'background-color': '#c9d7e0' } },
  {
    id: 'countries-fill', type: 'fill', source: 'countries',
    paint: { 'fill-color': ['match', ['get', 'iso'], 'AF', '#fbf8f1', '#e7e3da'] },
  },
  { id: 'provinces-fill', type: 'fill', source: 'provinces', paint: { 'fill-color': '#fbf8f1', 'fill-opacity': 0 } },
  {
    id: 'provinces-line', type: 'line', source: 'provinces',
    paint: { 'line-color': '#9a9185', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 8, 1.2] },
  },
  {
    id: 'countries-line', type: 'line', source: 'countries',
    paint: { 'line-color': '#7a7166', 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 8, 2] },
  },
  {
    id: 'capitals', type: 'circle', source: 'places',
    filter: ['in', ['get', 'role'], ['literal', ['national-capital', 'provincial-capital']]],
    paint: {
      'circle-radius': ['match', ['get', 'role'], 'national-capital', 5, 3],
      'circle-color': '#ffffff', 'circle-stroke-color': '#333333', 'circle-stroke-width': 1.5,
    },
  },
  {
    id: 'crossings', type: 'circle', source: 'places', filter: ['==', ['get', 'type'], 'crossing'],
    paint: { 'circle-radius': 3.5, 'circle-color': '#333333', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
  },
  {
    id: 'basemap-labels', type: 'symbol', source: 'places',
    filter: ['any', ['==', ['get', 'role'], 'national-capital'], ['==', ['get', 'type'], 'crossing'],
      ['all', ['==', ['get', 'role'], 'provincial-capital'], ['>=', ['zoom'], 6.5]]],
    layout: {
      'text-field': ['get', 'name'], 'text-font': o.font ?? LOCAL_FONT, 'text-size': ['match', ['get', 'role'], 'national-capital', 12, 10.5],
      'text-offset': [0, 0.8], 'text-anchor': 'top', 'text-optional': true,
    },
    paint: { 'text-color': '#4d4640', 'text-halo-color': '#fbf8f1', 'text-halo-width': 1.2 },
  },
  {
    id: 'country-labels', type: 'symbol', source: 'places', filter: ['==', ['get', 'type'], 'country'],
    layout: {
      'text-field': ['upcase', ['get', 'name']], 'text-font': o.fontBold ?? LOCAL_FONT_BOLD,
      'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 7, 15], 'text-letter-spacing': 0.15,
    },
    paint: { 'text-color': '#6b6257', 'text-halo-color': '#f4f1ea', 'text-halo-width': 1.2 },
  },
  {
    id: 'province-labels', type: 'symbol', source: 'places', filter: ['==', ['get', 'type'], 'province'], minzoom: 4.5,
    layout: { 'text-field': ['get', 'name'], 'text-font': o.font ?? LOCAL_FONT, 'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 8, 13] },
    paint: { 'text-color': '#4d4640', 'text-halo-color': '#fbf8f1', 'text-halo-width': 1.2 },
  },
];

/**
 * Movement arrows: one line layer per day with movements, all hidden (opacity 0) until the map shows the days
 * in the window. A slider step changes only the constant opacity of the days entering and leaving it — a
 * uniform, with no re-layout, no source reload and no feature-state buffers to upload (bench:map measured
 * feature-state on every arrow stalling software WebGL for seconds, and a rebuilt window source waiting on the
 * worker at every step).
 * Example: movements on days 100 and 103 → layers 'movements-line:100' and 'movements-line:103'.
 */
export function movementLayers(o: Pick<StyleOptions, 'data'>): LayerSpecification[] {
  const days = [...new Set(o.data.movements.features.map((f) => Number(f.properties?.day)).filter(Number.isFinite))].sort((a, b) => a - b);
  return days.map((day) => ({
    id: movementDayLayer(day), type: 'line', source: movementSource(day),
    filter: movementDayFilter(day, o.data.claimant ?? 'all'),
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': ['match', ['get', 'direction'], 'return', MOVEMENT_COLORS.return, MOVEMENT_COLORS.flight],
      'line-width': ['case', ['==', ['get', 'part'], 'head'], ['min', 5, movementWidth()], movementWidth()],
      'line-opacity': 0,
      'line-dasharray': ['match', ['get', 'direction'], 'return', ['literal', [1.5, 1]], ['literal', [1, 0]]],
    },
  }));
}

/** The situation overlay: control colours, movements, labels of claimed places. */
export function overlayLayers(o: StyleOptions): LayerSpecification[] {
  return [
    {
      id: 'provinces-control', type: 'fill', source: 'provinces',
      paint: { 'fill-color': controlColor(), 'fill-opacity': ageOpacity(0.55, 0) },
    },
    {
      id: 'borders-control', type: 'line', source: 'borders',
      paint: { 'line-color': controlColor(), 'line-width': 5, 'line-opacity': ageOpacity(0.8, 0) },
    },
    {
      // A claim about a region ("northern Afghanistan"): a wide ring at the region's centre, under the arrows.
      id: 'region-control', type: 'circle', source: 'control', filter: ['==', ['get', 'placeType'], 'region'],
      paint: {
        'circle-radius': ['interpolate', ['exponential', 2], ['zoom'], 4, 22, 8, 352],
        'circle-color': controlColor(),
        'circle-opacity': ageOpacity(0.15, 0),
        'circle-stroke-color': controlColor(),
        'circle-stroke-width': 2.5,
        'circle-stroke-opacity': ageOpacity(0.9, 0.5),
        'circle-pitch-alignment': 'map',
      },
    },
    ...movementLayers(o),
    {
      id: 'control-points', type: 'circle', source: 'control', filter: ['!=', ['get', 'placeType'], 'region'],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 6, 9, 10],
        'circle-color': controlColor(),
        'circle-opacity': ageOpacity(1, 0.9),
        'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'selected-point', type: 'circle', source: 'selection',
      paint: { 'circle-radius': 13, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#111111', 'circle-stroke-width': 2.5 },
    },
    {
      id: 'place-labels', type: 'symbol', source: 'control',
      layout: {
        'text-field': ['get', 'name'], 'text-font': o.font ?? LOCAL_FONT, 'text-size': 12,
        'text-offset': [0, 1.1], 'text-anchor': 'top', 'text-optional': true,
      },
      paint: { 'text-color': '#1f1b16', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    {
      id: 'movement-labels', type: 'symbol', source: 'movement-labels',
      layout: {
        'text-field': ['get', 'label'], 'text-font': o.font ?? LOCAL_FONT, 'text-size': 11, 'text-max-width': 9,
        'text-variable-anchor': ['bottom', 'top', 'left', 'right'], 'text-radial-offset': 0.5,
      },
      paint: { 'text-color': '#2d1a33', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ];
}

/** Sources of the basemap: the built geo files, fetched by MapLibre's worker. */
export function basemapSources(geoBase: string, places: FeatureCollection): Record<string, SourceSpecification> {
  return {
    countries: { type: 'geojson', data: `${geoBase}/countries.geojson`, attribution: ATTRIBUTION },
    provinces: { type: 'geojson', data: `${geoBase}/provinces.geojson`, promoteId: 'id' },
    borders: { type: 'geojson', data: `${geoBase}/borders.geojson`, promoteId: 'id' },
    places: { type: 'geojson', data: places, promoteId: 'id' },
  };
}

/**
 * Sources of the overlay; control points key feature-state by place id, movement arrows by movement id (a
 * path and its head share it). The arrows' sources (one per 30 days, `movementSource`) hold every movement's path and head, never rebuilt; the
 * labels' source holds the window's label points.
 */
export function overlaySources(d: OverlayData): Record<string, SourceSpecification> {
  const arrows = new Map<string, Feature[]>();
  for (const f of d.movements.features) {
    const day = Number(f.properties?.day);
    // Labels have their own source; an undated movement has no day layer to draw it.
    if (f.properties?.part === 'label' || !Number.isFinite(day)) continue;
    const id = movementSource(day);
    const list = arrows.get(id);
    if (list) list.push(f); else arrows.set(id, [f]);
  }
  const labels = d.movementLabels ?? { type: 'FeatureCollection', features: [] };
  const arrowSources = Object.fromEntries([...arrows].map(([id, features]): [string, SourceSpecification] =>
    [id, { type: 'geojson', data: { type: 'FeatureCollection', features }, promoteId: 'id' }]));
  return {
    control: { type: 'geojson', data: d.controlPoints, promoteId: 'placeId' },
    ...arrowSources,
    'movement-labels': { type: 'geojson', data: labels },
    selection: { type: 'geojson', data: d.selection },
  };
}

/**
 * Style changes apply at once. With MapLibre's default 300 ms transition every style change (a movement day's
 * opacity, the labels hidden while stepping) restarts the transitions of the style's global properties, and the
 * map then redraws every frame for 300 ms after each slider step: with software WebGL those frames queue up
 * behind the next steps (bench:map).
 */
export const NO_TRANSITION = { duration: 0, delay: 0 };

/**
 * The complete offline style: no `glyphs`, no `sprite`, no tiles. Example: `buildStyle(opts).glyphs === undefined`.
 */
export function buildStyle(o: StyleOptions): StyleSpecification {
  return {
    version: 8,
    name: 'Situation Map (offline)',
    transition: NO_TRANSITION,
    sources: { ...basemapSources(o.geoBase, o.data.places), ...overlaySources(o.data) },
    layers: inDrawOrder([...basemapLayers(o), ...overlayLayers(o)]),
  };
}

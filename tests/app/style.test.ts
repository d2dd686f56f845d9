import { describe, expect, it } from 'vitest';
import { ageClass, ageOpacity, buildStyle, controlColor, CONTROL_COLORS, movementDayFilter, movementParts, movementSource } from '../../src/app/map/style';
import { LAYER_ORDER, beforeIdFor, inDrawOrder, isMovementLayer, layerRank, movementDayLayer } from '../../src/app/map/layers';
import { diffStates, type ShownState } from '../../src/app/map/featureState';
import { diffShown, movementsShown, windowCollection } from '../../src/app/map/movementWindow';
import { createExpression, featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';

const empty = { type: 'FeatureCollection' as const, features: [] };
const move = (id: string, day: number, part: string, side = 'third') => ({
  type: 'Feature' as const, geometry: { type: 'LineString' as const, coordinates: [[61, 34], [62, 35]] },
  properties: { id, day, part, side, count: 100, label: '100 people', direction: 'flight' },
});
const movements = { type: 'FeatureCollection' as const, features: [move('m1', 100, 'path'), move('m1', 100, 'head'), move('m1', 100, 'label'), move('m2', 103, 'path'), move('m2', 103, 'label')] };
const style = buildStyle({ geoBase: '/geo', data: { places: empty, controlPoints: empty, movements, selection: empty } });

describe('offline style', () => {
  it('is a valid MapLibre style with no glyphs, sprite or remote tiles', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const src of Object.values(style.sources)) {
      expect(src).not.toHaveProperty('tiles');
      expect(src).not.toHaveProperty('url');
      if ('data' in src && typeof src.data === 'string') expect(src.data).toMatch(/^\/geo\//);
    }
  });

  it('draws layers in the registry order, every one registered', () => {
    const ids = style.layers.map((l) => (isMovementLayer(l.id) ? 'movements-line' : l.id));
    const distinct = [...new Set(ids)];
    expect(distinct).toEqual([...LAYER_ORDER].filter((id) => ids.includes(id)));
    expect(distinct).toHaveLength(LAYER_ORDER.length);
  });

  it('draws movement arrows with one hidden layer per day, and keeps labels out of the arrows source', () => {
    const days = style.layers.filter((l) => isMovementLayer(l.id));
    expect(days.map((l) => l.id)).toEqual([movementDayLayer(100), movementDayLayer(103)]);
    for (const l of days) expect((l as { paint: Record<string, unknown> }).paint['line-opacity']).toBe(0);
    // Each day layer draws from its 30-day arrows source.
    for (const l of days) expect((l as { source: string }).source).toBe(movementSource(Number(l.id.split(':')[1])));
    expect(movementSource(100)).toBe(movementSource(103));
    expect(movementSource(130)).not.toBe(movementSource(100));
    const arrowSources = Object.entries(style.sources).filter(([id]) => id.startsWith('movements:'));
    expect(arrowSources.map(([id]) => id)).toEqual([movementSource(100)]);
    const arrows = arrowSources.flatMap(([, src]) => (src as unknown as { data: { features: { properties: { part: string } }[] } }).data.features);
    expect(arrows.map((f) => f.properties.part)).toEqual(['path', 'head', 'path']);
    expect(style.sources['movement-labels']).toBeDefined();
  });

  it('draws region claims as rings and keeps them out of the point layer', () => {
    const region = style.layers.find((l) => l.id === 'region-control') as { filter: unknown; source: string };
    const points = style.layers.find((l) => l.id === 'control-points') as { filter: unknown };
    const f = (placeType: string) => ({ type: 1, properties: { placeType } });
    expect(region.source).toBe('control');
    expect(featureFilter(region.filter as never).filter({ zoom: 5 }, f('region') as never)).toBe(true);
    expect(featureFilter(points.filter as never).filter({ zoom: 5 }, f('region') as never)).toBe(false);
    expect(featureFilter(points.filter as never).filter({ zoom: 5 }, f('district') as never)).toBe(true);
  });

  it('filters a day layer by day and, under a claimant filter, by side', () => {
    expect(featureFilter(movementDayFilter(100, 'all')).filter({ zoom: 5 }, move('m1', 100, 'path') as never)).toBe(true);
    expect(featureFilter(movementDayFilter(100, 'all')).filter({ zoom: 5 }, move('m1', 100, 'label') as never)).toBe(false);
    expect(featureFilter(movementDayFilter(100, 'all')).filter({ zoom: 5 }, move('m1', 101, 'path') as never)).toBe(false);
    expect(featureFilter(movementDayFilter(100, 'taliban')).filter({ zoom: 5 }, move('m1', 100, 'path') as never)).toBe(false);
    expect(featureFilter(movementDayFilter(100, 'taliban')).filter({ zoom: 5 }, move('m1', 100, 'path', 'taliban') as never)).toBe(true);
  });

  it('colours from feature-state, never from source data', () => {
    const json = JSON.stringify(controlColor());
    expect(json).toContain('feature-state');
    expect(json).toContain(CONTROL_COLORS.contested);
    expect(JSON.stringify(ageOpacity(0.5, 0))).toContain('"age"');
  });

  it('fades by age class: this week, this month, six months, older', () => {
    expect([0, 7, 8, 30, 31, 180, 181, 5000].map(ageClass)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    const expr = createExpression(ageOpacity(0.5, 0.1), { type: 'number', 'property-type': 'data-driven', expression: { interpolated: true, parameters: ['zoom', 'feature', 'feature-state'] } } as never);
    if (expr.result !== 'success') throw new Error('ageOpacity does not compile');
    const at = (state: Record<string, unknown>) => expr.value.evaluate({ zoom: 5 } as never, { type: 'Point', properties: {} } as never, state as never);
    expect(at({})).toBe(0.1);
    expect(at({ controller: 'taliban', age: 0 })).toBe(0.5);
    expect(at({ controller: 'taliban', age: 1 })).toBeLessThan(0.5);
    expect(at({ controller: 'taliban', age: 3 })).toBeCloseTo(0.1);
  });
});

describe('layer registry', () => {
  it('throws on an unknown layer', () => {
    expect(() => layerRank('nope')).toThrow(/not in LAYER_ORDER/);
    expect(() => inDrawOrder([{ id: 'nope' }])).toThrow();
  });
  it('finds the layer to insert before', () => {
    expect(beforeIdFor('movements-line', new Set(['control-points', 'background']))).toBe('control-points');
    expect(beforeIdFor('movement-labels', new Set(['background']))).toBeUndefined();
  });
});

describe('movement window', () => {
  const moves = [
    { id: 'a', day: 90, side: 'third' as const }, { id: 'b', day: 93, side: 'taliban' as const },
    { id: 'c', day: 100, side: 'government' as const }, { id: 'd', day: 107, side: 'third' as const }, { id: 'e', day: 108, side: 'third' as const },
  ];
  it('spans the window either side, edges included, and honours the claimant filter', () => {
    expect([...movementsShown(moves, 100, 7, 'all')]).toEqual(['b', 'c', 'd']);
    expect([...movementsShown(moves, 100, 7, 'government')]).toEqual(['c']);
    expect([...movementsShown(moves, 200, 7, 'all')]).toEqual([]);
  });
  it('lists the movements entering and leaving the window', () => {
    expect(diffShown(new Set(['a', 'b']), new Set(['b', 'c']))).toEqual({ enter: ['c'], leave: ['a'] });
    expect(diffShown(new Set(['a']), new Set(['a']))).toEqual({ enter: [], leave: [] });
  });
  it('ranks a day layer at the depth of movements-line', () => {
    expect(layerRank(movementDayLayer(5))).toBe(layerRank('movements-line'));
  });
  it('hands the labels source only the shown movements, every part of each', () => {
    const f = (id: string, part: string) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [0, 0] }, properties: { id, part } });
    expect(windowCollection([f('a', 'path'), f('a', 'label'), f('b', 'path')], new Set(['a'])).features).toHaveLength(2);
    expect(movementParts(['label'])).toEqual(['in', ['get', 'part'], ['literal', ['label']]]);
  });
});

describe('feature-state diff', () => {
  it('sends only what changed and removes what lost its claim', () => {
    const shown = new Map<string, ShownState>();
    const src = (id: string) => (id.startsWith('prov:') ? 'provinces' : 'control');
    const s1 = new Map([['a', { controller: 'taliban' as const, latestDay: 1, ageDays: 0, decidedBy: [] }], ['prov:X', { controller: 'government' as const, latestDay: 1, ageDays: 0, decidedBy: [] }]]);
    expect(diffStates(shown, s1, src)).toHaveLength(2);
    expect(diffStates(shown, s1, src)).toHaveLength(0);
    // A day older within the same age class: nothing to send for 'a'.
    const s2 = new Map([['a', { controller: 'taliban' as const, latestDay: 1, ageDays: 1, decidedBy: [] }]]);
    expect(diffStates(shown, s2, src)).toEqual([{ source: 'provinces', id: 'prov:X', state: null }]);
    const s3 = new Map([['a', { controller: 'taliban' as const, latestDay: 1, ageDays: 8, decidedBy: [] }]]);
    expect(diffStates(shown, s3, src)).toEqual([{ source: 'control', id: 'a', state: { controller: 'taliban', age: 1 } }]);
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { controlAt, indexClaims, placeControlAt, type Claim } from '../../src/app/state/control';
import { parseEvents } from '../../src/app/data/events';
import { dayOf } from '../../src/app/state/dates';

const sample = parseEvents(readFileSync('tests/fixtures/events.sample.geojson', 'utf8'), 'events.sample.geojson');
const d = dayOf;

function claim(id: string, date: string, controller: Claim['controller'], extra: Partial<Claim> = {}): Claim {
  return { id, placeId: 'p', day: d(date), controller, side: 'third', denial: false, ...extra };
}

describe('control on a day (fixture: the Islam Qala and Qala-e-Naw seeds)', () => {
  const at = (filter: Parameters<typeof indexClaims>[1], date: string) => controlAt(indexClaims(sample.claims, filter), d(date));

  it.each([
    ['2021-07-07', 'xing:islam-qala', undefined],
    ['2021-07-09', 'xing:islam-qala', 'contested'],
    ['2021-07-07', 'city:AF-BDG:qala-i-naw', 'contested'],
    ['2021-07-08', 'city:AF-BDG:qala-i-naw', 'government'],
    ['2021-07-09', 'city:AF-BDG:qala-i-naw', 'government'],
    ['2021-07-05', 'prov:AF-BDS', undefined],
    ['2021-07-06', 'prov:AF-BDS', 'taliban'],
  ])('on %s %s is %s', (date, place, expected) => {
    expect(at('all', date).get(place)?.controller).toBe(expected);
  });

  it('keeps both Islam Qala claims as the reason it is contested', () => {
    const s = at('all', '2021-07-09').get('xing:islam-qala')!;
    expect(s.decidedBy).toHaveLength(2);
    expect(s.ageDays).toBe(1);
  });

  it('redraws as each side tells it', () => {
    expect(at('government', '2021-07-09').get('xing:islam-qala')?.controller).toBe('contested');
    expect(at('taliban', '2021-07-09').get('xing:islam-qala')).toBeUndefined();
    expect(at('third', '2021-07-09').get('city:AF-BDG:qala-i-naw')?.controller).toBe('contested');
  });
});

describe('placeControlAt rules', () => {
  it('a newer claim supersedes older ones', () => {
    const list = indexClaims([claim('a', '2021-01-01', 'taliban'), claim('b', '2021-01-05', 'government')]).byPlace.get('p')!;
    expect(placeControlAt(list, d('2021-01-04'))?.controller).toBe('taliban');
    expect(placeControlAt(list, d('2021-01-05'))?.controller).toBe('government');
  });

  it('disagreeing claims of the same day make it contested until a newer claim settles it', () => {
    const list = indexClaims([
      claim('a', '2021-01-01', 'taliban'), claim('b', '2021-01-01', 'government'), claim('c', '2021-01-03', 'taliban'),
    ]).byPlace.get('p')!;
    expect(placeControlAt(list, d('2021-01-02'))?.controller).toBe('contested');
    expect(placeControlAt(list, d('2021-01-03'))?.controller).toBe('taliban');
  });

  it('a denial dated the next day still contests the capture it answers', () => {
    const list = indexClaims([claim('a', '2021-01-01', 'taliban'), claim('b', '2021-01-02', 'government', { denial: true })]).byPlace.get('p')!;
    expect(placeControlAt(list, d('2021-01-02'))?.controller).toBe('contested');
  });

  it('opposite claims a day apart are a dispute; two days apart the newer one supersedes', () => {
    const dayApart = indexClaims([claim('a', '2021-01-01', 'taliban'), claim('b', '2021-01-02', 'government')]).byPlace.get('p')!;
    expect(placeControlAt(dayApart, d('2021-01-03'))?.controller).toBe('contested');
    const twoApart = indexClaims([claim('a', '2021-01-01', 'taliban'), claim('b', '2021-01-03', 'government')]).byPlace.get('p')!;
    expect(placeControlAt(twoApart, d('2021-01-03'))?.controller).toBe('government');
    const denialTwoApart = indexClaims([claim('a', '2021-01-01', 'taliban'), claim('b', '2021-01-03', 'government', { denial: true })]).byPlace.get('p')!;
    expect(placeControlAt(denialTwoApart, d('2021-01-03'))?.controller).toBe('contested');
  });

  it('the same side confirming the next day is no dispute', () => {
    const list = indexClaims([claim('a', '2021-01-01', 'taliban'), claim('b', '2021-01-02', 'taliban')]).byPlace.get('p')!;
    expect(placeControlAt(list, d('2021-01-02'))).toMatchObject({ controller: 'taliban', decidedBy: ['b'] });
  });

  it('a plain government claim the next day is a recapture, not a dispute', () => {
    const list = indexClaims([claim('a', '2021-01-01', 'contested'), claim('b', '2021-01-02', 'government')]).byPlace.get('p')!;
    expect(placeControlAt(list, d('2021-01-03'))?.controller).toBe('government');
  });

  it('ages the claim: days since the newest claim', () => {
    const list = indexClaims([claim('a', '2021-01-01', 'taliban')]).byPlace.get('p')!;
    expect(placeControlAt(list, d('2021-03-02'))?.ageDays).toBe(60);
    expect(placeControlAt(list, d('2020-12-31'))).toBeNull();
  });
});

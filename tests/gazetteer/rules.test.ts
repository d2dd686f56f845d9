// The disambiguation rule of createGazetteer on a tiny hand-made gazetteer (independent of the shipped data).
import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/types';
import { createGazetteer, type ProvinceCollection } from '../../src/pipeline/gazetteer';

const square = (id: string, x: number): ProvinceCollection['features'][number] => ({
  type: 'Feature',
  properties: { id, name: id, iso: id.slice(5), capital: '' },
  geometry: { type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] },
});
const place = (p: Partial<Place> & Pick<Place, 'id' | 'name' | 'type'>): Place => ({ point: [0.5, 0.5], country: 'AF', aliases: [], ...p });

const gaz = createGazetteer({
  provinces: { type: 'FeatureCollection', features: [square('prov:AF-AAA', 0), square('prov:AF-BBB', 1)] },
  stopwords: ['march'],
  places: [
    place({ id: 'prov:AF-AAA', name: 'Arat', type: 'province', province: 'prov:AF-AAA', aliases: ['Harat'] }),
    place({ id: 'prov:AF-BBB', name: 'Bagh', type: 'province', province: 'prov:AF-BBB', point: [1.5, 0.5] }),
    place({ id: 'city:AF-AAA:arat', name: 'Arat', type: 'city', role: 'provincial-capital', province: 'prov:AF-AAA', adjectives: ['Arati'] }),
    place({ id: 'dist:1', name: 'Kohna', type: 'district', province: 'prov:AF-AAA' }),
    place({ id: 'dist:2', name: 'Kohna', type: 'district', province: 'prov:AF-BBB', point: [1.5, 0.5] }),
    place({ id: 'city:AF-AAA:seat', name: 'Seta', type: 'city', role: 'district-seat', province: 'prov:AF-AAA' }),
    place({ id: 'dist:3', name: 'Seta', type: 'district', province: 'prov:AF-AAA' }),
    place({ id: 'xing:gate', name: 'Seta Gate', type: 'crossing', province: 'prov:AF-AAA' }),
  ],
});
const read = (text: string) => gaz.findMentions(text).map((m) => [m.text, m.place.id, m.alternatives.map((a) => a.id)]);

describe('disambiguation rule', () => {
  it('1. a type word pins the type', () => {
    expect(read('in Arat province')).toEqual([['Arat province', 'prov:AF-AAA', []]]);
    expect(read('in the province of Harat')).toEqual([['province of Harat', 'prov:AF-AAA', []]]);
    expect(read('in Seta district')).toEqual([['Seta district', 'dist:3', []]]);
  });

  it('2. a capital beats its province, a province beats a district, a seat beats its district', () => {
    expect(read('in Arat')).toEqual([['Arat', 'city:AF-AAA:arat', ['prov:AF-AAA']]]);
    expect(read('in Bagh')).toEqual([['Bagh', 'prov:AF-BBB', []]]);
    expect(read('in Seta')).toEqual([['Seta', 'city:AF-AAA:seat', ['dist:3']]]);
    expect(read('at Seta Gate')).toEqual([['Seta Gate', 'xing:gate', []]]);
  });

  it('3. ties go to the province the text names, else the lower id', () => {
    expect(read('Kohna, in Bagh province')[0]).toEqual(['Kohna', 'dist:2', ['dist:1']]);
    expect(read('Kohna')[0]).toEqual(['Kohna', 'dist:1', ['dist:2']]);
  });

  it('4. one-word names need a capital; stopwords are not places', () => {
    expect(read('arat and bagh')).toEqual([]);
    expect(read('Arati traders')).toEqual([['Arati', 'city:AF-AAA:arat', []]]);
    expect(gaz.findMentions('Arati traders')[0]!.adjective).toBe(true);
  });

  it('provinceAt uses the polygons', () => {
    expect(gaz.provinceAt(0.5, 0.5)).toBe('prov:AF-AAA');
    expect(gaz.provinceAt(1.5, 0.5)).toBe('prov:AF-BBB');
    expect(gaz.provinceAt(5, 5)).toBeNull();
  });
});

describe('names written apart or together', () => {
  const split = createGazetteer({
    provinces: { type: 'FeatureCollection', features: [square('prov:AF-AAA', 0), square('prov:AF-BBB', 1)] },
    places: [
      place({ id: 'prov:AF-AAA', name: 'Arat', type: 'province', province: 'prov:AF-AAA' }),
      place({ id: 'prov:AF-BBB', name: 'Bagh', type: 'province', province: 'prov:AF-BBB', point: [1.5, 0.5] }),
      place({ id: 'dist:1', name: 'Dowlatabad', type: 'district', province: 'prov:AF-AAA' }),
      place({ id: 'dist:2', name: 'Dowlatabad', type: 'district', province: 'prov:AF-BBB', point: [1.5, 0.5] }),
      place({ id: 'xing:x', name: 'Sher Khan Bandar', type: 'crossing', province: 'prov:AF-AAA', counterpart: 'Panji Poyon' }),
      place({ id: 'dist:3', name: 'Lash wa Juwayn', type: 'district', province: 'prov:AF-AAA' }),
    ],
  });
  const readSplit = (text: string) => split.findMentions(text).map((m) => [m.text, m.place.id]);

  it('meets a one-word name written as two words, with its type word and context province', () => {
    expect(readSplit('Dawlat Abad district in Bagh')).toEqual([['Dawlat Abad district', 'dist:2'], ['Bagh', 'prov:AF-BBB']]);
    expect(readSplit('the district of Dawlat-Abad, Arat province')).toEqual([['district of Dawlat-Abad', 'dist:1'], ['Arat province', 'prov:AF-AAA']]);
  });

  it('meets a several-word name written as one word or split another way', () => {
    expect(readSplit('at Sherkhanbandar')).toEqual([['Sherkhanbandar', 'xing:x']]);
    expect(readSplit('the Sherkhan Bandar port')).toEqual([['Sherkhan Bandar port', 'xing:x']]);
    expect(readSplit('the Shir Khan-Bandar crossing')).toEqual([['Shir Khan-Bandar crossing', 'xing:x']]);
  });

  it('drops the "and" of Dari names (wa, o, aw)', () => {
    expect(readSplit('in Lash Juwayn')).toEqual([['Lash Juwayn', 'dist:3']]);
    expect(readSplit('in Lash-o-Juwayn')).toEqual([['Lash-o-Juwayn', 'dist:3']]);
  });

  it('a counterpart names the crossing only with a crossing word', () => {
    expect(readSplit('at the Panji Poyon crossing')).toEqual([['Panji Poyon crossing', 'xing:x']]);
    expect(readSplit('in Panji Poyon')).toEqual([]);
  });

  it('does not join words across punctuation, nor lower-case words', () => {
    expect(readSplit('Dawlat, Abad')).toEqual([]);
    expect(readSplit('dawlat abad')).toEqual([]);
    expect(split.lookup('Dawlat Abad').map((p) => p.id)).toEqual(['dist:1', 'dist:2']);
  });
});

describe('spelling across countries (rule 2)', () => {
  // A province of one country and a town of another whose names fold alike ("Zabul" / "Zabol").
  const cross = createGazetteer({
    provinces: { type: 'FeatureCollection', features: [square('prov:AF-AAA', 0)] },
    places: [
      place({ id: 'prov:AF-AAA', name: 'Zabul', type: 'province', province: 'prov:AF-AAA', aliases: ['Zabool'] }),
      place({ id: 'city:IR:zabol', name: 'Zabol', type: 'city', country: 'IR' }),
      place({ id: 'city:AF-AAA:mashhad', name: 'Mashhad', type: 'city', province: 'prov:AF-AAA' }),
      place({ id: 'city:IR:mashhad', name: 'Mashhad', type: 'city', country: 'IR' }),
    ],
  });
  const readCross = (text: string) => cross.findMentions(text).map((m) => [m.text, m.place.id, m.alternatives.map((a) => a.id)]);

  it('a place listing the name as written wins over another country\'s place that only folds to it', () => {
    expect(readCross('near the border town of Zabol')).toEqual([['town of Zabol', 'city:IR:zabol', []]]);
    expect(readCross('clashes in Zabol on Monday')).toEqual([['Zabol', 'city:IR:zabol', ['prov:AF-AAA']]]);
    expect(readCross('clashes in Zabul and ZABOOL')).toEqual([
      ['Zabul', 'prov:AF-AAA', ['city:IR:zabol']],
      ['ZABOOL', 'prov:AF-AAA', ['city:IR:zabol']],
    ]);
    expect(cross.lookup('Zabol').map((p) => p.id)).toEqual(['city:IR:zabol', 'prov:AF-AAA']);
    expect(cross.lookup('Zabul').map((p) => p.id)).toEqual(['prov:AF-AAA', 'city:IR:zabol']);
  });

  it('a type word still decides, and places spelled alike keep the usual ranking', () => {
    expect(readCross('Zabol province')).toEqual([['Zabol province', 'prov:AF-AAA', []]]);
    // Both list "Mashhad": a town abroad we curated ranks above an Afghan town (rule 2).
    expect(readCross('in Mashhad')).toEqual([['Mashhad', 'city:IR:mashhad', ['city:AF-AAA:mashhad']]]);
  });
});

describe('airports (rule 1)', () => {
  it('"X airport", "X airfield", "X air base" stand for city X; a bare "airport" is no place', () => {
    expect(read('Taliban fighters reached Arat airport, then Arat International Airport and Arat air base')).toEqual([
      ['Arat airport', 'city:AF-AAA:arat', []],
      ['Arat International Airport', 'city:AF-AAA:arat', []],
      ['Arat air base', 'city:AF-AAA:arat', []],
    ]);
    expect(read('fighting near the airport')).toEqual([]);
  });
});

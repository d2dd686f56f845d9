// The lookup API over the shipped gazetteer: matching, the disambiguation rule, lookup, get, provinceAt.
import { describe, expect, it } from 'vitest';
import { loadGazetteer, loadGazetteerData } from '../../src/cli/loadGazetteer';
import { createGazetteer } from '../../src/pipeline/gazetteer';

const gaz = loadGazetteer();
const ids = (text: string) => gaz.findMentions(text).map((m) => [m.text, m.place.id]);
const first = (text: string) => {
  const m = gaz.findMentions(text)[0];
  if (!m) throw new Error(`no place found in "${text}"`);
  return m;
};

describe('findMentions: disambiguation rule', () => {
  it.each([
    // 1. a type word pins the type and is part of the mention
    ['Fighting reached Herat province on Monday.', 'Herat province', 'prov:AF-HER'],
    ['Fighting reached the province of Herat.', 'province of Herat', 'prov:AF-HER'],
    ['Residents of Kabul province fled.', 'Kabul province', 'prov:AF-KAB'],
    ['Troops left Alishing district.', 'Alishing district', 'dist:AF.35.905'],
    ['The Taliban took Guzara district.', 'Guzara district', 'dist:AF.11.2003'],
    ['They reached the Islam Qala crossing.', 'Islam Qala crossing', 'xing:islam-qala'],
    ['Trade through Hairatan port resumed.', 'Hairatan port', 'xing:hairatan'],
    // 2. bare names
    ['Clashes erupted in Herat on Friday.', 'Herat', 'city:AF-HER:herat'],
    ['Clashes erupted in Kabul on Friday.', 'Kabul', 'city:AF-KAB:kabul'],
    ['The Taliban overran Badghis.', 'Badghis', 'prov:AF-BDG'],
    ['Militants attacked Guzara.', 'Guzara', 'city:AF-HER:guzarah'],
    ['Refugees crossed at Torkham.', 'Torkham', 'xing:torkham'],
    ['Refugees crossed at Islam Qala.', 'Islam Qala', 'xing:islam-qala'],
    ['Talks in Mashhad began.', 'Mashhad', 'city:IR:mashhad'],
  ])('%s', (text, mention, id) => {
    const m = gaz.findMentions(text).find((x) => x.text === mention);
    expect(m?.place.id).toBe(id);
  });

  it('gives the other meanings as alternatives', () => {
    expect(first('in Herat').alternatives.map((p) => p.id)).toContain('prov:AF-HER');
    expect(first('in Kabul').alternatives.map((p) => p.id)).toContain('prov:AF-KAB');
    expect(first('in Guzara').alternatives.map((p) => p.id)).toContain('dist:AF.11.2003');
    expect(first('at Islam Qala').alternatives.map((p) => p.type)).toContain('city');
    expect(first('in Herat province').alternatives).toEqual([]);
  });

  it('3. breaks ties by a province the same text names', () => {
    expect(first('The Taliban captured Kohistan district in Badakhshan.').place.id).toBe('dist:AF.01.1119');
    expect(first('The Taliban captured Kohistan district of Faryab province.').place.id).toBe('dist:AF.07.1805');
  });

  it('4. does not turn ordinary words into places', () => {
    expect(ids('In march the new road to the bazaar was closed; more people came.')).toEqual([]);
    expect(ids('March 3, 2021. MORE NEWS. Us and them.')).toEqual([]);
    // Short words are not folded into longer names: OS/WS are not US, Bun is not Bonn, WAI is not UAE.
    expect(ids('The OS and WS layers. Bun, WAI, Badges.')).toEqual([]);
    expect(ids('US and UAE officials met in Bonn.').map(([, id]) => id)).toEqual(['country:US', 'country:AE', 'city:DE:bonn']);
  });
});

describe('findMentions: matching', () => {
  it('is insensitive to case, diacritics, hyphens, apostrophes and ezafe connectors', () => {
    for (const spelling of ['Qala-e-Naw', 'Qala i Naw', 'Qala-i-Naw', 'QALA-E-NAW', 'Qal‘ah-ye Now', 'Qalai Naw']) {
      expect(first(`He reached ${spelling} today.`).place.id, spelling).toBe('city:AF-BDG:qala-i-naw');
    }
    expect(first('in Herāt').place.id).toBe('city:AF-HER:herat');
    expect(first("at Islam Qal'eh").place.id).toBe('xing:islam-qala');
    expect(first('in Mehtarlam').place.id).toBe('city:AF-LAG:mehtar-lam');
    expect(first('in Mehtar Lām').place.id).toBe('city:AF-LAG:mehtar-lam');
    expect(first('in Sari Pul').place.id).toBe('city:AF-SAR:sar-e-pul');
  });

  it('takes the longest match: compound borders beat the adjective', () => {
    expect(ids('along the Tajik-Afghan border')).toEqual([['Tajik-Afghan border', 'border:AF-TJ']]);
    expect(ids('along the Afghan-Tajik border')).toEqual([['Afghan-Tajik border', 'border:AF-TJ']]);
    expect(ids('the border with Tajikistan')).toEqual([['border with Tajikistan', 'border:AF-TJ']]);
    expect(ids('the Pak-Afghan border')).toEqual([['Pak-Afghan border', 'border:AF-PK']]);
    expect(ids('Afghanistan-Iran border')).toEqual([['Afghanistan-Iran border', 'border:AF-IR']]);
  });

  it('marks adjectives that locate', () => {
    const m = gaz.findMentions('Tajik and Iranian officials met Herati traders.');
    expect(m.map((x) => [x.text, x.place.id, x.adjective])).toEqual([
      ['Tajik', 'country:TJ', true],
      ['Iranian', 'country:IR', true],
      ['Herati', 'city:AF-HER:herat', true],
    ]);
    expect(first('in Iran').adjective).toBeUndefined();
  });

  it('returns exact, sorted, non-overlapping offsets (possessive outside the mention)', () => {
    const text = "Afghanistan’s Herat and Qala-e-Naw's market — Kabul.";
    const mentions = gaz.findMentions(text);
    expect(mentions.map((m) => m.text)).toEqual(['Afghanistan', 'Herat', 'Qala-e-Naw', 'Kabul']);
    let end = 0;
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThanOrEqual(end);
      end = m.end;
    }
  });
});

describe('every name, alias and adjective resolves to its place', () => {
  const cases = gaz.places.flatMap((p) => [p.name, ...p.aliases].map((a) => [p.id, a] as const));
  it(`lookup() and findMentions() find all ${cases.length} spellings`, () => {
    const failures: string[] = [];
    for (const [id, alias] of cases) {
      if (!gaz.lookup(alias).some((p) => p.id === id)) failures.push(`lookup ${alias} → ${id}`);
      const m = gaz.findMentions(alias);
      const ok = m.length === 1 && m[0]!.text === alias.trim() && [m[0]!.place, ...m[0]!.alternatives].some((p) => p.id === id);
      // "U.S." is matched without its final period: abbreviations end where their last word ends.
      if (!ok && !alias.endsWith('.')) failures.push(`findMentions ${alias} → ${id}: ${JSON.stringify(m.map((x) => x.text))}`);
    }
    expect(failures).toEqual([]);
  });

  it('adjectives come back as adjective mentions', () => {
    for (const p of gaz.places) {
      for (const adj of p.adjectives ?? []) {
        const m = gaz.findMentions(adj);
        expect(m.length, adj).toBe(1);
        expect(m[0]!.adjective, adj).toBe(true);
        expect([m[0]!.place, ...m[0]!.alternatives].map((x) => x.id), adj).toContain(p.id);
      }
    }
  });
});

describe('lookup, get, provinceAt', () => {
  it('lookup ranks by the same rule', () => {
    expect(gaz.lookup('Hirat').map((p) => p.id).slice(0, 2)).toEqual(['city:AF-HER:herat', 'prov:AF-HER']);
    expect(gaz.lookup('Herat province').map((p) => p.id)).toEqual(['prov:AF-HER']);
    expect(gaz.lookup('Sari Pul')[0]!.id).toBe('city:AF-SAR:sar-e-pul');
    expect(gaz.lookup('Atlantis')).toEqual([]);
  });

  it('get returns places by id', () => {
    expect(gaz.get('xing:islam-qala')).toMatchObject({ type: 'crossing', neighbour: 'IR', counterpart: 'Dogharoun', province: 'prov:AF-HER' });
    expect(gaz.get('border:AF-TJ')).toMatchObject({ type: 'border', neighbour: 'TJ', country: 'AF' });
    expect(gaz.get('nope')).toBeUndefined();
  });

  it('provinceAt finds the province of a coordinate, null outside Afghanistan', () => {
    expect(gaz.provinceAt(62.2, 34.35)).toBe('prov:AF-HER');
    expect(gaz.provinceAt(66.0, 33.9)).not.toBeNull();
    for (const p of gaz.places.filter((x) => x.role === 'provincial-capital' || x.role === 'national-capital')) {
      if (p.country === 'AF') expect(gaz.provinceAt(...p.point), p.name).toBe(p.province);
    }
    expect(gaz.provinceAt(51.389, 35.689)).toBeNull(); // Tehran
    expect(gaz.provinceAt(-77, 38.9)).toBeNull();
  });
});

describe('createGazetteer', () => {
  it('rejects data with duplicate ids', () => {
    const data = loadGazetteerData();
    expect(() => createGazetteer({ ...data, places: [...data.places, data.places[0]!] })).toThrow(/duplicate place id/);
  });
});

describe('findMentions: lists, relative directions, abbreviations', () => {
  it('a plural type word carries over the list before it', () => {
    expect(ids('The Taliban attacked Herat and Badghis provinces.')).toEqual([
      ['Herat', 'prov:AF-HER'],
      ['Badghis provinces', 'prov:AF-BDG'],
    ]);
    expect(ids('fighting in Kabul, Herat, and Kandahar provinces')).toEqual([
      ['Kabul', 'prov:AF-KAB'],
      ['Herat', 'prov:AF-HER'],
      ['Kandahar provinces', 'prov:AF-KAN'],
    ]);
    // Not a list: the city stays the city.
    expect(ids('From Herat they went to Badghis province.')).toEqual([
      ['Herat', 'city:AF-HER:herat'],
      ['Badghis province', 'prov:AF-BDG'],
    ]);
  });

  it('does not read a region in a direction relative to a place', () => {
    expect(ids('a village to the north of Kabul')).toEqual([['Kabul', 'city:AF-KAB:kabul']]);
    expect(ids('fighting in the north of the country')).toEqual([['north of the country', 'region:AF-north']]);
    expect(ids('fighting in the north')).toEqual([['the north', 'region:AF-north']]);
  });

  it('keeps the final period of an abbreviation', () => {
    expect(ids('U.S. troops left.')).toEqual([['U.S.', 'country:US']]);
  });
});

describe('findMentions: places the pipeline reported wrong', () => {
  it.each([
    // Zabol is the Iranian town across the Helmand from Zaranj and Milak; Zabul the Afghan province.
    ['Iranian border guards clashed with smugglers near Zabol on Monday.', 'Zabol', 'city:IR:zabol'],
    ['Refugees crossed from Zaranj to the Iranian town of Zabol.', 'town of Zabol', 'city:IR:zabol'],
    ['The Taliban took Qalat, the capital of Zabul.', 'Zabul', 'prov:AF-ZAB'],
    ['Fighting spread across Zabol province.', 'Zabol province', 'prov:AF-ZAB'],
    // Dasht-e Archi district of Kunduz, as the news often writes it.
    ['The Taliban overran Archi on Sunday.', 'Archi', 'dist:AF.24.1407'],
    ['Government forces retook Archi district.', 'Archi district', 'dist:AF.24.1407'],
    // An airport named for a city stands for the city.
    ['Rockets hit Kandahar airport overnight.', 'Kandahar airport', 'city:AF-KAN:kandahar'],
    ['Flights left Kabul International Airport.', 'Kabul International Airport', 'city:AF-KAB:kabul'],
  ])('%s → %s = %s', (text, mention, id) => {
    const m = gaz.findMentions(text).find((x) => x.text === mention);
    expect(m?.place.id).toBe(id);
  });
});

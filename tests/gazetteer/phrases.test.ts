// Crossings, borders and type words as the news writes them (held-out phrasing, not seed sentences).
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/cli/loadGazetteer';

const gaz = loadGazetteer();
const find = (text: string, mention: string) => gaz.findMentions(text).find((x) => x.text === mention)?.place.id;
const all = (text: string) => JSON.stringify(gaz.findMentions(text).map((x) => [x.text, x.place.id]));

describe('border crossings: spellings and type words', () => {
  it.each([
    ['the Sherkhan Bandar port was closed', 'Sherkhan Bandar port', 'xing:sher-khan-bandar'],
    ['trucks at Shir Khan Bandar', 'Shir Khan Bandar', 'xing:sher-khan-bandar'],
    ['the Sher Khan Bandar crossing', 'Sher Khan Bandar crossing', 'xing:sher-khan-bandar'],
    ['the Sher-Khan-Bandar dry port', 'Sher-Khan-Bandar dry port', 'xing:sher-khan-bandar'],
    ['at Sherkhanbandar', 'Sherkhanbandar', 'xing:sher-khan-bandar'],
    ['the Shirkhan port', 'Shirkhan port', 'xing:sher-khan-bandar'],
    ['Hairatan port', 'Hairatan port', 'xing:hairatan'],
    ['the Hairatan dry port', 'Hairatan dry port', 'xing:hairatan'],
    ['the port of Hairatan', 'port of Hairatan', 'xing:hairatan'],
    ['the Hayratan bridge', 'Hayratan bridge', 'xing:hairatan'],
    ['Torkham gate', 'Torkham gate', 'xing:torkham'],
    ['the Torkham border post', 'Torkham border post', 'xing:torkham'],
    ['the border crossing at Torkham', 'border crossing at Torkham', 'xing:torkham'],
    ['Spin Buldak border crossing', 'Spin Buldak border crossing', 'xing:spin-boldak'],
    ['Spinboldak', 'Spinboldak', 'xing:spin-boldak'],
    ['the Wesh crossing', 'Wesh crossing', 'xing:spin-boldak'],
    ['the Chaman border crossing', 'Chaman border crossing', 'xing:spin-boldak'],
    ['Islam Qala', 'Islam Qala', 'xing:islam-qala'],
    ['Islam Qaleh customs', 'Islam Qaleh customs', 'xing:islam-qala'],
    ['Islamqala port', 'Islamqala port', 'xing:islam-qala'],
    ['the Dogharoun crossing', 'Dogharoun crossing', 'xing:islam-qala'],
    ['Torghundi', 'Torghundi', 'xing:torghundi'],
    ['Torghondi port', 'Torghondi port', 'xing:torghundi'],
    ['Towraghondi', 'Towraghondi', 'xing:torghundi'],
    ['Aqina port', 'Aqina port', 'xing:aqina'],
    ['Aqinah border crossing', 'Aqinah border crossing', 'xing:aqina'],
    ['Milak', 'Milak', 'xing:milak'],
    ['Milak bridge', 'Milak bridge', 'xing:milak'],
    ['Milak port', 'Milak port', 'xing:milak'],
    ['Ghulam Khan border crossing', 'Ghulam Khan border crossing', 'xing:ghulam-khan'],
    ['Angur Adda gate', 'Angur Adda gate', 'xing:angoor-adda'],
    ['Dand Patan crossing', 'Dand Patan crossing', 'xing:dand-e-patan'],
    ['Abu Nasr Farahi port', 'Abu Nasr Farahi port', 'xing:abu-nasr-farahi'],
    ['Ishkashim bridge', 'Ishkashim bridge', 'xing:ishkashim'],
  ])('%s', (text, mention, id) => {
    expect(find(text, mention), all(text)).toBe(id);
  });

  it('a counterpart without a crossing word stays the town abroad', () => {
    expect(find('in Chaman', 'Chaman')).toBe('city:PK:chaman');
  });
});

describe('border phrases', () => {
  it.each([
    ['the border with Tajikistan', 'border with Tajikistan', 'border:AF-TJ'],
    ['the Tajik border', 'Tajik border', 'border:AF-TJ'],
    ['the Tajik-Afghan border', 'Tajik-Afghan border', 'border:AF-TJ'],
    ["Tajikistan's border with Afghanistan", "Tajikistan's border with Afghanistan", 'border:AF-TJ'],
    ['the border with Iran', 'border with Iran', 'border:AF-IR'],
    ['the Afghan-Iranian border', 'Afghan-Iranian border', 'border:AF-IR'],
    ['the Iran–Afghanistan border', 'Iran–Afghanistan border', 'border:AF-IR'],
    ['the border between Afghanistan and Iran', 'border between Afghanistan and Iran', 'border:AF-IR'],
    ["Afghanistan's border with Pakistan", "Afghanistan's border with Pakistan", 'border:AF-PK'],
    ['the Durand Line', 'Durand Line', 'border:AF-PK'],
    ['the Pak-Afghan border', 'Pak-Afghan border', 'border:AF-PK'],
    ['border areas with Pakistan', 'border areas with Pakistan', 'border:AF-PK'],
    ['the border with Uzbekistan', 'border with Uzbekistan', 'border:AF-UZ'],
    ['the Uzbek border', 'Uzbek border', 'border:AF-UZ'],
    ['the Turkmen border', 'Turkmen border', 'border:AF-TM'],
    ['the Afghan-Turkmen frontier', 'Afghan-Turkmen frontier', 'border:AF-TM'],
    ['the border with China', 'border with China', 'border:AF-CN'],
  ])('%s', (text, mention, id) => {
    expect(find(text, mention), all(text)).toBe(id);
  });
});

describe('city and province type words', () => {
  it.each([
    ['Kunduz city fell', 'Kunduz city', 'city:AF-KDZ:kunduz'],
    ['the city of Kunduz', 'city of Kunduz', 'city:AF-KDZ:kunduz'],
    ['the provincial capital Sheberghan', 'Sheberghan', 'city:AF-JOW:shibirghan'],
    ['Sheberghan, the capital of Jawzjan', 'Sheberghan', 'city:AF-JOW:shibirghan'],
    ['Sheberghan, the capital of Jawzjan', 'Jawzjan', 'prov:AF-JOW'],
    ['Jawzjan province', 'Jawzjan province', 'prov:AF-JOW'],
    ['the province of Jawzjan', 'province of Jawzjan', 'prov:AF-JOW'],
    ['Kunduz province', 'Kunduz province', 'prov:AF-KDZ'],
    ['Taloqan city', 'Taloqan city', 'city:AF-TAK:taloqan'],
  ])('%s → %s', (text, mention, id) => {
    expect(find(text, mention), all(text)).toBe(id);
  });
});

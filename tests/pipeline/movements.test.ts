/** Movements, sentence by sentence: input → origin and destination countries, count, direction. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventsOf } from './helpers';
import { modifiersStart } from '../../src/pipeline/movements';
import type { MovementEvent } from '../../src/types';

const moves = (body: string) => eventsOf(body, '2021-07-09').filter((e): e is MovementEvent => e.kind === 'movement');

// sentence, expected [fromCountry, toCountry, count, direction] rows
const TABLE: [string, [string, string, number | null, string][]][] = [
  ['More than 1,000 Afghan soldiers fled into Tajikistan.', [['AF', 'TJ', 1000, 'flight']]],
  ['Forty-six Afghan soldiers were granted refuge by the Pakistan Army.', [['AF', 'PK', 46, 'flight']]],
  ['About 2,000 Afghan refugees returned from Iran through the Islam Qala crossing.', [['IR', 'AF', 2000, 'return']]],
  ['Thousands of families have fled to Kabul from Kunduz.', [['AF', 'AF', null, 'flight']]],
  ['At least 19,300 Afghans have entered Iran this year, 10,800 have gone to Pakistan and 5,300 to Tajikistan.', [['AF', 'IR', 19300, 'flight'], ['AF', 'PK', 10800, 'flight'], ['AF', 'TJ', 5300, 'flight']]],
  ['Eighty-four Afghan soldiers crossed into Uzbekistan.', [['AF', 'UZ', 84, 'flight']]],
  ['Iran deported 750,000 Afghans last year, the IOM said.', [['IR', 'AF', 750000, 'return']]],
  ['Some 1,200 undocumented migrants were expelled from Iran in March.', [['IR', 'AF', 1200, 'return']]],
  ['Pakistan forcibly returned about two thousand refugees through Torkham on Monday.', [['PK', 'AF', 2000, 'return']]],
  ['Around 7,000 Afghans returned home through Chaman during the past week.', [['PK', 'AF', 7000, 'return']]],
  ['About 900 people had been allowed to cross into Uzbekistan since Friday.', [['AF', 'UZ', 900, 'flight']]],
  ['Hundreds of residents were forced to flee their homes in Lashkar Gah to Kandahar.', [['AF', 'AF', null, 'flight']]],
  ['Nearly 400 families have been displaced from Baghlan to Pul-e-Khumri.', [['AF', 'AF', 400, 'flight']]],
  ['Pakistan sent back 200 Afghans through Torkham on Sunday.', [['PK', 'AF', 200, 'return']]],
  ['Thousands have fled Badghis province for Herat in the past week.', [['AF', 'AF', null, 'flight']]],
  ['Hundreds of Afghans streamed across the border into Iran on Saturday.', [['AF', 'IR', null, 'flight']]],
  ['In 2018, eight thousand Afghan refugees went home from Pakistan.', [['PK', 'AF', 8000, 'return']]],
  ['Tajikistan said it had received 1,500 Afghan refugees since July.', [['AF', 'TJ', 1500, 'flight']]],
  ['More than 2,000 Afghans have crossed the border into Pakistan at Chaman, officials said.', [['AF', 'PK', 2000, 'flight']]],
  ['Hundreds of families have left Qala-e-Naw for Herat since Wednesday.', [['AF', 'AF', null, 'flight']]],
  ['A further 1,100 Afghans came back from Pakistan via Torkham.', [['PK', 'AF', 1100, 'return']]],
  ['Iranian authorities deported more than 4,300 of them.', [['IR', 'AF', 4300, 'return']]],
  ['Uzbekistan returned 150 Afghan soldiers to Afghanistan on Sunday.', [['UZ', 'AF', 150, 'return']]],
  ['Tajikistan handed back 300 Afghan servicemen through the Sher Khan Bandar crossing.', [['TJ', 'AF', 300, 'return']]],
  ['More than 1,000 refugees were repatriated from Iran on Monday.', [['IR', 'AF', 1000, 'return']]],
  // Any plural noun for people is a group: trades, walks of life, officials.
  ['Truck drivers and traders crossed into Iran on Friday.', [['AF', 'IR', null, 'flight']]],
  ['Hundreds of shopkeepers crossed into Pakistan after the market closed.', [['AF', 'PK', null, 'flight']]],
  ['Dozens of government employees crossed into Tajikistan on Sunday.', [['AF', 'TJ', null, 'flight']]],
  ['Some 40 police officers crossed into Uzbekistan overnight.', [['AF', 'UZ', 40, 'flight']]],
  ['About 300 students and their teachers crossed into Turkmenistan.', [['AF', 'TM', 300, 'flight']]],
  // "crossed the border near <foreign town>": the town's country is the destination.
  ['Officials said 84 Afghan military personnel had crossed the border illegally near Termez.', [['AF', 'UZ', 84, 'flight']]],
  ['A group of 60 soldiers crossed the frontier close to Panji Poyon on Monday.', [['AF', 'TJ', 60, 'flight']]],
  // "deported/crossed from X to/into Y": the place after "from" is the origin, whichever way the flow runs.
  ['Nearly 3,000 refugees were sent back from Pakistan to Nangarhar province.', [['PK', 'AF', 3000, 'return']]],
  ['Around 400 Afghan families crossed back from Pakistan into Kunar province.', [['PK', 'AF', 400, 'return']]],
  ['Some 900 people crossed from Afghanistan into Iran on Monday.', [['AF', 'IR', 900, 'flight']]],
  ['Forty Afghan border police escaped across the frontier to Tajikistan.', [['AF', 'TJ', 40, 'flight']]],
  ['Hundreds of families made their way into Iran on foot.', [['AF', 'IR', null, 'flight']]],
  ['Pakistani authorities sent home 700 Afghan refugees on Monday.', [['PK', 'AF', 700, 'return']]],
  // not movements
  ['Trucks crossed into Iran on Friday.', []],
  ['Goods and fuel tankers crossed into Pakistan.', []],
  ['Taliban fighters crossed the border near Termez.', []],
  ['Trucks crossed the border near Termez.', []],
  ['A man was detained after he crossed the border near Herat.', []],
  ['Hundreds of Afghans reached the Iranian border on Friday.', []],
  ['The Taliban returned 20 prisoners to their families in Kabul.', []],
  ['Government troops left the district for Qala-e-Naw.', []],
  ['The fighting left 25 civilians dead in Kunduz.', []],
  ['The hospital in Kabul received 40 wounded people.', []],
  ['Residents could be forced to flee to Kabul.', []],
  ['Most of the returnees were heading to Nangarhar and Kabul provinces.', []],
  ['About 900 people will be allowed to cross into Uzbekistan.', []],
  ['Iranian police expelled a group of journalists.', []],
  ['Chaos could result in millions of refugees fleeing to Iran.', []],
  ['Tajikistan is preparing for an influx of refugees to enter the country.', []],
  ['The United States has withdrawn 90 percent of its troops from Afghanistan.', []],
  ['A Taliban delegation arrived in Tehran for talks.', []],
  ['The soldiers would be returned to the Afghan government.', []],
  ['Taliban fighters fled to Pakistan.', []],
];

describe('movements: flight and return', () => {
  it.each(TABLE)('%s', (sentence, expected) => {
    expect(moves(sentence).map((e) => [e.fromCountry, e.toCountry, e.count, e.direction]).sort()).toEqual([...expected].sort());
  });

  it('the origin of a displacement is the place fled from, also after "after fleeing"', () => {
    expect(moves('Nearly 400 families have been displaced from Baghlan to Pul-e-Khumri.').map((e) => [e.fromId, e.toId])).toEqual([['prov:AF-BGL', 'city:AF-BGL:pul-e-khumri']]);
    expect(moves('Hundreds of families sought shelter in Kabul after fleeing Kunduz.').map((e) => [e.fromId, e.toId])).toEqual([['city:AF-KDZ:kunduz', 'city:AF-KAB:kabul']]);
  });

  it('with no origin named, a flight starts from the place just taken (this sentence or the one before)', () => {
    expect(moves('Thousands of families fled to Kabul as the Taliban captured Kunduz.').map((e) => e.fromId)).toEqual(['city:AF-KDZ:kunduz']);
    expect(moves('The Taliban overran Zaranj on Friday. Hundreds of Afghans streamed across the border into Iran.').map((e) => e.fromId)).toEqual(['city:AF-NIM:zaranj']);
    // Not abroad from a province without a crossing to that country, nor from a place named further back.
    expect(moves('The Taliban overran Zaranj on Friday. Separately, 300 Afghans crossed into Pakistan.').map((e) => e.fromId)).toEqual(['country:AF']);
    expect(moves('The Taliban overran Zaranj. Prices rose in Herat. About 300 Afghans crossed into Iran.').map((e) => e.fromId)).toEqual(['country:AF']);
  });

  it('crossing "the border" near a foreign town starts at the Afghan crossing facing it, when known', () => {
    const [e] = moves('Officials said 84 Afghan military personnel had crossed the border illegally near Termez.');
    expect(e).toMatchObject({ fromId: 'xing:hairatan', toId: 'country:UZ', group: 'Afghan military personnel' });
    // A foreign town with no known counterpart: from Afghanistan.
    const [d] = moves('Some 200 Afghans crossed the border near Mashhad.');
    expect(d).toMatchObject({ fromId: 'country:AF', toId: 'country:IR', count: 200 });
  });

  it('a post across the border stands for the Afghan crossing it faces', () => {
    const [e] = moves('Around 7,000 Afghans returned home through Chaman during the past week.');
    expect(e).toMatchObject({ fromId: 'country:PK', toId: 'xing:spin-boldak' });
  });
});

describe('modifiersStart', () => {
  // The regex it reads backwards, tried from every start.
  const MODIFIERS = /((?:[\p{L}’'-]+\s+|and\s+|,\s*)*)$/u;
  it('starts where the regex match starts, on every 60-character window of the articles and on edge cases', () => {
    const heads = ['', ' ', ',', ', ', ',,', 'a', 'a ', ' a ', 'a, b ,  c and  ', 'foo-bar’s  baz ', 'é à ', '\u00a0a\u00a0', 'a\u2028', '1 a ', '.a ', 'a.', 'and and ',
      'x\u{1D400}y ', '\u{1D400} a ', 'Ǆ ǅ ', 'a\t\n,\r b ', 'a\u200b b ', 'a\ufeffb '];
    for (const dir of ['data/articles', 'tests/fixtures/articles']) {
      for (const f of readdirSync(dir).filter((n) => /\.(?:md|txt)$/.test(n))) {
        const text = readFileSync(join(dir, f), 'utf8');
        for (let i = 0; i + 60 <= text.length; i += 7) heads.push(text.slice(i, i + 1 + (i % 60)));
      }
    }
    const mismatches = heads.filter((h) => modifiersStart(h) !== h.length - MODIFIERS.exec(h)![1]!.length);
    expect(mismatches).toEqual([]);
    expect(heads.length).toBeGreaterThan(1000);
  });
});

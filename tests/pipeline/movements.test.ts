/** Movements, sentence by sentence: input → origin and destination countries, count, direction. */
import { describe, expect, it } from 'vitest';
import { eventsOf } from './helpers';
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
  // not movements
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

  it('a post across the border stands for the Afghan crossing it faces', () => {
    const [e] = moves('Around 7,000 Afghans returned home through Chaman during the past week.');
    expect(e).toMatchObject({ fromId: 'country:PK', toId: 'xing:spin-boldak' });
  });
});

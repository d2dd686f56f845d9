import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/pipeline/attribution';
import { eventsOf } from './helpers';

const TABLE: [string, string | null][] = [
  ['Tajik authorities say two-thirds of the border is under Taliban control.', 'Tajik authorities'],
  ['On July 8th, Taliban seized a district, Afghan security officials said.', 'Afghan security officials'],
  ['Two senior security officials told Reuters that the crossing had fallen.', 'Two senior security officials'],
  ['Tariq Arian, spokesman for the Afghan interior ministry, denied the reports.', 'Tariq Arian, spokesman for the Afghan interior ministry'],
  ['Late Thursday, the Associated Press reported the Taliban had seized a crossing.', 'the Associated Press'],
  ['Al Alalam TV, Iran’s official Arabic language service, also reported that soldiers fled.', 'Al Alalam TV, Iran’s official Arabic language service'],
  ['Clashes left 25 dead, according to Abdul Basir Salangi, governor of Farah province.', 'Abdul Basir Salangi, governor of Farah province'],
  ['"The meeting was useful," said Gran Hewad, the ministry\'s spokesman.', 'Gran Hewad, the ministry\'s spokesman'],
  ['Taliban spokesman Mohammad Naeem tweeted on July 8 that the sides agreed.', 'Taliban spokesman Mohammad Naeem'],
  ['KABUL - The Ministry of Defense (MoD) said Friday that forces are fighting.', 'The Ministry of Defense (MoD)'],
  ['Also on Friday, a Taliban delegate in Russia said the group controls 85 percent.', 'a Taliban delegate in Russia'],
  ['The Taliban has captured large swaths of territory in northern Afghanistan.', null],
  ['A joint statement released after the talks on Thursday said the sides agreed.', 'A joint statement released after the talks on Thursday'],
  ['The defence minister, Tariq Shah Bahrami, said the city was under control.', 'The defence minister, Tariq Shah Bahrami'],
  ['Yawan district has fallen, a lawmaker from Badakhshan said.', 'a lawmaker from Badakhshan'],
  ['The district fell after the talks ended, officials said.', 'officials'],
  ['Taliban fighters took Sheberghan on Saturday, residents and officials said, as the insurgents pressed on.', 'residents and officials'],
  ["The Taliban's capture of Sar-e-Pul, confirmed by a local lawmaker, came hours after Sheberghan fell.", 'a local lawmaker'],
  ['According to a statement from the Tajik border service, 134 Afghan troops crossed into Tajikistan.', 'a statement from the Tajik border service'],
  // An aside between commas separates the speaker from the verb.
  ['The provincial police chief, however, insisted the town was still in government hands.', 'The provincial police chief'],
  ['Uzbek officials, for their part, said the soldiers would be sent home.', 'Uzbek officials'],
];

describe('attribution: who says so', () => {
  it.each(TABLE)('%s → %s', (text, claimant) => {
    expect(attribute(text)?.claimant ?? null).toBe(claimant);
  });

  it('resolves "he said" to the previous speaker', () => {
    const a = attribute('"War is not the solution," he said.', 'Taliban spokesman Mohammad Naeem');
    expect(a?.claimant).toBe('Taliban spokesman Mohammad Naeem');
    expect(a?.resolved).toBe(true);
  });

  it('marks a denial', () => {
    expect(attribute('The ministry denied that the crossing had fallen.')?.denial).toBe(true);
  });

  it('"X quoted Y as reporting" credits Y', () => {
    expect(attribute('AP quoted Iranian media as reporting that soldiers fled to Iran.')?.claimant).toBe('Iranian media (via AP)');
  });

  it('a sentence continuing a closed report keeps its source, only right after it in the same paragraph', () => {
    const who = (body: string) => eventsOf(body, '2021-07-09').filter((e) => e.kind === 'movement').map((e) => e.claimant);
    expect(who('Some 2,000 people fled to Herat, the agency said. A further 1,100 people crossed into Iran.')).toEqual(['the agency', 'the agency']);
    expect(who('About 500 families fled to Kabul, the UN said. Another 300 families crossed into Pakistan.')).toEqual(['the UN', 'the UN']);
    // Not across a paragraph, not after an unrelated sentence, not without a continuing opening.
    expect(who('Some 2,000 people fled to Herat, the agency said.\n\nA further 1,100 people crossed into Iran.')).toEqual(['the agency', null]);
    expect(who('Some 2,000 people fled to Herat, the agency said. Prices rose. A further 1,100 people crossed into Iran.')).toEqual(['the agency', null]);
    expect(who('Some 2,000 people fled to Herat, the agency said. Residents crossed into Iran.')).toEqual(['the agency', null]);
  });
});

describe('a name and its title closing the sentence', () => {
  const who = (t: string) => attribute(t)?.claimant ?? null;
  it('"..., a spokesman for the group, NAME, said" names the spokesman, in either order', () => {
    expect(who('Fighters took the Torkham crossing on Monday, a spokesman for the group, Ahmad Karimi, said in a statement.')).toBe('a spokesman for the group, Ahmad Karimi');
    expect(who("The district fell after two days of fighting, the group's spokesman, Ahmad Karimi, said.")).toBe("the group's spokesman, Ahmad Karimi");
    expect(who("The district fell after two days of fighting, Nasir Wardak, the governor's spokesman, told AFP.")).toBe("Nasir Wardak, the governor's spokesman");
  });
  it('a list of places or an apposition without a name before the verb is no such pair', () => {
    expect(who('Fighting continued in Kandahar, Herat, Lashkar Gah, said residents.')).toBeNull();
    expect(who('Forces retreated from Kunduz, a city of 300,000, Reuters reported.')).toBe('Reuters');
    expect(who('The Taliban took Kunduz, Takhar and Baghlan, officials said.')).toBe('officials');
  });
});

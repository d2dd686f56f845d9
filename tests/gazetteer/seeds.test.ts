// The place names of the seed articles resolve correctly in their own sentences (copied from the seeds).
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/cli/loadGazetteer';

const gaz = loadGazetteer();

/** sentence → the mentions it must yield, as [verbatim text, place id, adjective?]. */
const CASES: [string, [string, string, boolean?][]][] = [
  [
    'Two senior security officials told Reuters on condition of anonymity that the Islam Qala border crossing with Iran, located in Herat province, had fallen to the Taliban and that Afghan security and customs officials had fled across the border.',
    [['Islam Qala border crossing', 'xing:islam-qala'], ['Iran', 'country:IR'], ['Herat province', 'prov:AF-HER'], ['Afghan', 'country:AF', true]],
  ],
  [
    'The defence ministry said Afghan government forces earlier on Thursday wrested back control of Qala-e-Naw, capital of the western province of Badghis, which had been stormed by the Taliban.',
    [['Afghan', 'country:AF', true], ['Qala-e-Naw', 'city:AF-BDG:qala-i-naw'], ['province of Badghis', 'prov:AF-BDG']],
  ],
  [
    'Earlier this week, more than 1,000 Afghan security personnel fled into Tajikistan as the Taliban captured most of the northern province of Badakhshan, which also borders China and Pakistan.',
    [['Afghan', 'country:AF', true], ['Tajikistan', 'country:TJ'], ['province of Badakhshan', 'prov:AF-BDS'], ['China', 'country:CN'], ['Pakistan', 'country:PK']],
  ],
  [
    'Afghan National Army soldiers patrol the area near a checkpoint recaptured from the Taliban, in the Alishing district of Laghman province, Afghanistan, July 8, 2021.',
    [['Afghan', 'country:AF', true], ['Alishing district', 'dist:AF.35.905'], ['Laghman province', 'prov:AF-LAG'], ['Afghanistan', 'country:AF']],
  ],
  [
    "FILE - A plume of smoke rises amid ongoing fighting between Afghan security forces and Taliban insurgents in the western city of Qala-e-Naw, the capital of Afghanistan's Badghis province, July 7, 2021.",
    [['Afghan', 'country:AF', true], ['city of Qala-e-Naw', 'city:AF-BDG:qala-i-naw'], ['Afghanistan', 'country:AF'], ['Badghis province', 'prov:AF-BDG']],
  ],
  [
    'FILE- Afghans return to Afghanistan at the Islam Qala border with Iran, in the western Herat province, Feb.',
    [['Afghans', 'country:AF', true], ['Afghanistan', 'country:AF'], ['Islam Qala border', 'xing:islam-qala'], ['Iran', 'country:IR'], ['Herat province', 'prov:AF-HER']],
  ],
  [
    'Late Thursday, the Associated Press reported the Taliban had seized a key border crossing with Iran called Islam Qala in Western Herat province.',
    [['Iran', 'country:IR'], ['Islam Qala', 'xing:islam-qala'], ['Herat province', 'prov:AF-HER']],
  ],
  [
    'ISLAMABAD - Afghan and Taliban representatives are speaking of progress toward peace and promising further talks after two days of dialogue in Tehran between a senior Taliban delegation and representatives of the Kabul government.',
    [['ISLAMABAD', 'city:PK:islamabad'], ['Afghan', 'country:AF', true], ['Tehran', 'city:IR:tehran'], ['Kabul', 'city:AF-KAB:kabul']],
  ],
  [
    'The Interfax news agency reported that a delegation from the Afghan Taliban’s political office was in Moscow for further talks.',
    [['Afghan', 'country:AF', true], ['Moscow', 'city:RU:moscow']],
  ],
  [
    'TASS reported that Russian officials had received a pledge from the delegation that the militants would not attack areas along the Tajik-Afghan border.',
    [['Russian', 'country:RU', true], ['Tajik-Afghan border', 'border:AF-TJ']],
  ],
  [
    'The Taliban has captured large swaths of territory in northern Afghanistan as foreign troops exit the country, with over 1,000 Afghan civilians and servicemen fleeing to neighboring Tajikistan in recent days.',
    [['northern Afghanistan', 'region:AF-north'], ['Afghan', 'country:AF', true], ['Tajikistan', 'country:TJ']],
  ],
  [
    'Tajik authorities say two-thirds of the 1,357-kilometer border with Afghanistan is under Taliban control and they are preparing for an influx of refugees to enter the country.',
    [['Tajik', 'country:TJ', true], ['Afghanistan', 'country:AF']],
  ],
  [
    'The Taliban delegation was led by Sher Mohammad Abbas Stanekzai, the deputy leader of the Taliban negotiation team based in Doha, Qatar.',
    [['Doha', 'city:QA:doha'], ['Qatar', 'country:QA']],
  ],
  [
    'On July 8th, Taliban seized control of a key district in western Afghanistan that includes a major border crossing with Iran, Afghan security officials said.',
    [['western Afghanistan', 'region:AF-west'], ['Iran', 'country:IR'], ['Afghan', 'country:AF', true]],
  ],
  [
    "Meanwhile, a Taliban delegation landed Thursday in Moscow and met with Zamir Kabulov, the Russian special envoy for Afghanistan, apparently to reassure Russia that the border skirmishes would not spill into Russia's backyard.",
    [['Moscow', 'city:RU:moscow'], ['Russian', 'country:RU', true], ['Afghanistan', 'country:AF'], ['Russia', 'country:RU'], ['Russia', 'country:RU']],
  ],
  [
    'In 2016, when a US drone strike killed Taliban leader Mullah Mansoor near the Iranian border, there were reports that he was returning from Iran.',
    [['US', 'country:US'], ['Iranian border', 'border:AF-IR'], ['Iran', 'country:IR']],
  ],
  [
    'They said they had fled from Faizabad, the capital of Badakhshan province, after the Taliban took nearby districts and crossed into Tajikistan.',
    [['Faizabad', 'city:AF-BDS:fayzabad'], ['Badakhshan province', 'prov:AF-BDS'], ['Tajikistan', 'country:TJ']],
  ],
];

describe('seed sentences', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    const mentions = gaz.findMentions(sentence);
    const got = mentions.map((m) => [m.text, m.place.id, m.adjective ?? false]);
    for (const m of mentions) expect(sentence.slice(m.start, m.end)).toBe(m.text);
    // Nothing else in these sentences became a place (every mention is listed, in order).
    expect(got).toEqual(expected.map(([t, id, adj]) => [t, id, adj ?? false]));
  });
});

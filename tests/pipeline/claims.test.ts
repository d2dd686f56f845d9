/** Control claims, sentence by sentence: input → place, controller, extent/figure (through the whole pipeline). */
import { describe, expect, it } from 'vitest';
import { eventsOf, gazetteer } from './helpers';
import { parseArticle } from '../../src/pipeline/article';
import { extractEvents } from '../../src/pipeline/events';
import type { ControlEvent } from '../../src/types';

const control = (body: string, published = '2021-07-09') => eventsOf(body, published).filter((e): e is ControlEvent => e.kind === 'control');

// sentence, expected [placeId, controller] pairs
const TABLE: [string, [string, string][]][] = [
  ['The Taliban seized Islam Qala on Thursday.', [['xing:islam-qala', 'taliban']]],
  ['Badghis province is in Taliban hands.', [['prov:AF-BDG', 'taliban']]],
  // "hold" with a named place as its object; a figure or an event as the object claims no place.
  ['Insurgents now hold the Aqina crossing, local elders said.', [['xing:aqina', 'taliban']]],
  ['Afghan commandos still held Hairatan on Sunday.', [['xing:hairatan', 'government']]],
  ['The Taliban held talks with elders in Kunduz.', []],
  // "claimed <aside> to have taken" is a claim; the Taliban as the passive subject of "driven out of" lose the place.
  ['Insurgents said on Telegram to have overrun Chora district.', [['dist:AF.39.2602', 'taliban']]],
  ['The militants were ousted from Arghistan district after a week of fighting.', [['dist:AF.23.2412', 'government']]],
  ['Residents were forced out of Arghistan district by the fighting.', []],
  // A fall negated in the speaker's own words is a government claim; control "of Afghan forces" too.
  ['Arghistan district has not fallen, the district chief insisted.', [['dist:AF.23.2412', 'government']]],
  ['The Aqina crossing was not overrun, the border police said.', [['xing:aqina', 'government']]],
  ['Arghistan district remains under the firm control of national security forces.', [['dist:AF.23.2412', 'government']]],
  ['It is not clear whether Arghistan district has fallen.', []],
  ['Funerals were held in Kunduz for the victims.', []],
  ['The Spin Boldak crossing was captured by Taliban fighters.', [['xing:spin-boldak', 'taliban']]],
  ['Qaisar district fell to the insurgents on Friday.', [['dist:AF.07.1804', 'taliban']]],
  ['Government forces recaptured Qala-e-Naw.', [['city:AF-BDG:qala-i-naw', 'government']]],
  ['Afghan forces wrested back control of Kunduz city.', [['city:AF-KDZ:kunduz', 'government']]],
  ['Security forces captured Ghorian district.', [['dist:AF.11.2009', 'government']]],
  ['Fighting raged in Lashkar Gah between the Taliban and the army.', [['city:AF-HEL:lashkar-gah', 'contested']]],
  ['The Taliban have taken over Kunduz, Takhar and Jowzjan provinces.', [['prov:AF-KDZ', 'taliban'], ['prov:AF-TAK', 'taliban'], ['prov:AF-JOW', 'taliban']]],
  ['The ministry denied that Torghundi had fallen.', [['xing:torghundi', 'government']]],
  // Fighting to retake or push out: an attempt, so the place is fought over (not yet retaken).
  ['Forces are fighting to retake Kohistan district.', [['dist:AF.01.1119', 'contested']]],
  ['Afghan commandos battled on Tuesday to drive Taliban militants out of Maimana.', [['city:AF-FYB:maymana', 'contested']]],
  ['Police repulsed a Taliban assault on Pul-e-Khumri overnight.', [['city:AF-BGL:pul-e-khumri', 'contested']]],
  ['Hairatan port had also fallen to their fighters, a Taliban spokesman said.', [['xing:hairatan', 'taliban']]],
  ['Government troops pushed Taliban fighters out of Qala-e-Naw.', [['city:AF-BDG:qala-i-naw', 'government']]],
  ['Taliban gunmen now guard the gates of Aqina port.', [['xing:aqina', 'taliban']]],
  ['Officials said the district of Ghormach was handed over to the Taliban without a fight.', [['dist:AF.02.1905', 'taliban']]],
  ['Afghan forces surrendered Dand-e-Patan to the insurgents on Friday.', [['xing:dand-e-patan', 'taliban']]],
  ['The Taliban raised their white flag over the governor\'s compound in Farah on Tuesday.', [['city:AF-FRA:farah', 'taliban']]],
  ['Taliban fighters have encircled Mazar-i-Sharif, residents said.', [['city:AF-BAL:mazar-e-sharif', 'contested']]],
  ['Government forces regained the Imam Sahib district after a week-long battle.', [['dist:AF.24.1402', 'government']]],
  ['The Afghan government has lost control of Badakhshan\'s Yawan district, a lawmaker said.', [['dist:AF.01.1128', 'taliban']]],
  ['The Taliban denied that they had lost control of Spin Boldak.', [['xing:spin-boldak', 'taliban']]],
  ['Afghan forces abandoned their posts in Kohistan district and the area is now held by the Taliban.', [['dist:AF.01.1119', 'taliban']]],
  ['The defence minister said Qala-e-Naw was back under government control.', [['city:AF-BDG:qala-i-naw', 'government']]],
  ['The group also claimed control of the Aqina crossing, which the Defence Ministry denied.', [['xing:aqina', 'taliban'], ['xing:aqina', 'government']]],
  ['Kunduz fell on Sunday after weeks of fighting.', [['city:AF-KDZ:kunduz', 'taliban']]],
  ['The ministry dismissed reports that Qala-e-Naw had fallen.', [['city:AF-BDG:qala-i-naw', 'government']]],
  ['Afghan forces said they had repelled the attack and remained in control of Lashkar Gah.', [['city:AF-HEL:lashkar-gah', 'government']]],
  ['Fighting raged across Nimroz province. The Taliban took control of the provincial capital on Friday.', [['prov:AF-NIM', 'contested'], ['city:AF-NIM:zaranj', 'taliban']]],
  ['The Taliban captured several checkpoints around Lashkar Gah.', [['city:AF-HEL:lashkar-gah', 'contested']]],
  ['Hundreds of people were killed in Kandahar as the Taliban pressed their assault on the city.', [['city:AF-KAN:kandahar', 'contested']]],
  ['Taliban gunmen were seen patrolling the streets of Kunduz city on Monday.', [['city:AF-KDZ:kunduz', 'taliban']]],
  ['Government forces withdrew from Bala Murghab district on Friday, officials said.', [['dist:AF.02.1906', 'taliban']]],
  ['Fighting moved to Herat, which fell on Friday.', [['city:AF-HER:herat', 'taliban']]],
  ['Fighting raged in Kunduz for days. The city fell on Sunday.', [['city:AF-KDZ:kunduz', 'contested'], ['city:AF-KDZ:kunduz', 'taliban']]],
  // Fighting going on now: the place is fought over (dated the publication day).
  ['Fierce fighting is raging in Kunduz city, residents said.', [['city:AF-KDZ:kunduz', 'contested']]],
  ['Clashes are under way in Lashkar Gah.', [['city:AF-HEL:lashkar-gah', 'contested']]],
  ['The battle for Kandahar continues.', [['city:AF-KAN:kandahar', 'contested']]],
  ['Heavy fighting continues in Ghazni, a provincial council member said.', [['city:AF-GHA:ghazni', 'contested']]],
  ['The battle for Ghazni is continuing, officials said.', [['city:AF-GHA:ghazni', 'contested']]],
  // A denial with a participle clause: the denier's claim about the place the rejected claim named.
  ['The Taliban said they had captured Qaisar district. A provincial spokesman rejected the claim, saying that security forces were still holding the district centre.', [['dist:AF.07.1804', 'taliban'], ['dist:AF.07.1804', 'government']]],
  ['The Taliban said they had overrun Ghormach district. The district chief rejected the claim, saying that government forces were still holding the district.', [['dist:AF.02.1905', 'taliban'], ['dist:AF.02.1905', 'government']]],
  ['The Taliban claimed to have captured Qala-e-Naw. The governor rejected the claim, saying that security forces were still holding the city centre.', [['city:AF-BDG:qala-i-naw', 'taliban'], ['city:AF-BDG:qala-i-naw', 'government']]],
  // not claims
  ['The Taliban could capture Ghazni within weeks.', []],
  ['A suicide attack on a mosque in Kabul killed 12 people.', []],
  ['Pakistani soldiers guard the Torkham crossing.', []],
  ['US troops guard the airport in Kabul.', []],
  ['The city fell silent.', []],
  ['The United States withdrew from Bagram airbase.', []],
  ['Civilians withdrew from Kunduz.', []],
  ['Prices in Kabul fell sharply.', []],
  ['Afghan forces retook control of the Foobar district in Faryab.', []],
  ['The soldiers handed over their weapons in Kunduz.', []],
  ['A man raised the flag over his shop in Herat.', []],
  ['A man was shot dead near the Torkham crossing.', []],
  ['The Taliban did not capture Arghistan.', []],
  ['Afghan forces captured a Taliban commander in Kandahar.', []],
  ['The Taliban held talks with officials in Kabul.', []],
];

describe('claims: control of places', () => {
  it.each(TABLE)('%s', (sentence, expected) => {
    expect(control(sentence).map((e) => [e.placeId, e.controller])).toEqual(expected);
  });

  it('keeps extent words and national figures', () => {
    const [most] = control('The Taliban captured most of the northern province of Badakhshan.');
    expect(most).toMatchObject({ placeId: 'prov:AF-BDS', extent: 'most of' });
    const [share] = control('Commandos were sent to Lashkar Gah, where the Taliban now hold most of the city.');
    expect(share).toMatchObject({ placeId: 'city:AF-HEL:lashkar-gah', controller: 'taliban', extent: 'most of' });
    const [several] = control('The insurgents seized several districts in Badakhshan.');
    expect(several).toMatchObject({ placeId: 'prov:AF-BDS', extent: 'several districts in' });
    const [national] = control('The Taliban say they hold over 200 districts in 34 provinces.');
    expect(national).toMatchObject({ placeType: 'country', country: 'AF', figure: { value: 200, unit: 'districts', qualifier: 'over' } });
  });

  it('"it" as the subject of a state is the city named before', () => {
    const [e] = control('Fighting raged in Ghazni on Sunday. The minister said it was "under the control of the security forces".', '2018-08-13').filter((x) => x.controller === 'government');
    expect(e).toMatchObject({ placeId: 'city:AF-GHA:ghazni', controller: 'government' });
  });

  it('a headline repeating a body event is dropped (the body has its own date), one the body lacks stays', () => {
    const text = '---\ntitle: "Taliban seize Kunduz"\npublished: 2021-08-09\n---\nTaliban seize Kunduz\n\nTaliban fighters seized the city of Kunduz on Sunday.\n';
    const events = extractEvents(parseArticle('h', text), gazetteer).filter((e): e is ControlEvent => e.kind === 'control');
    expect(events.map((e) => [e.section, e.date])).toEqual([['body', '2021-08-08']]);
    const alone = extractEvents(parseArticle('h2', '---\ntitle: "Taliban seize Kunduz"\npublished: 2021-08-09\n---\nTaliban seize Kunduz\n\nResidents fled.\n'), gazetteer);
    expect(alone.filter((e) => e.kind === 'control').map((e) => e.section)).toEqual(['headline']);
  });

  it('a denial is a government claim by the one who denies', () => {
    const [e] = control('Tariq Arian, spokesman for the interior ministry, denied that Islam Qala had fallen.');
    expect(e).toMatchObject({ controller: 'government', denial: true, claimant: 'Tariq Arian, spokesman for the interior ministry' });
  });
});
